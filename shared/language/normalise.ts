// One canonical form of Dutch text for matching: lower case, diacritics folded, one kind of quote,
// apostrophe and dash. Users type "één", "een", "ÉÉN" or "financiele" for the same word, and Word
// writes curly quotes where a chat client writes straight ones.

const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC]/g;
const QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds diacritics and unifies quotes/apostrophes/dashes, without changing case. */
export function foldCharacters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, '-');
}

/** Lower case, diacritics folded ('één' -> 'een', 'financiële' -> 'financiele'), quotes unified. */
export function normalise(text: string): string {
  return foldCharacters(text).toLowerCase();
}
