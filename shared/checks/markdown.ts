// Markdown into the document model: one paragraph per source line (so the line numbers a writer
// sees match the file), block markers removed and remembered as a style, inline markup dropped,
// and table rows split into cells like a Word table (a signature table may be written in Markdown).
import { documentFromParagraphs, type ParagraphInput } from './document';
import type { CheckDocument } from './types';

const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;
const QUOTE = /^ {0,3}>\s?/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const RULE = /^ {0,3}(?:[-*_]\s*){3,}$/;
const FENCE = /^ {0,3}(```|~~~)/;

/** Inline markup a reader never sees: emphasis, code ticks, links and images (their text stays). */
function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => stripInline(cell.trim()));
}

export function documentFromMarkdown(source: string): CheckDocument {
  const lines = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  if (lines.length === 1 && lines[0] === '') return { text: '', paragraphs: [] };
  const inputs: ParagraphInput[] = [];
  let inFence = false;
  let table = -1;
  let row = -1;
  let inTable = false;
  for (const line of lines) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      inputs.push({ text: '' });
      continue;
    }
    if (inFence) {
      inputs.push({ text: line, style: 'Code' });
      continue;
    }
    if (TABLE_ROW.test(line)) {
      if (!inTable) {
        table++;
        row = -1;
        inTable = true;
      }
      if (TABLE_SEPARATOR.test(line)) continue;
      row++;
      tableCells(line).forEach((text, column) =>
        inputs.push({ text, location: 'table', cell: { table, row, column } }),
      );
      continue;
    }
    inTable = false;
    if (RULE.test(line)) {
      inputs.push({ text: '' });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      inputs.push({ text: stripInline(heading[2]), style: `Heading ${heading[1].length}` });
      continue;
    }
    if (QUOTE.test(line)) {
      inputs.push({ text: stripInline(line.replace(QUOTE, '')), style: 'Quote' });
      continue;
    }
    if (LIST_ITEM.test(line)) {
      inputs.push({ text: stripInline(line.replace(LIST_ITEM, '')), style: 'List Paragraph' });
      continue;
    }
    inputs.push({ text: stripInline(line) });
  }
  return documentFromParagraphs(inputs);
}
