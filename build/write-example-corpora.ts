// Build step: the example index's weights for each organisation file shipped in organisations/,
// stored under dist/ask/corpus/ by content hash (build/example-corpus-store.ts), so `afspraak ask`
// and the server start without computing them for these organisations.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { prepareAsk } from '../shared/ask/prepare';
import { useExampleCorpusStore } from '../shared/ask/stored-example-corpus';
import { effectiveOrganisation, parseOrganisation } from '../shared/organisation';
import { BUILT_CORPUS_DIR, exampleCorpusStore } from './example-corpus-store';

const ORGANISATIONS = path.resolve(__dirname, '..', 'organisations');

/** Writes one index per shipped organisation; returns how many files were written. */
export function writeExampleCorpora(sourceKey: string, dir = BUILT_CORPUS_DIR): number {
  rmSync(dir, { recursive: true, force: true });
  const written = new Set<string>();
  const store = exampleCorpusStore(sourceKey, { cache: dir });
  useExampleCorpusStore({
    load: () => undefined,
    save(texts, weights) {
      store.save(texts, weights);
      written.add(texts.join('\0'));
    },
  });
  try {
    for (const f of readdirSync(ORGANISATIONS)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort()) {
      const file = path.join(ORGANISATIONS, f);
      const parsed = parseOrganisation(readFileSync(file, 'utf8'), file);
      if (!parsed.ok) throw new Error(`${file} is invalid`);
      prepareAsk(effectiveOrganisation(parsed.organisation));
    }
  } finally {
    useExampleCorpusStore(undefined);
  }
  return written.size;
}
