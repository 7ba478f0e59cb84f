// One canonical form of Dutch text for matching: lower case, diacritics folded, one kind of quote,
// apostrophe, dash and space. Users type "één", "een", "ÉÉN" or "financiele" for the same word,
// and Word writes curly quotes where a chat client writes straight ones.
//
// Two shapes of the same fold: `normalise` for matching a question or a name (it may change the
// length: 'ﬁ' -> 'fi'), and `foldKeepLength` for the checker, which must map a match in the folded
// text back to the document's offsets and so folds every UTF-16 unit into exactly one unit.

const APOSTROPHE_CHARS = '\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC';
const QUOTE_CHARS = '\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033';
const DASH_CHARS = '\u2010\u2011\u2012\u2013\u2014\u2212';
const SPACE_CHARS = '\u00A0\u202F';

const APOSTROPHES = new RegExp(`[${APOSTROPHE_CHARS}]`, 'g');
const QUOTES = new RegExp(`[${QUOTE_CHARS}]`, 'g');
const DASHES = new RegExp(`[${DASH_CHARS}]`, 'g');
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

const SPECIAL = new Map<string, string>([
  ...[...APOSTROPHE_CHARS].map((c) => [c, "'"] as const),
  ...[...QUOTE_CHARS].map((c) => [c, '"'] as const),
  ...[...DASH_CHARS].map((c) => [c, '-'] as const),
  ...[...SPACE_CHARS].map((c) => [c, ' '] as const),
]);

const unitCache = new Map<string, string>();

function foldUnit(ch: string): string {
  const cached = unitCache.get(ch);
  if (cached !== undefined) return cached;
  let out = SPECIAL.get(ch);
  if (out === undefined) {
    // The base letter of a decomposed character; a unit that would fold into more than one
    // ('ß', a lone surrogate of an emoji) stays as it is, so offsets never shift.
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    out = lower.length === 1 ? lower : ch;
  }
  unitCache.set(ch, out);
  return out;
}

/** Lower case, diacritics and quote styles folded, same length as the input: offsets carry over. */
export function foldKeepLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else out += foldUnit(text[i]);
  }
  return out;
}
