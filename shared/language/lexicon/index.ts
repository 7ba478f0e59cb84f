// The team's domain lexicon, as data: roles, actions and objects with the words users type.
import { ACTION_ROWS } from './actions';
import { EXPANSION_ROWS } from './expansions';
import { OBJECT_ROWS } from './objects';
import { ROLE_ROWS } from './roles';
import type { LexiconKind, LexiconRow } from './types';

export { ACTION_ROWS, EXPANSION_ROWS, OBJECT_ROWS, ROLE_ROWS };
export type { LexiconKind, LexiconRow };
export { STOPWORDS } from './stopwords';
export { CONDITION_BREAKER_ROWS } from './condition-breakers';
export { COMPOUND_PARTS } from './parts';
export { HOW_CUES, NEGATION_CUES, OBLIGATION_CUES, PERMISSION_CUES, WHO_CUES } from './cues';

export interface LexiconEntry {
  kind: LexiconKind;
  id: string;
  /** The term as words ('sociale', 'media'). */
  words: readonly string[];
}

/** Every term of every row, as entries. */
export function lexiconEntries(): readonly LexiconEntry[] {
  return ENTRIES;
}

const ENTRIES: readonly LexiconEntry[] = [
  ...rowsToEntries('role', ROLE_ROWS),
  ...rowsToEntries('action', ACTION_ROWS),
  ...rowsToEntries('object', OBJECT_ROWS),
  ...rowsToEntries('expansion', EXPANSION_ROWS),
];

function rowsToEntries(kind: LexiconKind, rows: readonly LexiconRow[]): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const row of rows) {
    for (const term of new Set(row.terms)) out.push({ kind, id: row.id, words: term.split(' ') });
  }
  return out;
}
export { SUBJECT_WORDS, WORKPLACE_WORDS, isSubjectWord, isWorkplaceWord } from './workplace';
