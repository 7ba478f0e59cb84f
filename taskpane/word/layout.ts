// Pure bookkeeping between Word's paragraphs and the checker's plain text: which paragraph is a
// table cell, where each paragraph starts, and how to find start..end again with Word's search.
// No office-js here, so it is tested directly.
import type { ParagraphInput } from '../../shared/checks/document';
import type { ParagraphLocation } from '../../shared/checks/types';

/** A body in Word that can be searched: the main body or the first section's header/footer. */
export type Container = 'body' | 'header' | 'footer';

export interface WordParagraph extends ParagraphInput {
  location: ParagraphLocation;
  container: Container;
}

export interface RawParagraph {
  text: string;
  style?: string;
  styleBuiltIn?: string;
  tableNestingLevel?: number;
}

export interface RawTable {
  /** Cell texts; a cell with several paragraphs has them separated by line breaks. */
  values: string[][];
}

/** Word's own style names are localised ('Kop 1'); the built-in id is not ('Heading1'). */
function styleOf(p: RawParagraph): string | undefined {
  if (p.styleBuiltIn && p.styleBuiltIn !== 'Other')
    return p.styleBuiltIn.replace(/^([A-Za-z]+)(\d+)$/, '$1 $2');
  return p.style || undefined;
}

/** Which (table, row, column) each successive table paragraph belongs to, cell by cell. */
function* cellsOf(table: RawTable | undefined, index: number) {
  let last = { table: index, row: 0, column: 0 };
  if (table) {
    for (let row = 0; row < table.values.length; row++) {
      for (let column = 0; column < table.values[row].length; column++) {
        last = { table: index, row, column };
        const paragraphs = String(table.values[row][column] ?? '').split(/\r\n|\r|\n/).length;
        for (let i = 0; i < paragraphs; i++) yield last;
      }
    }
  }
  // More paragraphs than the values suggest (nested tables): keep them in the last cell.
  for (;;) yield last;
}

/**
 * Header, body (with table cells) and footer paragraphs in reading order. A run of consecutive
 * paragraphs inside a table is one table: Word always keeps a paragraph between two tables.
 */
export function layoutParagraphs(
  body: readonly RawParagraph[],
  tables: readonly RawTable[],
  header: readonly RawParagraph[] = [],
  footer: readonly RawParagraph[] = [],
): WordParagraph[] {
  const plain = (p: RawParagraph, location: ParagraphLocation, container: Container): WordParagraph => {
    const style = styleOf(p);
    return { text: p.text, location, container, ...(style ? { style } : {}) };
  };
  const out: WordParagraph[] = header.map((p) => plain(p, 'header', 'header'));
  let tableIndex = -1;
  let cells: Generator<{ table: number; row: number; column: number }> | undefined;
  for (const p of body) {
    if ((p.tableNestingLevel ?? 0) > 0) {
      if (!cells) {
        tableIndex++;
        cells = cellsOf(tables[tableIndex], tableIndex);
      }
      out.push({ ...plain(p, 'table', 'body'), cell: { ...cells.next().value! } });
    } else {
      cells = undefined;
      out.push(plain(p, 'body', 'body'));
    }
  }
  for (const p of footer) out.push(plain(p, 'footer', 'footer'));
  return out;
}

/** One Word search that finds a piece of start..end: the `index`-th of `total` occurrences. */
export interface SearchStep {
  text: string;
  /** The same text in Word's search syntax. */
  query: string;
  index: number;
  total: number;
}

export interface SearchPlan {
  container: Container;
  /** One step, or two (start and end) when the excerpt is longer than Word can search for. */
  steps: SearchStep[];
}

/** Word's search strings are limited to 255 characters; leave room for escapes. */
const MAX_SEARCH = 200;

/**
 * How to find start..end of the last read again: the text, and which occurrence of it in its
 * container (body, header or footer), counting non-overlapping matches as Word's search does.
 */
export function planSearch(paragraphs: readonly WordParagraph[], start: number, end: number): SearchPlan {
  let offset = 0;
  const spans = paragraphs.map((p) => {
    const span = { p, start: offset, end: offset + p.text.length };
    offset = span.end + 1;
    return span;
  });
  const length = Math.max(0, offset - 1);
  const at = spans.find((s) => start >= s.start && start <= s.end);
  if (!at || end < start || end > length)
    throw new RangeError(`offsets ${start}..${end} are outside the document`);
  const container = at.p.container;
  const inContainer = spans.filter((s) => s.p.container === container);
  const base = inContainer[0].start;
  const text = inContainer.map((s) => s.p.text).join('\n');
  const from = start - base;
  const to = Math.min(end - base, text.length);
  const excerpt = text.slice(from, to);
  if (excerpt.trim() === '') throw new RangeError('nothing to find: the excerpt is empty');
  const step = (piece: string, at: number): SearchStep => ({
    text: piece,
    query: toWordQuery(piece),
    index: countOccurrences(text, piece, at),
    total: countOccurrences(text, piece, text.length),
  });
  if (excerpt.length <= MAX_SEARCH) return { container, steps: [step(excerpt, from)] };
  const head = excerpt.slice(0, MAX_SEARCH);
  const tail = excerpt.slice(-MAX_SEARCH);
  return { container, steps: [step(head, from), step(tail, to - tail.length)] };
}

/** Non-overlapping occurrences of `needle` that start before `before`. */
export function countOccurrences(text: string, needle: string, before: number): number {
  let count = 0;
  for (let i = text.indexOf(needle); i !== -1 && i < before; i = text.indexOf(needle, i + needle.length))
    count++;
  return count;
}

/** Word search syntax: ^ escapes itself; paragraph marks, line breaks and tabs have codes. */
export function toWordQuery(text: string): string {
  return text.replace(/\^/g, '^^').replace(/\n/g, '^p').replace(/\v/g, '^l').replace(/\t/g, '^t');
}
