// The shape of a word list row, like a Vale substitution rule: what to find, what to write
// instead, and why. Lists live as data next to this file; the rules compile them once.
import type { Severity } from '../types';

export interface SubstitutionRow {
  /**
   * The words to find, as a writer types them ('in het kader van', 'beëindigen'). Matched on
   * whole words, case and diacritics ignored. Inflected forms are rows of their own, so each
   * row's replacement fits exactly the text it replaces.
   */
  pattern: string;
  /** The plainer text that replaces exactly the matched words. */
  replacement: string;
  /** Other good replacements, named in the message. */
  alternatives?: string[];
  /** Why, when more needs saying than "plainer". */
  message?: string;
  severity?: Severity;
  agreement?: number;
}
