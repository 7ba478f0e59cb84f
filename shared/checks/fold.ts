// Matching text while keeping offsets: a fold that maps every UTF-16 unit to exactly one unit, so
// a match's index in the folded text is its index in the document ('één' -> 'een', 'É' -> 'e').
import { isContent } from './document';
import type { CheckDocument } from './types';

const SPECIAL: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u00B4': "'",
  '\u0060': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u202F': ' ',
};

const cache = new Map<string, string>();

function foldUnit(ch: string): string {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  let out = SPECIAL[ch];
  if (out === undefined) {
    const base = ch.normalize('NFD')[0] ?? ch;
    const lower = base.toLowerCase();
    out = lower.length === 1 ? lower : ch;
  }
  cache.set(ch, out);
  return out;
}

/** Lower case, diacritics and quote styles folded, same length as the input. */
export function foldKeepLength(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    else out += foldUnit(text[i]);
  }
  return out;
}

/** The document's text folded once, for rules that search it with patterns. */
export function foldedText(doc: CheckDocument): string {
  return foldKeepLength(doc.text);
}

/** Whether an offset lies in the running text (not a header or footer). */
export function contentAt(doc: CheckDocument, offset: number): boolean {
  const p = paragraphAt(doc, offset);
  return p ? isContent(p) : false;
}

/** The paragraph holding an offset (binary search over the ordered paragraphs). */
export function paragraphAt(doc: CheckDocument, offset: number) {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = doc.paragraphs[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}
