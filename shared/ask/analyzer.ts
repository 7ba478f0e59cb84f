// The analyzer ask uses: the lexicon plus every word of the catalogue (all agreements, variants and
// statements), so the speller and the compound splitter know the agreements' own vocabulary.
import { catalogueEntries } from '../catalogue';
import { createAnalyzer, tokenise, type Analyzer } from '../language';

let analyzer: Analyzer | null = null;

export function askAnalyzer(): Analyzer {
  if (analyzer) return analyzer;
  const words = new Set<string>();
  const add = (text: string | undefined) => {
    if (!text) return;
    for (const t of tokenise(text))
      if (t.kind === 'word') for (const w of t.norm.split('-')) if (w) words.add(w);
  };
  for (const { agreement: a, section } of catalogueEntries()) {
    add(section.title);
    add(a.lead);
    add(a.tail);
    for (const p of a.points) add(`${p.title ?? ''} ${p.text}`);
    for (const v of a.variants) {
      add(v.text);
      for (const s of v.statements) add(s.summary);
    }
    for (const s of a.statements) add(s.summary);
  }
  analyzer = createAnalyzer(words);
  return analyzer;
}
