// Text spans used across ask, triage and checks. Offsets are JS string indices into the original text.

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** What a token is: a word, a number, an e-mail address, a URL or an abbreviation with its dot(s). */
export type TokenKind = 'word' | 'number' | 'email' | 'url' | 'abbreviation';

export interface Token extends Span {
  /** Lower case, diacritics folded ('één' -> 'een'). */
  norm: string;
  /** Absent on tokens made elsewhere; tokenise() always sets it. */
  kind?: TokenKind;
}
