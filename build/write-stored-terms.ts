// Build step: analyses every catalogue example question and every agreement text once and stores
// the terms for the built CLI and server (build/stored-terms.ts).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { documentTerms, indexedText } from '../shared/ask/agreement-index';
import { exampleQuestionTerms } from '../shared/ask/example-index';
import { cachedTerms } from '../shared/ask/stored-terms';
import { catalogueEntries } from '../shared/catalogue';
import { allExamples } from '../shared/catalogue/examples';
import { effectiveOrganisation, parseOrganisation } from '../shared/organisation';
import { STORED_TERMS_FILE, storedTermFiles, type StoredTerms } from './stored-terms';

const EXAMPLE_ORGANISATION = path.resolve(__dirname, '..', 'organisations', 'zilverbeek.yaml');

/** Every distinct catalogue example question with its terms, in the catalogue's order. */
function exampleTable(): [string, string[]][] {
  const table = new Map<string, string[]>();
  for (const examples of allExamples().values())
    for (const { q } of examples) if (!table.has(q)) table.set(q, [...exampleQuestionTerms(q)]);
  return [...table];
}

/**
 * Every agreement's indexed text in its main text and in each variant, as the example
 * organisation words it (other organisations' own wording or fills are analysed when they start).
 */
function agreementTable(): [string, string[]][] {
  const parsed = parseOrganisation(readFileSync(EXAMPLE_ORGANISATION, 'utf8'), EXAMPLE_ORGANISATION);
  if (!parsed.ok) throw new Error(`${EXAMPLE_ORGANISATION} is invalid`);
  const most = Math.max(...catalogueEntries().map((e) => e.agreement.variants.length));
  const table = new Map<string, string[]>();
  for (let variant = 0; variant <= most; variant++) {
    const variants: Record<number, number> = {};
    if (variant > 0)
      for (const { agreement } of catalogueEntries())
        if (agreement.variants.length >= variant) variants[agreement.number] = variant;
    const org = effectiveOrganisation({
      ...parsed.organisation,
      agreements: { ...parsed.organisation.agreements, omit: [], variants },
    });
    // documentTerms analyses the text into the 'agreements' table; read the entry back from it.
    for (const a of org.agreements) {
      documentTerms(a);
      const text = indexedText(a);
      table.set(
        text,
        cachedTerms('agreements', text, () => []),
      );
    }
  }
  return [...table];
}

export function storedTerms(key: string): StoredTerms {
  return { key, examples: exampleTable(), agreements: agreementTable() };
}

export function writeStoredTerms(key: string, file = STORED_TERMS_FILE): StoredTerms {
  const stored = storedTerms(key);
  const files = storedTermFiles(file);
  mkdirSync(path.dirname(file), { recursive: true });
  for (const table of ['examples', 'agreements'] as const) {
    // Written whole, then renamed: a reader never sees half a file.
    writeFileSync(`${files[table]}.tmp`, JSON.stringify({ key, [table]: stored[table] }));
    renameSync(`${files[table]}.tmp`, files[table]);
  }
  return stored;
}
