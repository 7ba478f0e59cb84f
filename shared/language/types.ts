// Text spans used across ask, triage and checks. Offsets are JS string indices into the original text.

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Token extends Span {
  /** Lower case, diacritics folded ('één' -> 'een'). */
  norm: string;
}
