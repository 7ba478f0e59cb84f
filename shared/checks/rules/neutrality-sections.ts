// Which headings govern a place in the document, so a rule can tell a voorwoord or the college's
// overview page (exceptions of agreement 32) from an ordinary article.
import type { CheckDocument } from '../types';
import { isHeading, paragraphIndexAt } from './rule-helpers';

/** Lines that open a section whatever their form ("Voorwoord van de burgemeester:", "Edito"). */
const SECTION_TITLE =
  /^\W{0,3}(?:voorwoord|woord vooraf|editoriaal|edito|een woordje van|woordje van)\b.{0,80}$/iu;

export interface Sections {
  /** The headings above `offset`, nearest first, then the document's title. */
  headingsAt(offset: number): string[];
  /** Text of the first running paragraph after the heading above `offset` (a greeting, a lead). */
  openingAt(offset: number): string;
  /** Whether the section around `offset` ends with a signature line (a signed piece: a voorwoord). */
  signedAt(offset: number): boolean;
}

function levelOf(style: string | undefined, isFirst: boolean): number {
  const m = style ? /(\d)/.exec(style) : null;
  if (m) return Number(m[1]);
  if (style && /title|titel/i.test(style)) return 0;
  return isFirst ? 1 : 2;
}

/**
 * @param isSignature tells a signature line ("An Peeters", "burgemeester") from a heading: both
 *   are short lines without a full stop, but a name under a text closes it rather than opens a new
 *   section. Styled headings (Word, Markdown) stay headings.
 */
export function sectionsOf(
  doc: CheckDocument,
  isSignature: (text: string) => boolean = () => false,
): Sections {
  // For every paragraph: the chain of headings above it (nearest first), the opening paragraph,
  // and which section it belongs to.
  const chains: string[][] = [];
  const openings: string[] = [];
  const sectionOf: number[] = [];
  const signed: boolean[] = [];
  let stack: { level: number; text: string }[] = [];
  let opening = '';
  let firstSeen = false;
  let section = 0;
  let lastLines: string[] = [];
  const closeSection = () => {
    signed[section] = lastLines.some(isSignature);
    lastLines = [];
  };
  for (const p of doc.paragraphs) {
    const text = p.text.trim();
    const styled = !!p.style && /heading|kop|title|titel/i.test(p.style);
    if (text && (styled || SECTION_TITLE.test(text) || (isHeading(p) && !isSignature(text)))) {
      closeSection();
      section++;
      const level = levelOf(p.style, !firstSeen);
      firstSeen = true;
      stack = stack.filter((h) => h.level < level);
      stack.push({ level, text });
      opening = '';
    } else if (text) {
      firstSeen = true;
      if (!opening) opening = text;
      lastLines = [...lastLines.slice(-1), text];
    }
    chains.push(stack.map((h) => h.text).reverse());
    openings.push(opening);
    sectionOf.push(section);
  }
  closeSection();
  return {
    headingsAt(offset) {
      const i = paragraphIndexAt(doc, offset);
      return i < 0 ? [] : chains[i];
    },
    openingAt(offset) {
      const i = paragraphIndexAt(doc, offset);
      return i < 0 ? '' : openings[i];
    },
    signedAt(offset) {
      const i = paragraphIndexAt(doc, offset);
      return i >= 0 && !!signed[sectionOf[i]];
    },
  };
}
