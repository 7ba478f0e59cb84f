// The question back when the second stage is unsure between agreements (issue 13, mode clarify):
// two or three plausible situations and one short question naming them. Shared by ask and the
// tab's search, so both ask the same thing.
import type { EffectiveOrganisation } from '../organisation/types';
import type { SecondStage } from './model/second-stage';
import type { TrainedModel } from './model/types';
import { situationLabel } from './situations';
import type { Choice, Clarification } from './types';

/** A clarifying question offers two or three situations (CONTRACT §2 `choices`). */
const MAX_CHOICES = 3;

/**
 * The candidates that are plausible answers, as situations to choose from: adopted agreements whose
 * reranked probability is a fair share of the first's, at most three. Never an agreement that only
 * shares a word ("de kalender") with a question about something else: the share keeps those out.
 */
export function plausibleChoices(
  stage: SecondStage,
  org: EffectiveOrganisation,
  model: TrainedModel,
): Choice[] {
  const first = stage.reranked[0]?.probability ?? 0;
  const out: Choice[] = [];
  for (const r of stage.reranked) {
    const a = org.byNumber.get(r.candidate.ranked.agreement.number);
    if (!a || r.probability < first * model.plausibleShare) continue;
    out.push({ label: situationLabel(a), agreement: a.number });
    if (out.length === MAX_CHOICES) break;
  }
  return out;
}

/** One short question naming the situations: "Gaat het over X of over Y?" */
export function clarify(choices: Choice[]): Clarification {
  const labels = choices.map((c) => c.label);
  const question =
    labels.length === 2
      ? `Gaat het over ${labels[0]} of over ${labels[1]}?`
      : `Gaat het over ${labels.slice(0, -1).join(', ')} of over ${labels[labels.length - 1]}?`;
  return { question, choices };
}

/** The clarification to ask, when the stage is below the answer threshold and two situations are plausible. */
export function clarificationFor(
  stage: SecondStage,
  org: EffectiveOrganisation,
  model: TrainedModel,
): Clarification | undefined {
  if (stage.confidence >= model.answerAt) return undefined;
  const choices = plausibleChoices(stage, org, model);
  return choices.length >= 2 ? clarify(choices) : undefined;
}
