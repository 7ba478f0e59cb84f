// Matching text while keeping offsets: the language fold that maps every UTF-16 unit to exactly one
// unit, so a match's index in the folded text is its index in the document ('één' -> 'een').
import { foldKeepLength } from '../language/normalise';
import { isContent } from './document';
import type { CheckDocument } from './types';

export { foldKeepLength };

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
