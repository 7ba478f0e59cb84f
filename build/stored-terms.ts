// What the build analysed once so that no start has to: the terms of the catalogue's ~4 900
// example questions and of its agreement texts (shared/ask/stored-terms.ts), written by
// build/write-stored-terms.ts to dist/ask/terms.json. The file carries the content hash of shared/
// it was made from; the built CLI and server use it only when that is the hash they were built from
// (build/constants.ts), so a stale or partial build falls back to analysing as the sources do.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtSourceKey } from './constants';
import { useStoredTerms, type TermTable } from '../shared/ask/stored-terms';

export const STORED_TERMS_FILE = path.resolve(__dirname, '..', 'dist', 'ask', 'terms.json');

export type StoredTerms = { key: string } & Record<TermTable, [string, string[]][]>;

/** The stored tables when they were made from the sources with this key; otherwise undefined. */
export function readStoredTerms(key: string, file = STORED_TERMS_FILE): StoredTerms | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredTerms;
    return stored.key === key && Array.isArray(stored.examples) && Array.isArray(stored.agreements)
      ? stored
      : undefined;
  } catch {
    return undefined; // A half-written file from an interrupted build: analyse instead.
  }
}

/** In a built bundle, analyses nothing the build stored; from source, nothing changes. */
export function useBuiltTerms(file = STORED_TERMS_FILE): void {
  const key = builtSourceKey;
  if (key) useStoredTerms(() => readStoredTerms(key, file));
}
