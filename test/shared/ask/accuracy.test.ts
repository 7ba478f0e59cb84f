// Keeps ask's accuracy on the labelled questions from falling below what it reached (floors a few
// points under the figures that bench/ask-accuracy.ts reports), and above the full-text baseline.
import {
  evaluate,
  evaluateSelective,
  exampleOrganisation,
  exampleQuestions,
  loadQuestions,
  predictAsk,
  predictBaseline,
} from '../../../bench/ask-accuracy';

const org = exampleOrganisation();

describe('ask accuracy on the development questions', () => {
  const questions = loadQuestions('dev');
  const s = evaluate(questions, (q) => predictAsk(q, org), true);

  it('has at least 150 labelled questions, about 25 of them out of scope', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(questions.filter((q) => q.outOfScope).length).toBeGreaterThanOrEqual(25);
  });

  it('keeps top-1, top-3 and verdict accuracy', () => {
    expect(s.top1).toBeGreaterThanOrEqual(0.91);
    expect(s.top3).toBeGreaterThanOrEqual(0.98);
    expect(s.verdict).toBeGreaterThanOrEqual(0.84);
  });

  it('refuses what the agreements do not cover, and little else', () => {
    expect(s.oosRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.oosPrecision).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongRefusals).toBeLessThanOrEqual(0.03);
  });

  it('beats the plain full-text baseline by far', () => {
    const base = evaluate(questions, (q) => predictBaseline(q, org), false);
    expect(s.top1 - base.top1).toBeGreaterThanOrEqual(0.3);
  });
});

describe('ask accuracy on the held-out questions', () => {
  const s = evaluate(loadQuestions('held-out'), (q) => predictAsk(q, org), true);

  it('keeps top-1, top-3 and verdict accuracy and out-of-scope recall', () => {
    expect(s.top1).toBeGreaterThanOrEqual(0.94);
    expect(s.top3).toBeGreaterThanOrEqual(0.97);
    expect(s.verdict).toBeGreaterThanOrEqual(0.86);
    expect(s.oosRecall).toBeGreaterThanOrEqual(0.85);
    expect(s.oosPrecision).toBeGreaterThanOrEqual(0.85);
    expect(s.wrongRefusals).toBeLessThanOrEqual(0.06);
  });
});

describe('ask accuracy on the second held-out slice (staff phrasing: abbreviations, tussentaal, very short)', () => {
  const questions = loadQuestions('held-out-2');
  const s = evaluate(questions, (q) => predictAsk(q, org), true);

  it('has at least 40 questions, never tuned on', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps top-1, top-3 and verdict accuracy and the out-of-scope figures', () => {
    expect(s.top1).toBeGreaterThanOrEqual(0.85);
    expect(s.top3).toBeGreaterThanOrEqual(0.96);
    expect(s.verdict).toBeGreaterThanOrEqual(0.8);
    expect(s.oosRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongRefusals).toBeLessThanOrEqual(0.03);
  });
});

describe('ask accuracy on the third held-out slice (families from QA testing, never tuned on)', () => {
  const questions = loadQuestions('held-out-3');
  const s = evaluate(questions, (q) => predictAsk(q, org), true);

  it('has about 20 questions, a third of them out of scope', () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.outOfScope).length).toBeGreaterThanOrEqual(6);
  });

  it('keeps top-1, top-3 and verdict accuracy and the out-of-scope figures', () => {
    expect(s.top1).toBeGreaterThanOrEqual(0.85);
    expect(s.top3).toBeGreaterThanOrEqual(0.9);
    expect(s.verdict).toBeGreaterThanOrEqual(0.6);
    expect(s.oosRecall).toBeGreaterThanOrEqual(0.85);
    expect(s.wrongRefusals).toBeLessThanOrEqual(0.08);
  });
});

describe('ask accuracy on the fourth held-out slice (close neighbours, written before round four, never tuned on)', () => {
  const questions = loadQuestions('held-out-4');
  const s = evaluate(questions, (q) => predictAsk(q, org), true);

  it('has about 20 questions, some out of scope', () => {
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions.filter((q) => q.outOfScope).length).toBeGreaterThanOrEqual(3);
  });

  it('keeps top-1, top-3 and verdict accuracy and the out-of-scope figures', () => {
    expect(s.top1).toBeGreaterThanOrEqual(0.94);
    expect(s.top3).toBeGreaterThanOrEqual(0.97);
    expect(s.verdict).toBeGreaterThanOrEqual(0.85);
    expect(s.oosRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongRefusals).toBeLessThanOrEqual(0.03);
  });
});

describe('ask accuracy on the fifth held-out set (120 questions by an outsider, from the seed only)', () => {
  const questions = loadQuestions('held-out-5');
  const s = evaluate(questions, (q) => predictAsk(q, org), true);

  it('has 120 questions, 20 of them out of scope', () => {
    expect(questions.length).toBeGreaterThanOrEqual(120);
    expect(questions.filter((q) => q.outOfScope).length).toBeGreaterThanOrEqual(20);
  });

  it('keeps top-1, top-3 and verdict accuracy and the out-of-scope figures', () => {
    expect(s.top1).toBeGreaterThanOrEqual(0.9);
    expect(s.top3).toBeGreaterThanOrEqual(0.97);
    expect(s.verdict).toBeGreaterThanOrEqual(0.77);
    expect(s.oosRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.wrongRefusals).toBeLessThanOrEqual(0.02);
  });
});

describe("ask on the catalogue's own example questions, each left out of the index (~4 800)", () => {
  // Each example is asked with itself taken out of the example index (leave-one-out), so it is
  // answered from the other examples and the agreement texts, as a new question would be. Scoring
  // the examples with themselves in the index (what this test did before issue 18) measured recall.
  // Floors a little under the figures of 2026-12-07 (answered 75.7 %, top-1 when answered 90.8 %,
  // polarity 82.3 %, after one click 86.9 %, top-3 92.5 %, wrong refusals 2.0 %).
  // Moved at the session-4 merge (said in issue 13's note): the bot now asks back below its answer
  // threshold, and a learned scope model refuses near misses, so fewer examples are answered
  // outright (72.0 %) and more are refused (2.6 %, above the 2 % target: to bring down).
  // Raised in session 5 (s5-ask-scope: near-miss training data, the asking sentence in the scope
  // model, lexicon rows): answered 72.6 %, polarity 84.0 %, after one click 87.4 %, wrong refusals 1.8 %.
  const examples = exampleQuestions(org);
  const s = evaluateSelective(examples, org, true);

  it('are almost all still found without themselves', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4500);
    expect(s.answered).toBeGreaterThanOrEqual(0.72);
    expect(s.answeredTop1).toBeGreaterThanOrEqual(0.91);
    expect(s.answeredPolarity).toBeGreaterThanOrEqual(0.83);
    expect(s.afterClick).toBeGreaterThanOrEqual(0.87);
    expect(s.top3).toBeGreaterThanOrEqual(0.92);
    expect(s.wrongRefusals).toBeLessThanOrEqual(0.019);
  });
});
