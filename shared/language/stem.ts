// Dutch stemming with the Snowball algorithm, on normalised words. `@orama/stemmers/dutch` is the
// Snowball Dutch stemmer alone (~7 KB), so the browser bundles don't carry every language; its stems
// equal those of `snowball-stemmers` (checked on every word of the seed and the questions).
import { stemmer as dutchStem } from '@orama/stemmers/dutch';
import { normalise } from './normalise';

const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();
const matchCache = new Map<string, string>();

/** Looks a word up in a bounded cache, else computes it from the normalised word (case, diacritics). */
function cached(store: Map<string, string>, word: string, compute: (normalised: string) => string): string {
  const hit = store.get(word);
  if (hit !== undefined) return hit;
  const result = compute(normalise(word));
  if (store.size >= CACHE_LIMIT) store.clear();
  store.set(word, result);
  return result;
}

/** The Snowball Dutch stem of a word; the input is normalised first (case, diacritics). */
export function stem(word: string): string {
  return cached(cache, word, dutchStem);
}

const VERB_ENDING = /[^aeiou][aeiou]{1,2}[^aeiou]?[td]$/;

/**
 * Nouns with an -eren plural, which Snowball stems apart from their singular (kinderen -> kinder,
 * kind -> kind): "foto's van kinderen" and "een foto van een kind" must meet.
 */
const EREN_PLURALS = new Map([
  ['kinderen', 'kind'],
  ['kindere', 'kind'],
  ['liederen', 'lied'],
  ['bladeren', 'blad'],
  ['eieren', 'ei'],
  ['volkeren', 'volk'],
  ['raderen', 'rad'],
  ['kalveren', 'kalf'],
  ['lammeren', 'lam'],
]);

/**
 * A stem for matching words against each other (both sides must use it): Snowball Dutch, after
 * dropping the -t/-d of present and past verb forms and the ge- of a participle, which Snowball
 * leaves in place (beheert/beheren, verstuurd/versturen, gepubliceerd/publiceren). Nouns that end
 * in t or d lose it too (project -> projec), harmlessly, as long as both sides are stemmed alike.
 */
export function matchStem(word: string): string {
  return cached(matchCache, word, (normalised) => {
    let w = EREN_PLURALS.get(normalised) ?? normalised;
    if (w.length >= 6 && VERB_ENDING.test(w)) {
      w = w.slice(0, -1);
      if (w.startsWith('ge') && w.length >= 7) w = w.slice(2);
    }
    return dutchStem(w);
  });
}
