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

/** The words of a question as a set: normalised (lower case, no accents), punctuation dropped. */
function wordSet(q: string): Set<string> {
  return new Set(key(q).split(' ').filter(Boolean));
}

/**
 * Word overlap of two questions: the Jaccard index of their word sets, |A ∩ B| / |A ∪ B|. At 0.7
 * or more one is the other with a word or two changed ("mag ik zelf een nieuwsbericht op het
 * intranet zetten" / "… op 't intranet zetten"): an example that close to a measured question
 * answers that question from the index, and the figure measures recall, not understanding.
 */
function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

const NEAR_COPY = 0.7;

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

  it('are not the labelled questions the bot is measured on (test/fixtures/ask, blind), nor near copies', () => {
    const measured = [...measuredQuestions()].map(wordSet);
    const copies = [...examples.values()].flat().filter((e) => {
      const words = wordSet(e.q);
      return measured.some((m) => wordOverlap(words, m) >= NEAR_COPY);
    });
    expect(copies.map((e) => e.q)).toEqual([]);
  });

  it('measure word overlap as the Jaccard index of the normalised word sets', () => {
    const overlap = (a: string, b: string) => wordOverlap(wordSet(a), wordSet(b));
    expect(
      overlap(
        'Mag ik zelf een nieuwsbericht op het intranet zetten?',
        'mag ik zelf een nieuwsbericht op het intranet zetten',
      ),
    ).toBe(1);
    // 8 shared words of 10 in all: a near copy; 7 of 10 is the edge.
    expect(
      overlap(
        'mag ik zelf een nieuwsbericht op het intranet zetten',
        'mag ik zelf een nieuwtje op het intranet zetten',
      ),
    ).toBeCloseTo(8 / 10);
    expect(
      overlap(
        'wie keurt het ontwerp van onze affiche goed',
        'Wie keurt het ontwerp van onze nieuwe folder goed?',
      ),
    ).toBeCloseTo(7 / 10);
    expect(overlap('Mag ik een persbericht sturen?', 'Wie tekent de brief aan de minister?')).toBe(0);
  });
});
