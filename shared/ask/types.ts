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

/** answer: confident, with a verdict; clarify: a question back with choices; refuse: not covered. */
export type AskMode = 'answer' | 'clarify' | 'refuse';

/** One situation of a clarifying question (CONTRACT §2 `choices`): a button in Teams. */
export interface Choice {
  /** The situation in plain Dutch, at most 40 characters, lower case to stand in a sentence. */
  label: string;
  agreement: number;
  /**
   * For a situation within one agreement (a yes/no clarify): the index of the statement that
   * answers it in the agreement's statements. Absent for a choice between agreements.
   */
  statement?: number;
}

/** Someone to involve, by role, with the organisation's names and contact details. */
export interface Involved {
  role: string;
  /** 'burgemeester An Peeters (an.peeters@…)', 'de communicatiedienst (…)'. */
  label: string;
}

/**
 * The answer as data (DESIGN.md, second round): every door renders this, nothing parses the reply
 * text back. `verdictLine` is empty for an either/or or a plain information answer.
 */
export interface AnswerParts {
  verdict: Modality;
  /** "Nee, dat doet de communicatiedienst.", "Ja, onder voorwaarden: …", or empty. */
  verdictLine: string;
  /** What the statement says and any exception or condition, one line each. */
  explanation: string[];
  /** 'Betrek' or 'Neem contact op met' (for a no: whom to go to instead). */
  involveIntro: 'Betrek' | 'Neem contact op met';
  involve: Involved[];
  agreement: number;
  /** The chosen variant's label ('Variant 2'), when the organisation chose one. */
  variantLabel?: string;
  section: { id: string; title: string };
  /** The sentence or bullet of the agreement that decides it (the reply quotes this). */
  quote: string;
  /** The whole text, behind "Toon de hele afspraak". */
  fullText: string;
  /** Whether `quote` is only part of the agreement. */
  quoteIsPart: boolean;
  /** Next best agreements close to this one ("Zie ook afspraak 44 en 50."). */
  alsoSee: number[];
}

/** A clarifying question: one short question and two or three situations to pick from. */
export interface Clarification {
  question: string;
  choices: Choice[];
}

/** A feature of the second stage and what it added to the decision (`ask --uitleg`). */
export interface Contribution {
  feature: string;
  value: number;
  /** weight × standardised value: positive pushes towards this answer. */
  effect: number;
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
  mode: AskMode;
  /** Calibrated probability that the first answer's agreement and verdict are right (0..1). */
  confidence: number;
  /** In answer mode: the answer as data. */
  parts?: AnswerParts;
  /** In clarify mode: the question back and its choices. */
  clarification?: Clarification;
  /** Plausible other situations, for "Bedoel je misschien" (answer mode). */
  alternatives?: Choice[];
  /** Set when the best match is an agreement the organisation left out of its note. */
  omitted?: { agreement: number; label: string };
  /** Why: the features that decided the first answer and the confidence (`ask --uitleg`). */
  explanation?: { ranking: Contribution[]; confidence: Contribution[] };
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
   * A sufficiency question ("volstaat de handtekening van de schepen?", "is een mail genoeg?"):
   * answered by whether what the question names covers everything the statement requires.
   */
  sufficiency?: boolean;
  /**
   * The form of address the question proposes ("met je aanspreken", "de u-vorm", "jij zeggen"):
   * 'je' or 'u'. A permission question about one form where the statement asks the other is a no (22).
   */
  addressForm?: 'je' | 'u';
  /**
   * What the question says it would do without ("zonder de communicatiedienst", "zonder dat te
   * vermelden"): the roles, actions and word stems after 'zonder', to test against what a
   * statement requires. Absent when the question has no 'zonder'.
   */
  without?: { roles: Role[]; actions: string[]; stems: string[] };
}
