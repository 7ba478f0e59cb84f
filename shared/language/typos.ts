// Typo tolerance against a closed vocabulary (the lexicon's words, and whatever the caller adds):
// 'persbricht' -> 'persbericht', 'facebok' -> 'facebook', 'burgemeeser' -> 'burgemeester'. Only
// words the vocabulary does not know are corrected, and only within a small edit distance that grows
// with word length, so ordinary words are not bent into domain words.

/** Allowed edits (optimal string alignment distance) for a word of this length. */
export function maxEdits(length: number): number {
  if (length < 5) return 0;
  // Two edits only for long words: 'verdieping' is two edits from 'verkiezing'.
  if (length < 11) return 1;
  return 2;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped at limit + 1. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prevPrev = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prevPrev[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[n];
}

/**
 * A spelling key that folds what sounds alike in Dutch, so that a writer who spells by ear still
 * reaches the word: g/ch ('persberigt'), ij/ei/y ('rijdt'/'reid'), d/t/dt at the end of a word or
 * syllable ('antwoort', 'wordt'/'word'), c/k ('kommunicatie'), ph/f, th/t, au/ou, doubled letters
 * ('facebok', 'comunicatie') and a silent final -n ('verkiezinge').
 */
export function soundKey(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ch/g, 'g')
    .replace(/(?:ij|ei|y)/g, 'ei')
    .replace(/au/g, 'ou')
    .replace(/c(?=[aoulrt]|$)/g, 'k')
    .replace(/(?:dt|d)(?=$|[^aeiouy])/g, 't')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/en$/, 'e');
}

/** Longer tokens (hashes, pasted fragments) are no typos of a domain word. */
const MAX_WORD = 30;

export interface Speller {
  /** The closest vocabulary word within reach, or null (also for words the vocabulary knows). */
  correct(word: string): string | null;
  knows(word: string): boolean;
}

export function createSpeller(vocabulary: Iterable<string>): Speller {
  const known = new Set<string>();
  const byLength = new Map<number, string[]>();
  // Sound keys that stand for one vocabulary word only; an ambiguous key corrects nothing.
  const bySound = new Map<string, string | null>();
  for (const w of vocabulary) {
    if (known.has(w)) continue;
    known.add(w);
    if (w.length < 5 || /[^a-z]/.test(w)) continue;
    const key = soundKey(w);
    bySound.set(key, bySound.has(key) && bySound.get(key) !== w ? null : w);
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  const cache = new Map<string, string | null>();
  return {
    knows: (word) => known.has(word),
    correct(word) {
      if (known.has(word) || word.length > MAX_WORD) return null;
      const hit = cache.get(word);
      if (hit !== undefined) return hit;
      const limit = maxEdits(word.length);
      let best: string | null = null;
      let bestDistance = limit + 1;
      for (let len = word.length - limit; len <= word.length + limit && limit > 0; len++) {
        for (const candidate of byLength.get(len) ?? []) {
          // Typos rarely hit the first letter; requiring it keeps far-fetched corrections out.
          if (candidate[0] !== word[0]) continue;
          const d = editDistance(word, candidate, Math.min(limit, bestDistance));
          if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
          }
        }
      }
      // Spelled by ear: one distance further than the letters allow, only when it sounds the same.
      if (!best && word.length >= 5) {
        const sound = bySound.get(soundKey(word));
        if (sound && editDistance(word, sound, limit + 2) <= limit + 2) best = sound;
      }
      if (cache.size > 20_000) cache.clear();
      cache.set(word, best);
      return best;
    },
  };
}
