// Reads the data an answer card's button sent back (bot/cards/answer-card.ts AnswerActionData).
// It comes from the client, so every field is checked.
import type { AnswerActionData } from '../cards/answer-card';
import { MAX_TEXT_LENGTH } from './incoming-text';
import type { ActionData } from './routes';

export function readAnswerAction(data: ActionData): AnswerActionData | undefined {
  const { verb, question, shown, agreement } = data;
  if (typeof question !== 'string' || !question.trim() || question.length > MAX_TEXT_LENGTH) return undefined;
  if (typeof shown !== 'number' || !Number.isInteger(shown) || shown < 0 || shown > 20) return undefined;
  if (agreement !== null && (typeof agreement !== 'number' || !Number.isInteger(agreement))) return undefined;
  return { verb, question, shown, agreement };
}
