// Keeps the selective-accuracy figures of issue 13 (bench/ask-accuracy.ts prints them) from
// falling: how often ask answers outright, how often it is right then, and after one clarifying
// click. Floors sit a question or so under what was measured; they only rise.
import { evaluateSelective, exampleOrganisation, loadQuestions } from '../../../bench/ask-accuracy';

const org = exampleOrganisation();

describe.each([
  // set, answered, top-1 when answered, polarity when answered, after one click, top-3.
  // Session 4 lowered the answered floors on purpose: below the answer threshold the bot now asks
  // back instead of giving a yes or no (issue 13, never confidently wrong); the floors on being
  // right when it answers rose.
  ['dev', 0.83, 0.97, 0.91, 0.96, 0.99],
  ['dev-voices', 0.7, 0.99, 0.9, 0.96, 0.96],
  ['held-out-5', 0.84, 0.97, 0.88, 0.96, 0.98],
  ['held-out-6', 0.7, 0.92, 0.81, 0.88, 0.95],
] as const)('selective accuracy on %s', (set, answered, top1, polarity, afterClick, top3) => {
  const s = evaluateSelective(loadQuestions(set), org);

  it('answers outright often enough, and is right then', () => {
    expect(s.answered).toBeGreaterThanOrEqual(answered);
    expect(s.answeredTop1).toBeGreaterThanOrEqual(top1);
    expect(s.answeredPolarity).toBeGreaterThanOrEqual(polarity);
  });

  it('finds the agreement after one clarifying click and in the first three', () => {
    expect(s.afterClick).toBeGreaterThanOrEqual(afterClick);
    expect(s.top3).toBeGreaterThanOrEqual(top3);
  });

  it('refuses no question the agreements cover', () => {
    expect(s.wrongRefusals).toBeLessThanOrEqual(0.01);
  });
});
