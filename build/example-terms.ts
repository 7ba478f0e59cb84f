// The catalogue's example questions, read once by the build (build/write-example-terms.ts) and
// stored as dist/ask/example-terms.json: reading the ~4 900 examples again costs every CLI call
// and every server start a few hundred milliseconds. The file carries the content hash of shared/
// it was made from; the built CLI and server use it only when that is the hash they were built
// from (build/constants.ts), so a stale or partial build falls back to reading the examples.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtSourceKey } from './constants';
import { useStoredExampleTerms } from '../shared/ask/example-index';

export const EXAMPLE_TERMS_FILE = path.resolve(__dirname, '..', 'dist', 'ask', 'example-terms.json');

export interface StoredExampleTerms {
  /** The content hash of shared/ (build/source-key.ts) the terms were computed from. */
  key: string;
  /** Example question → its terms, in the catalogue's order. */
  terms: [string, string[]][];
}

/** The stored terms when they were made from the sources with this key; otherwise undefined. */
export function readExampleTerms(
  key: string,
  file = EXAMPLE_TERMS_FILE,
): StoredExampleTerms['terms'] | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredExampleTerms;
    return stored.key === key && Array.isArray(stored.terms) ? stored.terms : undefined;
  } catch {
    return undefined; // A half-written file from an interrupted build: compute instead.
  }
}

/** In a built bundle, answers from the stored terms; from source, nothing changes. */
export function useBuiltExampleTerms(file = EXAMPLE_TERMS_FILE): void {
  const key = builtSourceKey;
  if (key) useStoredExampleTerms(() => readExampleTerms(key, file));
}
