// The second stage's weights are data that a script writes: retraining must give the same numbers,
// and the calibrated confidence must mean what it says on the folds it was not fitted on.
import { trainingQuestions } from '../../../bench/ask-training-set';
import { TRAINED_MODEL } from '../../../shared/ask/model/trained';
import { exampleOrganisation } from '../../../bench/ask-accuracy';
import { fitLogistic, probability } from '../../../shared/ask/model/logistic';
import { answerThreshold, trainAskModel, type FoldOutcome } from '../../../shared/ask/model/train';
import { allExamples } from '../../../shared/catalogue/examples';

describe('logistic regression', () => {
  it('learns which of two features predicts the label, deterministically', () => {
    const x = Array.from({ length: 200 }, (_, k) => [k % 2, (k * 7) % 5]);
    const y = x.map(([a]) => a);
    const m = fitLogistic(x, y, 0.1);
    expect(probability(m, [1, 3])).toBeGreaterThan(0.9);
    expect(probability(m, [0, 3])).toBeLessThan(0.1);
    expect(fitLogistic(x, y, 0.1)).toEqual(m);
  });
});

describe('answer threshold', () => {
  it('is the lowest confidence at which the answers above it are right 90 % of the time', () => {
    const o = (confidence: number, right: boolean): FoldOutcome => ({
      confidence,
      agreementRight: right,
      polarityRight: true,
      source: 'example',
    });
    const outcomes = [
      ...Array.from({ length: 18 }, (_, k) => o(0.99 - k * 0.01, true)),
      o(0.8, false),
      o(0.79, true),
      o(0.5, false),
      o(0.4, false),
    ];
    // Down to 0.5: 19 of 21 right (90.5 %); down to 0.4: 19 of 22 (86 %).
    expect(answerThreshold(outcomes)).toBe(0.5);
    expect(answerThreshold(outcomes.slice(0, 19))).toBe(0.8);
  });
});

describe('training the second stage', () => {
  const org = exampleOrganisation();
  const { model, outcomes, scopeOutcomes } = trainAskModel(trainingQuestions(org), org, allExamples());

  it('reproduces the committed weights', () => {
    expect(model).toEqual(TRAINED_MODEL);
  });

  it('gives confidences that match how often the answers are right, out of fold', () => {
    // Expected calibration error over ten bins: a confidence of 0.8 is right about 80 % of the time.
    let error = 0;
    for (let b = 0; b < 10; b++) {
      const bin = outcomes.filter((x) => x.confidence >= b / 10 && x.confidence < (b + 1) / 10);
      if (!bin.length) continue;
      const mean = bin.reduce((s, x) => s + x.confidence, 0) / bin.length;
      const right = bin.filter((x) => x.agreementRight && x.polarityRight).length / bin.length;
      error += (bin.length / outcomes.length) * Math.abs(mean - right);
    }
    expect(error).toBeLessThan(0.04);
    expect(model.trainedOn.questions).toBeGreaterThan(5000);
  });

  it('refuses near misses the note does not govern, and almost no question it does, out of fold', () => {
    const refused = (list: typeof scopeOutcomes) =>
      list.filter((o) => o.probability < model.scopeAt).length / list.length;
    const outside = scopeOutcomes.filter((o) => o.outOfScope);
    expect(outside.length).toBeGreaterThanOrEqual(20);
    expect(refused(outside)).toBeGreaterThanOrEqual(0.2);
    expect(refused(scopeOutcomes.filter((o) => !o.outOfScope))).toBeLessThanOrEqual(0.006);
  });
});
