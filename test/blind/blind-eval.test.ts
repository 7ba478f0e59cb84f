// Floors on the blind sets (test/fixtures/blind), one question under the figures of 2026-12-07
// (issue 18: ask top-3 100 %, out-of-scope recall 100 %, no wrong refusal; triage route 100 %;
// checks recall 100 %). They were collapse guards (60 %, 50 %, 70 %, 50 %) far under what was
// measured. These sets have been printed by the benches while ask and triage were tuned, so they
// are no longer blind: they guard against regressions, not measure generalisation.
import { runBlindEval, type BlindFigures } from '../../bench/blind-eval';

let figures: BlindFigures;

beforeAll(async () => {
  figures = await runBlindEval();
});

describe('blind evaluation floors', () => {
  it('ask finds an acceptable agreement in the top 3 for all but one in-scope question', () => {
    expect(figures.ask.inScope).toBeGreaterThanOrEqual(100);
    expect(figures.ask.top3).toBeGreaterThanOrEqual(0.99);
  });

  it('ask recognises the out-of-scope questions and refuses at most one in-scope one', () => {
    expect(figures.ask.oosRecall).toBeGreaterThanOrEqual(0.95);
    expect(figures.ask.wrongRefusals).toBeLessThanOrEqual(1);
  });

  it('triage routes all but one situation right', () => {
    expect(figures.triage.total).toBe(60);
    expect(figures.triage.route).toBeGreaterThanOrEqual(0.98);
  });

  it('the checks find all but one of the labelled findings', () => {
    expect(figures.checks.documents).toBe(10);
    expect(figures.checks.overall.recall).toBeGreaterThanOrEqual(0.93);
  });
});
