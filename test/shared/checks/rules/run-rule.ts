// Runs one rule family on a text as the runner would, and proves every finding's offsets.
import {
  buildContext,
  documentFromParagraphs,
  documentFromText,
  type DocumentType,
  type Finding,
  type Rule,
} from '../../../../shared/checks';
import type { ParagraphInput } from '../../../../shared/checks/document';
import type { EffectiveOrganisation } from '../../../../shared/organisation';
import { zilverbeek } from '../zilverbeek';

export function runRule(
  rule: Rule,
  input: string | ParagraphInput[],
  type: DocumentType,
  org: EffectiveOrganisation = zilverbeek(),
): Finding[] {
  const doc = typeof input === 'string' ? documentFromText(input) : documentFromParagraphs(input);
  const findings = rule(buildContext(doc, org, type));
  for (const f of findings) expect(doc.text.slice(f.start, f.end)).toBe(f.excerpt);
  return findings;
}

/** A letter's paragraphs with the signatures as a two-column table, the way Word stores them. */
export function letterWithTable(body: string[], columns: string[][]): ParagraphInput[] {
  const rows = Math.max(...columns.map((c) => c.length));
  const cells: ParagraphInput[] = [];
  for (let row = 0; row < rows; row++)
    columns.forEach((c, column) =>
      cells.push({ text: c[row] ?? '', location: 'table', cell: { table: 0, row, column } }),
    );
  return [...body.map((text) => ({ text })), ...cells];
}
