// The tab's search: ask's ranking, with the catalogue's example questions once they have arrived.
// They are a separate chunk (over 100 KB gzipped), fetched when someone first types in the search
// field, so the list shows without waiting for them; until they arrive the search ranks on the
// agreements' own words, and the next keystroke uses them.
import type { ExampleSource } from '../../shared/ask/example-index';
import { searchAgreements, searchClarification } from '../../shared/ask/search';
import type { AgreementSearch } from './pages/agreements-page';

export function createAgreementSearch(
  load: () => Promise<ExampleSource> = async () =>
    (await import('../../shared/catalogue/examples/index.js')).allExamples(),
): AgreementSearch {
  let examples: ExampleSource = new Map();
  let loading: Promise<void> | undefined;
  const search = (query: string, org: Parameters<AgreementSearch>[1], limit: number) => {
    if (query.trim() && !loading)
      loading = load()
        .then((loaded) => {
          examples = loaded;
        })
        // Without them the search still works, on the agreements' own words.
        .catch(() => undefined);
    return searchAgreements(query, org, limit, examples);
  };
  // The same question back as the bot, once the examples are there (the second stage needs them).
  return Object.assign(search, {
    clarify: (query: string, org: Parameters<AgreementSearch>[1]) =>
      searchClarification(query, org, examples),
  });
}
