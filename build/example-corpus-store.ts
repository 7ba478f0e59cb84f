// Where the example index's weights are kept between runs (shared/ask/stored-example-corpus.ts).
// A file is named by the content hash of what the weights are made from: the build's hash of
// shared/ (the catalogue, its examples and the code that reads them) and the example texts in
// order (the organisation's adopted agreements, variants and own examples). A changed organisation
// file, catalogue or code gives another name, so a stored index is never stale; it is only unused.
//
//   dist/ask/corpus/<hash>.json          written by the build for the organisations in organisations/
//   $AFSPRAAK_CACHE_DIR/<hash>.json      any other organisation, written on its first use
//                                       (default node_modules/.cache/afspraak/example-corpus)
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {
  deserialiseWeights,
  serialiseWeights,
  useExampleCorpusStore,
  type CorpusWeights,
  type ExampleCorpusStore,
} from '../shared/ask/stored-example-corpus';
import { builtSourceKey } from './constants';

const ROOT = path.resolve(__dirname, '..');
export const BUILT_CORPUS_DIR = path.join(ROOT, 'dist', 'ask', 'corpus');
const DEFAULT_CACHE_DIR = path.join(ROOT, 'node_modules', '.cache', 'afspraak', 'example-corpus');
/** Enough for a few organisations and their recent edits; each file is about 2 MB. */
const CACHE_ENTRIES = 12;

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.AFSPRAAK_CACHE_DIR ? path.resolve(env.AFSPRAAK_CACHE_DIR, 'example-corpus') : DEFAULT_CACHE_DIR;
}

/** The file name for these texts under this source hash. */
export function corpusKey(sourceKey: string, texts: readonly string[]): string {
  const hash = createHash('sha256').update(sourceKey);
  for (const t of texts) hash.update('\0').update(t);
  return hash.digest('hex').slice(0, 32);
}

interface StoredFile {
  key: string;
  count: number;
  weights: unknown;
}

function readWeights(file: string, key: string, count: number): CorpusWeights | undefined {
  let stored: StoredFile;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as StoredFile;
  } catch {
    return undefined; // Missing, unreadable or half-written: compute instead.
  }
  if (stored?.key !== key || stored.count !== count) return undefined;
  return deserialiseWeights(stored.weights, count);
}

/** Writes whole, then renames: a reader in another process never sees half a file. */
export function writeWeights(
  dir: string,
  key: string,
  texts: readonly string[],
  weights: CorpusWeights,
): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${key}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  const stored: StoredFile = { key, count: texts.length, weights: serialiseWeights(weights) };
  writeFileSync(tmp, JSON.stringify(stored));
  renameSync(tmp, file);
  return file;
}

/** Marks a cache entry as used, so pruning keeps it (pruning goes by modification time). */
function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // Read-only cache: it is only pruned less well.
  }
}

/** Keeps the most recently used entries: every edit of an organisation file leaves its old index behind. */
function prune(dir: string, keep: number): void {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ f, at: statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { f } of files.slice(keep)) rmSync(path.join(dir, f), { force: true });
}

/**
 * A store that reads the build's files and the cache, and writes new indexes to the cache.
 * A cache that cannot be written (a read-only install) only costs the computing, never the answer.
 */
export function exampleCorpusStore(
  sourceKey: string,
  dirs: { built?: string; cache?: string } = { built: BUILT_CORPUS_DIR, cache: cacheDir() },
): ExampleCorpusStore {
  return {
    load(texts) {
      const key = corpusKey(sourceKey, texts);
      for (const dir of [dirs.built, dirs.cache]) {
        if (!dir) continue;
        const file = path.join(dir, `${key}.json`);
        const found = readWeights(file, key, texts.length);
        if (!found) continue;
        if (dir === dirs.cache) touch(file);
        return found;
      }
      return undefined;
    },
    save(texts, weights) {
      if (!dirs.cache) return;
      try {
        writeWeights(dirs.cache, corpusKey(sourceKey, texts), texts, weights);
        prune(dirs.cache, CACHE_ENTRIES);
      } catch {
        // Read-only or full disk: the next start computes again.
      }
    },
  };
}

/** In a built bundle, reads and keeps example indexes; from source (tsx, jest), computes as before. */
export function useBuiltExampleCorpus(): void {
  if (builtSourceKey) useExampleCorpusStore(exampleCorpusStore(builtSourceKey));
}
