// Which headings govern a place in the document, so a rule can tell a voorwoord or the college's
// overview page (exceptions of agreement 32) from an ordinary article.
import type { CheckDocument } from '../types';
import { isHeading, paragraphIndexAt } from './rule-helpers';

export interface Sections {
  /** The headings above `offset`, nearest first, then the document's title. */
  headingsAt(offset: number): string[];
  /** Text of the first running paragraph after the heading above `offset` (a greeting, a lead). */
  openingAt(offset: number): string;
}

function levelOf(style: string | undefined, isFirst: boolean): number {
  const m = style ? /(\d)/.exec(style) : null;
  if (m) return Number(m[1]);
  if (style && /title|titel/i.test(style)) return 0;
  return isFirst ? 1 : 2;
}

export function sectionsOf(doc: CheckDocument): Sections {
  // For every paragraph: the chain of headings above it (nearest first) and the opening paragraph.
  const chains: string[][] = [];
  const openings: string[] = [];
  let stack: { level: number; text: string }[] = [];
  let opening = '';
  let firstSeen = false;
  for (const p of doc.paragraphs) {
    if (p.text.trim() && isHeading(p)) {
      const level = levelOf(p.style, !firstSeen);
      firstSeen = true;
      stack = stack.filter((h) => h.level < level);
      stack.push({ level, text: p.text.trim() });
      opening = '';
    } else if (p.text.trim()) {
      firstSeen = true;
      if (!opening) opening = p.text.trim();
    }
    chains.push(stack.map((h) => h.text).reverse());
    openings.push(opening);
  }
  return {
    headingsAt(offset) {
      const i = paragraphIndexAt(doc, offset);
      return i < 0 ? [] : chains[i];
    },
    openingAt(offset) {
      const i = paragraphIndexAt(doc, offset);
      return i < 0 ? '' : openings[i];
    },
  };
}
