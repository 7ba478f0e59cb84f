// A lexicon row: the words and phrases users type for one role, action or object id.

export type LexiconKind = 'role' | 'action' | 'object';

export interface LexiconRow<Id extends string = string> {
  /** The vocabulary id (shared/catalogue/vocabulary.ts) or role id this row maps onto. */
  id: Id;
  /**
   * Normalised words or phrases (lower case, no diacritics). A phrase is matched word for word,
   * also across the parts of a split compound ('sociale media' in 'socialemediapagina').
   */
  terms: readonly string[];
}
