// The example questions are catalogue data: each must belong to an agreement of its section, carry a
// verdict that agreement can give, and stay apart from the labelled questions the bot is measured on.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogueEntries, findAgreement, type Modality } from '../../../shared/catalogue';
import { allExamples } from '../../../shared/catalogue/examples';
import { normalise } from '../../../shared/language';

const MODALITIES: readonly Modality[] = ['mag', 'mag-niet', 'mag-mits', 'moet', 'info'];

function key(q: string): string {
  return normalise(q)
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function measuredQuestions(): Set<string> {
  const out = new Set<string>();
  const dir = resolve(__dirname, '../../fixtures/ask');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')))
    for (const line of readFileSync(resolve(dir, file), 'utf8').split('\n'))
      if (line.trim()) out.add(key((JSON.parse(line) as { q: string }).q));
  const blind = JSON.parse(readFileSync(resolve(__dirname, '../../fixtures/blind/ask.json'), 'utf8')) as {
    question: string;
  }[];
  for (const b of blind) out.add(key(b.question));
  return out;
}

describe('example questions', () => {
  const examples = allExamples();

  it('belong to agreements of the catalogue, with a verdict the agreement (or its variant) gives', () => {
    const problems: string[] = [];
    for (const [number, list] of examples) {
      const entry = findAgreement(number);
      if (!entry) {
        problems.push(`${number}: geen afspraak`);
        continue;
      }
      for (const e of list) {
        if (!MODALITIES.includes(e.verdict)) problems.push(`${number}: ${e.q}: oordeel ${e.verdict}`);
        const statements =
          e.variant === undefined
            ? entry.agreement.statements
            : entry.agreement.variants.find((v) => v.number === e.variant)?.statements;
        if (!statements) problems.push(`${number}: ${e.q}: variant ${e.variant} bestaat niet`);
        // "Wie …?" questions are answered as information whatever the statement's modality.
        else if (
          e.verdict !== 'info' &&
          statements.length &&
          !statements.some((s) => s.modality === e.verdict)
        )
          problems.push(`${number}: ${e.q}: geen uitspraak met oordeel ${e.verdict}`);
        if (!e.q.trim() || e.q.length > 240) problems.push(`${number}: lege of te lange vraag`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('cover every agreement that has who-may-do-what statements', () => {
    const missing = catalogueEntries()
      .filter((e) => e.agreement.statements.length && (examples.get(e.agreement.number)?.length ?? 0) < 5)
      .map((e) => e.agreement.number);
    expect(missing).toEqual([]);
  });

  it('are each written once', () => {
    const seen = new Map<string, number>();
    const doubles: string[] = [];
    for (const [number, list] of examples)
      for (const e of list) {
        const k = key(e.q);
        if (seen.has(k)) doubles.push(`${seen.get(k)} & ${number}: ${e.q}`);
        seen.set(k, number);
      }
    expect(doubles).toEqual([]);
  });

  it('are not the labelled questions the bot is measured on (test/fixtures/ask, blind)', () => {
    const measured = measuredQuestions();
    const copies = [...examples.values()].flat().filter((e) => measured.has(key(e.q)));
    expect(copies.map((e) => e.q)).toEqual([]);
  });
});
