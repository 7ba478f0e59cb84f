// Build step: reads every catalogue example question once and stores its terms for the built CLI
// and server (build/example-terms.ts).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { exampleQuestionTerms } from '../shared/ask/example-index';
import { allExamples } from '../shared/catalogue/examples';
import { EXAMPLE_TERMS_FILE, type StoredExampleTerms } from './example-terms';

export function exampleTerms(key: string): StoredExampleTerms {
  const seen = new Set<string>();
  const terms: StoredExampleTerms['terms'] = [];
  for (const examples of allExamples().values())
    for (const { q } of examples) {
      if (seen.has(q)) continue;
      seen.add(q);
      terms.push([q, [...exampleQuestionTerms(q)]]);
    }
  return { key, terms };
}

export function writeExampleTerms(key: string, file = EXAMPLE_TERMS_FILE): number {
  const stored = exampleTerms(key);
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole, then renamed: a reader never sees half a file.
  writeFileSync(`${file}.tmp`, JSON.stringify(stored));
  renameSync(`${file}.tmp`, file);
  return stored.terms.length;
}
