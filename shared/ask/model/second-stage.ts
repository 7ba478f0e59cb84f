// The learned second stage over the ranker's first candidates (issue 13): a logistic reranker on
// named features, then a calibrated confidence that the first answer's agreement and verdict are
// right. Trained by bench/train-ask.ts; the weights are data in trained.ts.
import type { EffectiveOrganisation } from '../../organisation/types';
import type { ReadQuestion } from '../interpret';
import type { Ranked } from '../rank';
import type { Contribution } from '../types';
import {
  CANDIDATE_FEATURES,
  QUESTION_FEATURES,
  candidateFeatures,
  questionFeatures,
  type Candidate,
} from './features';
import { logit, probability, sigmoid, type LogisticModel } from './logistic';
import type { TrainedModel } from './types';

export interface Reranked {
  candidate: Candidate;
  probability: number;
  /** Where the ranker had it (0 = first). */
  rankerPosition: number;
}

export interface SecondStage {
  reranked: Reranked[];
  /** Calibrated probability that the first answer's agreement and verdict are right. */
  confidence: number;
  questionFeatures: number[];
}

export function rerank(candidates: readonly Candidate[], model: LogisticModel): Reranked[] {
  return candidates
    .map((candidate, rankerPosition) => ({
      candidate,
      probability: probability(model, candidate.features),
      rankerPosition,
    }))
    .sort((x, y) => y.probability - x.probability || x.rankerPosition - y.rankerPosition);
}

export function calibrated(model: TrainedModel, features: readonly number[]): number {
  return sigmoid(model.calibration.a * logit(model.confidence, features) + model.calibration.b);
}

export function secondStage(
  read: ReadQuestion,
  ranked: readonly Ranked[],
  org: EffectiveOrganisation,
  model: TrainedModel,
): SecondStage {
  const reranked = rerank(candidateFeatures(read, ranked, org), model.reranker);
  const features = questionFeatures(read, reranked);
  return { reranked, confidence: calibrated(model, features), questionFeatures: features };
}

/** Each feature's push (weight × standardised value), largest first: what decided. */
export function contributions(
  model: LogisticModel,
  names: readonly string[],
  x: readonly number[],
): Contribution[] {
  return names
    .map((feature, j) => ({
      feature,
      value: round(x[j]),
      effect: round(model.weights[j + 1] * ((x[j] - model.mean[j]) / model.scale[j])),
    }))
    .sort((p, q) => Math.abs(q.effect) - Math.abs(p.effect));
}

export function explain(
  model: TrainedModel,
  stage: SecondStage,
): { ranking: Contribution[]; confidence: Contribution[] } {
  const first = stage.reranked[0];
  return {
    ranking: first ? contributions(model.reranker, CANDIDATE_FEATURES, first.candidate.features) : [],
    confidence: contributions(model.confidence, QUESTION_FEATURES, stage.questionFeatures),
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
