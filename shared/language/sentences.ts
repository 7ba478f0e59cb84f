// Dutch sentence splitting with exact offsets. A sentence ends at . ! ? or … followed by a space
// and a capital, digit or quote, except after an abbreviation (vb., o.a., dhr., nr. …), an initial
// (J. Peeters) or a list number (1. …). A line break always ends a sentence: headings, list items
// and paragraphs rarely end in a full stop.
import { MAYBE_FINAL, NEVER_FINAL } from './abbreviations';
import { normalise } from './normalise';
import type { Span } from './types';

const TERMINATOR = /(?:\.{3}|…|[.!?]+)['"’”»)\]]*/gu;
const ELIDED = /^[’'‘][stn][\s-]/u;
const LIST_MARKER = /^(?:[•·▪◦*\-–—]|\d{1,2}[.)]|[a-z][.)])\s+/u;

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const lineRe = /[^\n\r]+/g;
  for (const line of text.matchAll(lineRe)) {
    splitLine(text, line.index, line.index + line[0].length, out);
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  const line = text.slice(from, to);
  const leading = line.length - line.trimStart().length;
  // A list marker (•, -, 1., a)) is not part of the sentence.
  const marker = LIST_MARKER.exec(line.slice(leading));
  let start = from + leading + (marker ? marker[0].length : 0);
  for (const m of line.matchAll(TERMINATOR)) {
    const endInLine = m.index + m[0].length;
    const absEnd = from + endInLine;
    if (absEnd <= start) continue;
    if (!isBoundary(text, from + m.index, absEnd, to, start)) continue;
    push(text, start, absEnd, out);
    start = absEnd;
  }
  push(text, start, to, out);
}

function push(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

function isBoundary(
  text: string,
  termStart: number,
  termEnd: number,
  lineEnd: number,
  sentenceStart: number,
): boolean {
  if (termEnd >= lineEnd) return true;
  // Needs whitespace after: "3.5", "kortom.be" and "o.a.de" are no boundaries.
  if (!/\s/u.test(text[termEnd])) return false;
  let next = termEnd;
  while (next < lineEnd && /\s/u.test(text[next])) next++;
  if (next >= lineEnd) return true;
  const nextChar = text[next];
  // "’s Morgens", "'t Is": an elided article opens a sentence in lower case after its apostrophe.
  const startsUpper = /[\p{Lu}\p{N}"'“‘(«•·]/u.test(nextChar) || ELIDED.test(text.slice(next, next + 3));
  const term = text.slice(termStart, termEnd);
  const isEllipsis = term.startsWith('...') || term.startsWith('…');
  if (!term.startsWith('.') || isEllipsis) {
    // ! ? and … end a sentence only when a new one visibly starts.
    return startsUpper;
  }
  const before = wordBefore(text, termStart, sentenceStart);
  if (before) {
    const norm = normalise(before);
    if (NEVER_FINAL.has(norm)) return false;
    if (MAYBE_FINAL.has(norm)) return startsUpper;
    // An initial: "J. Peeters".
    if (/^\p{Lu}$/u.test(before)) return false;
  }
  return startsUpper;
}

/** The word (letters and inner dots) right before a full stop: 'o.a' for "o.a.", 'vb' for "vb.". */
function wordBefore(text: string, pos: number, limit: number): string {
  let i = pos;
  while (i > limit && /[\p{L}\p{M}.]/u.test(text[i - 1])) i--;
  return text.slice(i, pos);
}
