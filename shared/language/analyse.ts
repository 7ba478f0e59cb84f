// From a question (or an agreement text) to what ranking needs: the normalised words with compound
// parts and typos repaired, their stems, and the lexicon's roles, actions and objects found in it.
import { splitCompound } from './compounds';
import { COMPOUND_PARTS, lexiconEntries, STOPWORDS, type LexiconEntry, type LexiconKind } from './lexicon';
import { matchStem, stem } from './stem';
import { tokenise } from './tokenise';
import { createSpeller, type Speller } from './typos';
import type { Token } from './types';

export interface LexiconMatch {
  kind: LexiconKind;
  id: string;
  /** The lexicon term that matched ('sociale media'). */
  term: string;
  /** Offsets of the matched words in the analysed text. */
  start: number;
  end: number;
  /** The match needed a typo correction. */
  corrected: boolean;
}

export interface Correction {
  from: string;
  to: string;
  start: number;
  end: number;
}

export interface Analysis {
  /** The analysed text. */
  text: string;
  tokens: Token[];
  /** Content words for text ranking: each word (repaired) and the parts of its compound, no stopwords. */
  words: string[];
  /** Matching stems of `words` (Snowball plus Dutch verb endings, see matchStem). */
  stems: string[];
  matches: LexiconMatch[];
  corrections: Correction[];
}

interface Unit {
  word: string;
  token: Token;
  corrected: boolean;
}

export interface Analyzer {
  analyse(text: string): Analysis;
  /** Compound parts of a normalised word, or null. */
  split(word: string): string[] | null;
  speller: Speller;
}

/** Diminutive endings, singular and plural (kampje, kindjes, fotootjes). */
const DIMINUTIVE = /(?:etje|tje|pje|kje|je)s?$/;
const MAX_PHRASE = 6;
/** Particles of Dutch separable verbs (voorstellen: "stel … voor"). */
const PARTICLES = new Set([
  'voor',
  'door',
  'aan',
  'op',
  'in',
  'na',
  'goed',
  'uit',
  'mee',
  'af',
  'bij',
  'terug',
  'toe',
  'over',
]);

/**
 * An analyzer over the lexicon plus extra known words (e.g. the words of the agreement texts), so
 * the speller and the compound splitter know the domain's vocabulary.
 */
export function createAnalyzer(extraVocabulary: Iterable<string> = []): Analyzer {
  const entries = lexiconEntries();
  const phrases = new Map<string, LexiconEntry[]>();
  const singleByStem = new Map<string, LexiconEntry[]>();
  const lexiconWords = new Set<string>();
  for (const e of entries) {
    const key = e.words.join(' ');
    push(phrases, key, e);
    if (e.words.length === 1) push(singleByStem, stem(e.words[0]), e);
    for (const w of e.words) lexiconWords.add(w);
  }
  const separable = new Map<string, LexiconEntry[]>();
  for (const e of entries)
    if (e.words.length === 2 && PARTICLES.has(e.words[1])) push(separable, e.words[0], e);
  const parts = new Set<string>([...lexiconWords, ...COMPOUND_PARTS]);
  for (const w of extraVocabulary) if (w.length >= 4 && !STOPWORDS.has(w) && /^[a-z]+$/.test(w)) parts.add(w);
  for (const w of STOPWORDS) parts.delete(w);
  const speller = createSpeller([...parts, ...STOPWORDS]);
  const splitCache = new Map<string, string[] | null>();
  const isPart = (p: string) => parts.has(p);
  const split = (word: string): string[] | null => {
    let hit = splitCache.get(word);
    if (hit === undefined) {
      hit = splitCompound(word, isPart);
      if (splitCache.size > 20_000) splitCache.clear();
      splitCache.set(word, hit);
    }
    return hit;
  };
  // Inflections (folders, persberichten) match by stem, but Snowball also cuts derivations
  // (opening -> open, openbaar -> open): accept only a term that the word extends or that extends
  // the word by a few letters.
  const byStem = (w: string): LexiconEntry[] | undefined => {
    const found = singleByStem.get(stem(w))?.filter((e) => {
      const t = e.words[0];
      return Math.abs(t.length - w.length) <= 3 && (t.startsWith(w) || w.startsWith(t));
    });
    return found?.length ? found : undefined;
  };
  const isLexical = (w: string) => phrases.has(w) || byStem(w) !== undefined;

  function unitsOf(token: Token, out: Unit[], corrections: Correction[]): void {
    const norm = token.norm.replace(/^-+|-+$/g, '').replace(/^'+|'+$/g, '');
    if (!norm) return;
    if (norm.includes('-') && !phrases.has(norm)) {
      for (const piece of norm.split('-')) if (piece) resolve(piece, token, out, corrections);
      return;
    }
    resolve(norm, token, out, corrections);
  }

  function resolve(word: string, token: Token, out: Unit[], corrections: Correction[]): void {
    if (STOPWORDS.has(word) || isLexical(word) || /\d/.test(word)) {
      out.push({ word, token, corrected: false });
      return;
    }
    // A diminutive of a known word: persberichtje, kampje, foldertje, kindjes.
    if (DIMINUTIVE.test(word)) {
      const base = word.replace(DIMINUTIVE, '');
      if (base.length >= 3 && (isLexical(base) || parts.has(base) || split(base))) {
        resolve(base, token, out, corrections);
        return;
      }
    }
    const pieces = split(word);
    if (pieces) {
      for (const p of pieces) out.push({ word: p, token, corrected: false });
      return;
    }
    if (speller.knows(word)) {
      out.push({ word, token, corrected: false });
      return;
    }
    const fixed = speller.correct(word);
    if (fixed) {
      corrections.push({ from: word, to: fixed, start: token.start, end: token.end });
      const fixedParts = isLexical(fixed) ? null : split(fixed);
      for (const p of fixedParts ?? [fixed]) out.push({ word: p, token, corrected: true });
      return;
    }
    out.push({ word, token, corrected: false });
  }

  function analyse(text: string): Analysis {
    const tokens = tokenise(text);
    const units: Unit[] = [];
    const corrections: Correction[] = [];
    for (const t of tokens) if (t.kind === 'word') unitsOf(t, units, corrections);

    const matches: LexiconMatch[] = [];
    const match = (e: LexiconEntry, first: Unit, last: Unit, corrected: boolean) =>
      matches.push({
        kind: e.kind,
        id: e.id,
        term: e.words.join(' '),
        start: first.token.start,
        end: last.token.end,
        corrected,
      });
    for (let i = 0; i < units.length;) {
      let matchedLength = 0;
      for (let len = Math.min(MAX_PHRASE, units.length - i); len >= 1; len--) {
        const slice = units.slice(i, i + len);
        const key = slice.map((u) => u.word).join(' ');
        let found = phrases.get(key);
        if (!found && len === 1 && !STOPWORDS.has(key) && key.length >= 3) found = byStem(key);
        if (!found) continue;
        const corrected = slice.some((u) => u.corrected);
        // Expansions only add search words: they take no words away from roles, actions, objects.
        for (const e of found)
          if (e.kind === 'expansion') match(e, slice[0], slice[slice.length - 1], corrected);
        const terms = found.filter((e) => e.kind !== 'expansion');
        if (!terms.length) continue;
        for (const e of terms) match(e, slice[0], slice[slice.length - 1], corrected);
        // The first word of a phrase may be a term of its own: 'helpen' in 'helpen met'. (Later
        // words are not: 'media' in 'sociale media' is no press.)
        const head = slice[0];
        if (len > 1 && !STOPWORDS.has(head.word)) {
          for (const e of phrases.get(head.word) ?? byStem(head.word) ?? []) {
            if (!terms.some((f) => f.kind === e.kind && f.id === e.id)) match(e, head, head, head.corrected);
          }
        }
        matchedLength = len;
        break;
      }
      i += Math.max(1, matchedLength);
    }

    // Separable verbs: "stel … voor", "geef het door", "keurt dat goed". A two-word term whose
    // second word is a particle also matches with up to five words in between, in one sentence.
    for (let i = 0; i < units.length; i++) {
      const candidates = separable.get(units[i].word);
      if (!candidates) continue;
      for (let j = i + 2; j < Math.min(units.length, i + 7); j++) {
        if (/[.?!;]/.test(text.slice(units[j - 1].token.end, units[j].token.start))) break;
        for (const e of candidates) {
          if (e.words[1] !== units[j].word) continue;
          if (matches.some((m) => m.kind === e.kind && m.id === e.id)) continue;
          match(e, units[i], units[j], units[i].corrected);
        }
      }
    }

    const words: string[] = [];
    let lastToken: Token | null = null;
    for (const u of units) {
      // Keep the whole compound too: 'persbericht' matches an agreement that writes 'persbericht'.
      if (u.token !== lastToken && u.token.kind === 'word') {
        const whole = u.token.norm.replace(/^-+|-+$/g, '');
        if (whole !== u.word && !u.corrected && !STOPWORDS.has(whole) && whole.length > 2) words.push(whole);
        lastToken = u.token;
      }
      if (!STOPWORDS.has(u.word) && u.word.length > 1) words.push(u.word);
    }
    return { text, tokens, words, stems: words.map(matchStem), matches, corrections };
  }

  return { analyse, split, speller };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

let defaultAnalyzer: Analyzer | null = null;

/** Analyses text with the lexicon only (no extra vocabulary). */
export function analyse(text: string): Analysis {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyse(text);
}

/** Splits a normalised compound with the lexicon's words: 'persbericht' -> ['pers', 'bericht']. */
export function splitWord(word: string): string[] | null {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.split(word);
}
