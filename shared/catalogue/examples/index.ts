// All example questions of the catalogue, by agreement number.
import type { ExampleQuestion, SectionExamples } from './types';
import { examples as s01 } from './section-01';
import { examples as s02 } from './section-02';
import { examples as s03 } from './section-03';
import { examples as s04 } from './section-04';
import { examples as s05 } from './section-05';
import { examples as s06 } from './section-06';
import { examples as s07 } from './section-07';
import { examples as s08 } from './section-08';
import { examples as s09 } from './section-09';
import { examples as s10 } from './section-10';
import { examples as s11 } from './section-11';
import { examples as s12 } from './section-12';
import { examples as s13 } from './section-13';
import { examples as s14 } from './section-14';
import { examples as fromFrontline } from './from-frontline';
import { examples as fromKeywords } from './from-keywords';
import { examples as fromManagement } from './from-management';
import { examples as fromWriters } from './from-writers';
import { examples as fromNewcomers } from './from-newcomers';
import { examples as fromServices } from './from-services';

export type { ExampleQuestion, SectionExamples } from './types';

const bySection: readonly SectionExamples[] = [
  s01,
  s02,
  s03,
  s04,
  s05,
  s06,
  s07,
  s08,
  s09,
  s10,
  s11,
  s12,
  s13,
  s14,
  fromFrontline,
  fromKeywords,
  fromManagement,
  fromWriters,
  fromNewcomers,
  fromServices,
];

// One agreement can have examples in several files (a section's, and a voice's of the second round).
const byAgreement = new Map<number, readonly ExampleQuestion[]>();
for (const section of bySection)
  for (const [number, list] of Object.entries(section))
    byAgreement.set(Number(number), [...(byAgreement.get(Number(number)) ?? []), ...list]);

/** The example questions of one catalogue agreement (empty when it has none). */
export function examplesFor(agreement: number): readonly ExampleQuestion[] {
  return byAgreement.get(agreement) ?? [];
}

/** Every agreement number that has example questions, with them. */
export function allExamples(): ReadonlyMap<number, readonly ExampleQuestion[]> {
  return byAgreement;
}
