// Collapse guard on the blind sets (test/fixtures/blind). The floors are deliberately low: the
// sets measure, they are never tuned on, so this only catches an answer engine that broke.
import { runBlindEval, type BlindFigures } from '../../bench/blind-eval';

let figures: BlindFigures;

beforeAll(async () => {
  figures = await runBlindEval();
});

describe('blind evaluation floors', () => {
  it('ask finds an acceptable agreement in the top 3 for at least 60 % of in-scope questions', () => {
    expect(figures.ask.inScope).toBeGreaterThanOrEqual(100);
    expect(figures.ask.top3).toBeGreaterThanOrEqual(0.6);
  });

  it('ask recognises at least half of the out-of-scope questions and refuses few in-scope ones', () => {
    expect(figures.ask.oosRecall).toBeGreaterThanOrEqual(0.5);
    expect(figures.ask.wrongRefusals).toBeLessThanOrEqual(15);
  });

  it('triage routes at least 70 % of the situations right', () => {
    expect(figures.triage.total).toBe(60);
    expect(figures.triage.route).toBeGreaterThanOrEqual(0.7);
  });

  it('the checks find at least half of the labelled findings', () => {
    expect(figures.checks.documents).toBe(10);
    expect(figures.checks.overall.recall).toBeGreaterThanOrEqual(0.5);
  });
});
