// Terms that never change while the program runs (each catalogue example question's, each
// agreement text's) are analysed once per process, or not at all when a build stored them
// (build/stored-terms.ts): analysing them costs every CLI call and server start a few hundred ms.
// The loader is injected (shared/ does no I/O) and runs once, on the first lookup; each table is
// taken from what it returns on its own first lookup.

/** The two tables of stored terms: by example question, and by an agreement's indexed text. */
export type TermTable = 'examples' | 'agreements';

export type StoredTermTables = Partial<Record<TermTable, Iterable<readonly [string, string[]]>>>;

const tables: Record<TermTable, Map<string, string[]>> = { examples: new Map(), agreements: new Map() };
let loader: (() => StoredTermTables | undefined) | undefined;
let stored: StoredTermTables | undefined;
/** The tables not read from the stored ones yet: each is read on its first lookup. */
const unread = new Set<TermTable>();

/**
 * Uses terms a build stored. `load` returns nothing when they are missing or were made from other
 * code (the build keys them by a hash of shared/); the terms are then computed as they are needed.
 */
export function useStoredTerms(load: () => StoredTermTables | undefined): void {
  loader = load;
  stored = undefined;
  for (const name of Object.keys(tables) as TermTable[]) unread.add(name);
}

/** The terms stored under `key`, else computed (and kept for the rest of the process). */
export function cachedTerms(table: TermTable, key: string, compute: () => string[]): string[] {
  if (unread.has(table)) {
    unread.delete(table);
    if (loader) {
      stored = loader();
      loader = undefined;
    }
    // Only this table: a host may keep each in its own file and read it only now.
    for (const [k, terms] of stored?.[table] ?? []) if (!tables[table].has(k)) tables[table].set(k, terms);
  }
  let terms = tables[table].get(key);
  if (!terms) tables[table].set(key, (terms = compute()));
  return terms;
}
