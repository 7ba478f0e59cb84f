// Terms that never change while the program runs (each catalogue example question's, each
// agreement text's) are analysed once per process, or not at all when a build stored them
// (build/stored-terms.ts): analysing them costs every CLI call and server start a few hundred ms.
// The loader is injected (shared/ does no I/O) and runs once, on the first lookup.

/** The two tables of stored terms: by example question, and by an agreement's indexed text. */
export type TermTable = 'examples' | 'agreements';

export type StoredTermTables = Partial<Record<TermTable, Iterable<readonly [string, string[]]>>>;

const tables: Record<TermTable, Map<string, string[]>> = { examples: new Map(), agreements: new Map() };
let loader: (() => StoredTermTables | undefined) | undefined;

/**
 * Uses terms a build stored. `load` returns nothing when they are missing or were made from other
 * code (the build keys them by a hash of shared/); the terms are then computed as they are needed.
 */
export function useStoredTerms(load: () => StoredTermTables | undefined): void {
  loader = load;
}

/** The terms stored under `key`, else computed (and kept for the rest of the process). */
export function cachedTerms(table: TermTable, key: string, compute: () => string[]): string[] {
  if (loader) {
    const load = loader;
    loader = undefined;
    const stored = load();
    for (const name of Object.keys(tables) as TermTable[])
      for (const [k, terms] of stored?.[name] ?? []) if (!tables[name].has(k)) tables[name].set(k, terms);
  }
  let terms = tables[table].get(key);
  if (!terms) tables[table].set(key, (terms = compute()));
  return terms;
}
