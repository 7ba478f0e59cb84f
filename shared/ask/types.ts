// The answer to a who-may-do-what question (CONTRACT §2 `ask`).
import type { Modality } from '../catalogue/types';

export interface Answer {
  agreement: number;
  variant: number | null;
  verdict: Modality;
  /** Roles (and where known, named people) to involve. */
  who: string[];
  /** The organisation's text of the agreement. */
  text: string;
  score: number;
}

export interface AskResult {
  question: string;
  outOfScope: boolean;
  /** Best first, at most 5. */
  answers: Answer[];
  /** The answer exactly as the bot writes it in Teams (plain text). */
  reply: string;
}
