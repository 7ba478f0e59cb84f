// The second stage's learned parameters, as written by bench/train-ask.ts into trained.ts.
import type { LogisticModel } from './logistic';

export interface TrainedModel {
  /** P(candidate is the right agreement) from its CANDIDATE_FEATURES. */
  reranker: LogisticModel;
  /** Log-odds that the first answer's agreement and verdict are right, from QUESTION_FEATURES. */
  confidence: LogisticModel;
  /** Platt scaling of those log-odds, fitted on out-of-fold scores: p = sigmoid(a·z + b). */
  calibration: { a: number; b: number };
  /** At or above this calibrated confidence the answer is given; below, the bot asks back. */
  answerAt: number;
  /** P(the note governs the question) from SCOPE_FEATURES (scope-features.ts). */
  scope: LogisticModel;
  /** Below this probability the question is refused as outside the note. */
  scopeAt: number;
  /** A candidate is a plausible choice when its probability is at least this share of the first's. */
  plausibleShare: number;
  /** What it was trained on, for the record. */
  trainedOn: { questions: number; examples: number; development: number; outOfScope: number };
}
