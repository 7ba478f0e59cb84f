// Lexicon-driven compound splitting. Dutch writes compounds as one word (persbericht,
// socialemediapagina, verkiezingsfolder); users and the agreements pick different compounds for the
// same thing, so both sides are split into known parts. Linking letters (-s-, -e-, -en-) are dropped:
// verkiezingsfolder -> verkiezing + folder, beleidsplan -> beleid + plan.

/** Shortest part accepted (tab + blad is no compound of 'blad'); shorter known parts are listed. */
const MIN_PART = 4;
const SHORT_PARTS = new Set([
  'tv',
  'ai',
  'fb',
  'mt',
  'gr',
  'web',
  'app',
  'bib',
  'gsm',
  'pr',
  'ict',
  'hr',
  'ocmw',
]);
const LINKS = ['s', 'e', 'en'];
const MAX_PARTS = 4;
const MAX_LENGTH = 40;

/**
 * Splits a normalised word into known parts, or returns null when it is no compound of known
 * parts. Fewest parts win; among equal counts the split with the longest last part (the head).
 */
export function splitCompound(word: string, isKnown: (part: string) => boolean): string[] | null {
  const w = word.replace(/-/g, '');
  // No Dutch compound is this long; a pasted hash or URL fragment should not cost quadratic time.
  if (w.length < 5 || w.length > MAX_LENGTH) return null;
  // best[i]: fewest parts covering w[0..i), with the parts.
  const best: (string[] | null)[] = new Array(w.length + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < w.length; i++) {
    const before = best[i];
    if (!before || before.length >= MAX_PARTS) continue;
    for (let j = i + 1; j <= w.length; j++) {
      if (i === 0 && j === w.length) continue; // the word itself is no split
      const part = w.slice(i, j);
      if (part.length < MIN_PART && !SHORT_PARTS.has(part)) continue;
      if (!isKnown(part)) continue;
      consider(best, j, [...before, part]);
      // A linking letter after a non-final part.
      for (const link of LINKS) {
        if (j + link.length < w.length && w.startsWith(link, j))
          consider(best, j + link.length, [...before, part]);
      }
    }
  }
  const result = best[w.length];
  return result && result.length >= 2 ? result : null;
}

function consider(best: (string[] | null)[], at: number, parts: string[]): void {
  const current = best[at];
  if (
    !current ||
    parts.length < current.length ||
    (parts.length === current.length && parts[parts.length - 1].length > current[current.length - 1].length)
  ) {
    best[at] = parts;
  }
}
