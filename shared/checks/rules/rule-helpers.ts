// Small lookups the neutrality, style and AI rules share: which agreement to cite, which
// paragraph an offset sits in, whether a paragraph is a heading, and the words of a span.
import type { Token } from '../../language/types';
import type { CheckDocument, DocumentType, Paragraph, RuleContext } from '../types';

/** Public channels of agreement 32 and 22: what every inhabitant reads. */
export const PUBLIC_CHANNELS: ReadonlySet<DocumentType> = new Set(['infoblad', 'website', 'sociale-media']);

/**
 * Whether every type the document may be passes the test. A rule for some channels (signatures on
 * letters, the contact block on press releases) applies only then: while detection is unsure
 * between a letter and a web text, neither's own rules are certain to hold.
 */
export function everyType(ctx: RuleContext, test: (type: DocumentType) => boolean): boolean {
  return ctx.types.every(test);
}

/** Whether one of the types the document may be passes the test (for exceptions a type allows). */
export function someType(ctx: RuleContext, test: (type: DocumentType) => boolean): boolean {
  return ctx.types.some(test);
}

/**
 * Of the types the document may be, the one whose limit is most lenient (the highest when
 * `highest`, else the lowest): a finding against that limit holds whatever the type turns out to be.
 */
export function lenientType(
  ctx: RuleContext,
  limit: (type: DocumentType) => number,
  highest: boolean,
): DocumentType {
  let best = ctx.type;
  for (const t of ctx.types) if (highest ? limit(t) > limit(best) : limit(t) < limit(best)) best = t;
  return best;
}

/**
 * The first of `numbers` the organisation adopted, so a rule resting on several agreements
 * (30/31/18) still reports when one of them is omitted; null when none is adopted.
 */
export function adoptedAgreement(ctx: RuleContext, numbers: readonly number[]): number | null {
  for (const n of numbers) if (ctx.org.byNumber.has(n)) return n;
  return null;
}

/** Index of the paragraph holding `offset` (binary search; -1 when none does). */
export function paragraphIndexAt(doc: CheckDocument, offset: number): number {
  const ps = doc.paragraphs;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = ps[mid];
    if (offset < p.start) hi = mid - 1;
    else if (offset > p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const HEADING_STYLE = /heading|kop|title|titel|ondertitel|subtitle/i;

/**
 * A heading: styled as one (Word, Markdown), or a short line that starts with a capital and ends
 * without sentence punctuation, as plain-text writers type headings.
 */
export function isHeading(p: Paragraph): boolean {
  if (p.style && HEADING_STYLE.test(p.style)) return true;
  if (p.style && /list/i.test(p.style)) return false;
  const text = p.text.trim();
  if (!text || text.length > 80 || /[.!?:;,…"”'’)]$/u.test(text)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  return text.split(/\s+/).length <= 8;
}

/** Paragraphs of the running text (body and tables), not headers and footers. */
export function isRunningText(p: Paragraph): boolean {
  return p.location === 'body' || p.location === 'table';
}

/** Whether a token is a word (tokens made elsewhere may lack a kind). */
export function isWord(t: Token): boolean {
  return t.kind === undefined || t.kind === 'word';
}

/** Index of the first token starting at or after `offset` (binary search). */
export function firstTokenAt(words: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first letter in upper case, to follow the excerpt's capital in a replacement. */
export function matchCapital(replacement: string, excerpt: string): string {
  if (!replacement || !/^\p{Lu}/u.test(excerpt)) return replacement;
  // A word in a heading written in capitals ("BIJKOMENDE INFORMATIE") stays in capitals.
  if (excerpt.length > 1 && excerpt === excerpt.toLocaleUpperCase('nl-BE'))
    return replacement.toLocaleUpperCase('nl-BE');
  return replacement[0].toLocaleUpperCase('nl-BE') + replacement.slice(1);
}

/** The sentence (index into ctx.sentences) holding `offset`, or -1. */
export function sentenceIndexAt(ctx: RuleContext, offset: number): number {
  const ss = ctx.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
