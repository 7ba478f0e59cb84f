// The baseline ask is measured against: plain full-text search over the agreement texts (TF-IDF on
// normalised words, no stemming, no compounds, no lexicon, no statements), with the same kind of
// score cut-off for "not covered". Kept so bench/ask-accuracy.ts can show what the real ranker adds.
import { tokenise } from '../language/tokenise';
import { STOPWORDS } from '../language/lexicon/stopwords';
import type { EffectiveOrganisation } from '../organisation/types';
import { buildBm25, scoreBm25, type Bm25Index } from './bm25';

const cache = new WeakMap<EffectiveOrganisation, Bm25Index>();

function words(text: string): string[] {
  return tokenise(text)
    .filter((t) => t.kind === 'word' && !STOPWORDS.has(t.norm))
    .map((t) => t.norm);
}

export function baselineSearch(
  query: string,
  org: EffectiveOrganisation,
): { number: number; score: number }[] {
  let index = cache.get(org);
  if (!index) {
    index = buildBm25(org.agreements.map((a, id) => ({ id, terms: words(a.text) })));
    cache.set(org, index);
  }
  const q = new Map(words(query).map((w) => [w, 1]));
  const scores = scoreBm25(index, q);
  return org.agreements
    .map((a, k) => ({ number: a.number, score: scores[k] }))
    .sort((x, y) => y.score - x.score || x.number - y.number);
}

/** Cut-off under which the baseline calls a question not covered (set like ask's, on the dev set). */
export const BASELINE_OUT_OF_SCOPE_BELOW = 2;
