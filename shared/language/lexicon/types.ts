// A lexicon row: the words and phrases users type for one role, action or object id.

/** 'expansion': words the agreements use for this term, added to a search (see expansions.ts). */
export type LexiconKind = 'role' | 'action' | 'object' | 'expansion';

export interface LexiconRow<Id extends string = string> {
  /** The vocabulary id (shared/catalogue/vocabulary.ts) or role id this row maps onto. */
  id: Id;
  /**
   * Normalised words or phrases (lower case, no diacritics). A phrase is matched word for word,
   * also across the parts of a split compound ('sociale media' in 'socialemediapagina').
   */
  terms: readonly string[];
}
