// Example questions: how staff really ask about an agreement, in their own words. They teach the
// bot the phrasing the agreement texts never use (krant, Facebook, flyer, tekenen) and show users
// what they can ask. Reviewed like the rest of the catalogue: a communication officer reads them.
import type { Modality } from '../types';

export interface ExampleQuestion {
  /** The question as a staff member, writer or mandataris would type it in Teams. */
  q: string;
  /** The verdict the agreement gives (its main text, or the variant named below). */
  verdict: Modality;
  /** Set when the question is answered by a variant of the agreement (1 = the first variant). */
  variant?: number;
}

/** Example questions by agreement number, for one section of the catalogue. */
export type SectionExamples = Readonly<Record<number, readonly ExampleQuestion[]>>;
