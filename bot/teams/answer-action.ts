// Reads the data an answer card's button sent back (bot/cards/answer-card.ts AnswerActionData).
// It comes from the client, so every field is checked.
import type { AnswerActionData } from '../cards/answer-card';
import type { ChoiceActionData } from '../cards/clarify-card';
import { MAX_TEXT_LENGTH } from './incoming-text';
import type { ActionData } from './routes';

export function readAnswerAction(data: ActionData): AnswerActionData | undefined {
  const { verb, question, shown, agreement } = data;
  if (typeof question !== 'string' || !question.trim() || question.length > MAX_TEXT_LENGTH) return undefined;
  if (typeof shown !== 'number' || !Number.isInteger(shown) || shown < 0 || shown > 20) return undefined;
  if (agreement !== null && (typeof agreement !== 'number' || !Number.isInteger(agreement))) return undefined;
  const mode =
    data.mode === 'answer' || data.mode === 'clarify' || data.mode === 'refuse' ? data.mode : undefined;
  const confidence =
    typeof data.confidence === 'number' && data.confidence >= 0 && data.confidence <= 1
      ? data.confidence
      : undefined;
  return {
    verb,
    question,
    shown,
    agreement,
    ...(mode ? { mode } : {}),
    ...(confidence !== undefined ? { confidence } : {}),
  };
}

/** A situation picked on a clarifying question (bot/cards/clarify-card.ts ChoiceActionData). */
export function readChoiceAction(data: ActionData): ChoiceActionData | undefined {
  const { verb, question, agreement, label, statement } = data;
  if (typeof question !== 'string' || !question.trim() || question.length > MAX_TEXT_LENGTH) return undefined;
  if (typeof agreement !== 'number' || !Number.isInteger(agreement)) return undefined;
  const within = typeof statement === 'number' && Number.isInteger(statement) && statement >= 0;
  return {
    verb,
    question,
    agreement,
    label: typeof label === 'string' ? label.slice(0, 200) : '',
    ...(within ? { statement } : {}),
  };
}
