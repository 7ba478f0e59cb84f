// The document model: paragraphs joined with '\n' into one plain text with stable offsets
// (CONTRACT §2: every finding's start/end point into this text).
import type { CheckDocument, Paragraph, ParagraphLocation } from './types';

/** A paragraph as a reader found it, before offsets are assigned. */
export interface ParagraphInput {
  text: string;
  style?: string;
  location?: ParagraphLocation;
  cell?: { table: number; row: number; column: number };
}

/**
 * Word reports a soft line break as '\v' and some sources keep '\r'. Both become '\n' one for one,
 * so a line inside a paragraph is still a line and every offset stays that of the original text
 * (the task pane maps offsets back onto Word's own paragraph text).
 */
function normaliseBreaks(text: string): string {
  return text.replace(/[\v\r\f\u2028\u2029]/g, '\n');
}

export function documentFromParagraphs(inputs: readonly ParagraphInput[]): CheckDocument {
  const paragraphs: Paragraph[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const input of inputs) {
    const text = normaliseBreaks(input.text);
    const paragraph: Paragraph = {
      text,
      start: offset,
      end: offset + text.length,
      location: input.location ?? 'body',
    };
    if (input.style) paragraph.style = input.style;
    if (input.cell) paragraph.cell = { ...input.cell };
    paragraphs.push(paragraph);
    parts.push(text);
    offset += text.length + 1;
  }
  return { text: parts.join('\n'), paragraphs };
}

/** Plain text: one paragraph per line ('\r\n' and '\r' count as one line break). */
export function documentFromText(text: string): CheckDocument {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean === '') return { text: '', paragraphs: [] };
  return documentFromParagraphs(clean.split('\n').map((line) => ({ text: line })));
}

/** A line of the plain text: a paragraph, or a part of one between soft line breaks. */
export interface Line {
  text: string;
  start: number;
  end: number;
  paragraph: Paragraph;
  /** Index of the paragraph in doc.paragraphs. */
  index: number;
}

/** Every line of the paragraphs that `include` accepts (default: all), in document order. */
export function linesOf(doc: CheckDocument, include: (p: Paragraph) => boolean = () => true): Line[] {
  const lines: Line[] = [];
  for (let index = 0; index < doc.paragraphs.length; index++) {
    const paragraph = doc.paragraphs[index];
    if (!include(paragraph)) continue;
    let start = paragraph.start;
    for (const part of paragraph.text.split('\n')) {
      lines.push({ text: part, start, end: start + part.length, paragraph, index });
      start += part.length + 1;
    }
  }
  return lines;
}

/** Paragraphs of the running text: body and table cells, without headers and footers. */
export function isContent(p: Paragraph): boolean {
  return p.location === 'body' || p.location === 'table';
}

/** 1-based line number of an offset in the plain text (for display only). */
export function lineNumberAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
