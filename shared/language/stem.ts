// Dutch stemming with the Snowball algorithm (package `snowball-stemmers`), on normalised words.
import { newStemmer } from 'snowball-stemmers';

const dutch = newStemmer('dutch');
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The Snowball Dutch stem of a word; the input is normalised first (case, diacritics). */
export function stem(word: string): string {
  const key = word;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const folded = word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const result = dutch.stem(folded);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
