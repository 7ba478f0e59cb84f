// The answer to a who-may-do-what question (CONTRACT §2 `ask`).
import type { Modality, Role, Statement } from '../catalogue/types';

export interface Answer {
  agreement: number;
  variant: number | null;
  verdict: Modality;
  /** Roles (and where known, named people) to involve. */
  who: string[];
  /** The organisation's text of the agreement. */
  text: string;
  score: number;
  /** The section the agreement belongs to ('5.8', 'Perscommunicatie'). */
  section?: { id: string; title: string };
  /** The who-may-do-what statement the verdict rests on, when the agreement has one that fits. */
  statement?: Statement;
  /** Conditions of that statement, in plain Dutch ("na principiële goedkeuring door de communicatiedienst"). */
  conditions?: string[];
}

export interface AskResult {
  question: string;
  outOfScope: boolean;
  /** Best first, at most 5. */
  answers: Answer[];
  /** The answer exactly as the bot writes it in Teams (plain text). */
  reply: string;
  /** How the question was read (actor, action, objects), for cards and debugging. */
  interpretation?: Interpretation;
}

/** What kind of question: may someone …, must someone …, who does …, how does one …. */
export type QuestionKind = 'permission' | 'obligation' | 'who' | 'how' | 'other';

export interface Interpretation {
  kind: QuestionKind;
  /** Match stems of the question's words and of its search expansions (for exception checks). */
  stems?: string[];
  /** The role asking or asked about; 'medewerker' for "ik"/"wij" and when nobody is named. */
  actor: Role;
  /** Whether the question names the actor (false: the staff-member default). */
  actorExplicit: boolean;
  /** Every role the question mentions. */
  roles: Role[];
  /** Action ids from the vocabulary. */
  actions: string[];
  /**
   * Weight of each action: 1 in the clause that asks the question ("mag ik dat zelf naar VRT
   * mailen?"), less in a side clause ("voor het verstuurd wordt", "ik heb een tekst geschreven, …").
   */
  actionWeights?: Record<string, number>;
  /** Object and channel ids from the vocabulary. */
  objects: string[];
  /**
   * For each object, the offset of the question word it came from: one word that maps onto two
   * ids ('chatgpt' -> ai, ai-content) counts once when a statement names both.
   */
  objectSources?: Record<string, number>;
  /**
   * Weight of each object: 1 for what the question is about, less for where it goes ("een foto
   * in het infoblad": the photo is the subject, the infoblad the place).
   */
  objectWeights?: Record<string, number>;
  /** Typos that were repaired ('persbricht' -> 'persbericht'). */
  corrections: { from: string; to: string }[];
  /** An either/or question ("moet ik u of je schrijven?"): answered with the rule, not yes or no. */
  choice?: boolean;
  /**
   * What the question says it would do without ("zonder de communicatiedienst", "zonder dat te
   * vermelden"): the roles, actions and word stems after 'zonder', to test against what a
   * statement requires. Absent when the question has no 'zonder'.
   */
  without?: { roles: Role[]; actions: string[]; stems: string[] };
}
