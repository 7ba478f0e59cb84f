// What the build analysed once so that no start has to: the terms of the catalogue's ~4 900
// example questions and of its agreement texts (shared/ask/stored-terms.ts), written by
// build/write-stored-terms.ts to dist/ask/terms.json (agreement texts) and
// dist/ask/example-terms.json (example questions). Each file carries the content hash of shared/
// it was made from; the built CLI and server use it only when that is the hash they were built
// from (build/constants.ts), so a stale or partial build falls back to analysing as the sources do.
// Two files, each read on first use: with a stored example index (build/example-corpus-store.ts)
// a start never needs the example questions' terms, the larger part.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtSourceKey } from './constants';
import { useStoredTerms, type TermTable } from '../shared/ask/stored-terms';

export const STORED_TERMS_FILE = path.resolve(__dirname, '..', 'dist', 'ask', 'terms.json');

export type StoredTerms = { key: string } & Record<TermTable, [string, string[]][]>;

/** Where each table is stored, beside `file`. */
export function storedTermFiles(file = STORED_TERMS_FILE): Record<TermTable, string> {
  return { agreements: file, examples: path.join(path.dirname(file), 'example-terms.json') };
}

/** One stored table when it was made from the sources with this key; otherwise undefined. */
function readTable(key: string, file: string, table: TermTable): [string, string[]][] | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<StoredTerms>;
    const entries = stored[table];
    return stored.key === key && Array.isArray(entries) ? entries : undefined;
  } catch {
    return undefined; // A half-written file from an interrupted build: analyse instead.
  }
}

/**
 * The stored tables when they were made from the sources with this key; otherwise undefined.
 * Each table is read from its file when it is first asked for.
 */
export function readStoredTerms(key: string, file = STORED_TERMS_FILE): StoredTerms | undefined {
  const files = storedTermFiles(file);
  if (!existsSync(files.agreements) || !existsSync(files.examples)) return undefined;
  const read: Partial<Record<TermTable, [string, string[]][] | undefined>> = {};
  const table = (name: TermTable) =>
    name in read ? read[name] : (read[name] = readTable(key, files[name], name));
  return {
    key,
    get examples() {
      return table('examples') ?? [];
    },
    get agreements() {
      return table('agreements') ?? [];
    },
  };
}

/** In a built bundle, analyses nothing the build stored; from source, nothing changes. */
export function useBuiltTerms(file = STORED_TERMS_FILE): void {
  const key = builtSourceKey;
  if (key) useStoredTerms(() => readStoredTerms(key, file));
}
