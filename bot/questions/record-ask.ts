// Wraps the bot's question answerer: a question it refused or answered unsure is written to the
// question log for the Vragen page, without the asker. The answer is never delayed or lost by it:
// the write happens after, and a failed write is only logged.
import type { AskResult } from '../../shared/ask/types';
import type { EffectiveOrganisation } from '../../shared/organisation/types';
import type { Logger } from '../log';
import type { LoggedQuestion, QuestionLog } from './question-log';

type Ask = (question: string, organisation: EffectiveOrganisation) => AskResult | Promise<AskResult>;

/** Below this calibrated confidence an answer counts as unsure (when ask gives a confidence). */
export const UNSURE_BELOW = 0.5;
/**
 * The same question asked again within this window is the same asker clicking "another match" or
 * rating the answer (the bot asks again to redraw the card): logged once.
 */
export const REPEAT_WINDOW_MS = 2 * 60_000;

/** Why the answer belongs on the Vragen page, or undefined when it was a confident answer. */
export function questionReason(result: AskResult): LoggedQuestion['reason'] | undefined {
  const { mode, confidence } = result as { mode?: unknown; confidence?: unknown };
  if (mode === 'refuse' || (mode === undefined && result.outOfScope)) return 'refused';
  if (mode === 'clarify') return 'unsure';
  if (typeof confidence === 'number' && confidence < UNSURE_BELOW) return 'unsure';
  return undefined;
}

export function recordingAsk(
  inner: Ask,
  log: QuestionLog,
  noteVersion: () => number,
  logger: Logger,
  now: () => number = Date.now,
): Ask {
  const recent = new Map<string, number>();
  return async (question, organisation) => {
    const result = await inner(question, organisation);
    const reason = questionReason(result);
    if (!reason) return result;
    const key = question.trim().toLowerCase();
    const t = now();
    for (const [k, at] of recent) if (t - at > REPEAT_WINDOW_MS) recent.delete(k);
    if (recent.has(key)) return result;
    recent.set(key, t);
    const confidence = (result as { confidence?: unknown }).confidence;
    log
      .record({
        question: question.trim(),
        reason,
        agreement: result.answers[0]?.agreement ?? null,
        ...(typeof confidence === 'number' ? { confidence } : {}),
        noteVersion: noteVersion(),
      })
      .catch((err: unknown) =>
        logger.warn(`could not log a question for the Vragen page: ${(err as Error).message}`),
      );
    return result;
  };
}
