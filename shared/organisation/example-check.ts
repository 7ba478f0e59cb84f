// A warning (not an error) for own agreements written without example questions: the bot then
// knows them only by their own words, and staff rarely ask in the words of an agreement.
import type { Organisation } from './types';

type Report = (path: readonly PropertyKey[], message: string) => void;

export function exampleWarnings(org: Organisation, report: Report): void {
  org.agreements.add?.forEach((a, i) => {
    if (a.examples?.length) return;
    report(
      ['agreements', 'add', i],
      `eigen afspraak ${a.number} heeft geen examples; de bot vindt ze beter met een paar vragen ` +
        `zoals collega's ze stellen, bv. examples: ['mag ik …?', 'wie …?']`,
    );
  });
}
