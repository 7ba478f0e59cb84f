// The example questions teach ask how staff phrase a subject: a question close to an agreement's
// examples scores that agreement, for the variant the organisation chose, and never an omitted one.
import { exampleSimilarity, type ExampleSource } from '../../../shared/ask/example-index';
import { readQuestion } from '../../../shared/ask/interpret';
import { rankAgreements } from '../../../shared/ask/rank';
import type { EffectiveOrganisation } from '../../../shared/organisation';
import { effective } from './org';

const source: ExampleSource = new Map([
  [45, [{ q: 'mag ik zelf een persbericht naar de gazet sturen', verdict: 'mag-niet' as const }]],
  [23, [{ q: 'mag een foto van kinderen in het infoblad', verdict: 'mag-mits' as const }]],
  [
    36,
    [
      { q: 'wie ondertekent een brief aan een inwoner', verdict: 'info' as const },
      { q: 'tekent de burgemeester elke brief', verdict: 'info' as const, variant: 1 },
    ],
  ],
]);

function similarityOf(question: string, org: EffectiveOrganisation, number: number, from = source): number {
  const at = org.agreements.findIndex((a) => a.number === number);
  expect(at).toBeGreaterThanOrEqual(0);
  return exampleSimilarity(readQuestion(question, org), org, from)[at];
}

describe('example similarity', () => {
  const org = effective();

  it('is highest for the agreement whose example asks the same in other words', () => {
    const q = 'kan ik een persbericht naar de gazet mailen?';
    const press = similarityOf(q, org, 45);
    expect(press).toBeGreaterThan(0.5);
    expect(press).toBeGreaterThan(similarityOf(q, org, 23));
    expect(similarityOf(q, org, 23)).toBeLessThan(0.3);
  });

  it('is 0 for a question that shares nothing with any example', () => {
    const sims = exampleSimilarity(readQuestion('xyzzy plugh', org), org, source);
    expect(Math.max(...sims)).toBe(0);
  });

  it('counts a variant example only where the organisation chose that variant', () => {
    const q = 'tekent de burgemeester echt elke brief?';
    const main = similarityOf(q, org, 36);
    const withVariant = effective((o) => {
      o.agreements = { ...o.agreements, variants: { ...o.agreements?.variants, 36: 1 } };
    });
    expect(similarityOf(q, withVariant, 36)).toBeGreaterThan(main);
  });

  it('leaves omitted agreements out', () => {
    const without = effective((o) => {
      o.agreements = { ...o.agreements, omit: [45] };
    });
    expect(without.agreements.some((a) => a.number === 45)).toBe(false);
    expect(
      exampleSimilarity(readQuestion('persbericht naar de gazet', without), without, source),
    ).toHaveLength(without.agreements.length);
  });

  it("uses the organisation's own examples, and an own agreement's statements when it has none", () => {
    const own = effective((o) => {
      o.agreements = {
        ...o.agreements,
        add: [
          {
            number: 1001,
            section: '5.9',
            text: 'Medewerkers beheren geen eigen TikTok-account namens een dienst.',
            points: [],
            statements: [
              {
                actor: 'medewerker',
                modality: 'mag-niet',
                action: 'beheren',
                objects: ['sociale-media'],
                summary: 'Medewerkers beheren geen eigen TikTok-account namens een dienst.',
              },
            ],
            examples: ['mag onze jeugddienst een eigen tiktok beginnen'],
          },
          {
            number: 1002,
            section: '5.13',
            text: 'De personeelsdienst schrijft het welkomstwoord in de onthaalbrochure.',
            points: [],
            statements: [
              {
                actor: 'dienst',
                modality: 'info',
                action: 'schrijven',
                objects: [],
                summary: 'De personeelsdienst schrijft het welkomstwoord in de onthaalbrochure.',
              },
            ],
          },
        ],
      };
    });
    expect(similarityOf('kan de jeugddienst een tiktok starten?', own, 1001)).toBeGreaterThan(0.4);
    expect(similarityOf('wie schrijft het welkomstwoord in de onthaalbrochure?', own, 1002)).toBeGreaterThan(
      0.4,
    );
  });
});

describe('ranking with example questions', () => {
  const org = effective();

  it('lifts the agreement whose examples are phrased like the question', () => {
    const q = 'foto kindjes infoblad?';
    const rank = (from: ExampleSource) =>
      rankAgreements(readQuestion(q, org), org, from).findIndex((r) => r.agreement.number === 23);
    const none: ExampleSource = new Map();
    expect(rank(source)).toBeLessThanOrEqual(rank(none));
    const ranked = rankAgreements(readQuestion(q, org), org, source);
    expect(ranked.find((r) => r.agreement.number === 23)?.exampleScore).toBeGreaterThan(0.3);
  });
});
