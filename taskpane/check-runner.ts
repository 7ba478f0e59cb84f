// Runs the checks of shared/ in the page: the document never leaves the writer's machine.
import { documentFromParagraphs, documentFromText, type ParagraphInput } from '../shared/checks/document';
import { checkDocument } from '../shared/checks/run';
import type { CheckDocument, CheckReport, DocumentType } from '../shared/checks/types';
import type { EffectiveOrganisation } from '../shared/organisation/types';

export interface CheckResult {
  doc: CheckDocument;
  report: CheckReport;
}

export type CheckInput = { text: string } | { paragraphs: ParagraphInput[] } | { doc: CheckDocument };

export function toDocument(input: CheckInput): CheckDocument {
  if ('doc' in input) return input.doc;
  if ('text' in input) return documentFromText(input.text);
  return documentFromParagraphs(input.paragraphs);
}

export function runCheck(input: CheckInput, org: EffectiveOrganisation, type?: DocumentType): CheckResult {
  const started = performance.now();
  const doc = toDocument(input);
  const report = checkDocument(doc, org, type ? { type } : {});
  // A user-timing entry, so bench/taskpane.ts (and a browser profile) can tell checking from rendering.
  performance.measure?.('afspraak:check', { start: started, end: performance.now() });
  return { doc, report };
}

/**
 * The type(s) the check detected, to show as "Herkend als …" while the choice is automatic (more
 * than one when the text does not settle it); nothing before there is text (an empty text is
 * "detected" as the default type, which says nothing).
 */
export function detectedType(result: CheckResult | undefined): readonly DocumentType[] | undefined {
  if (!result?.report.typeDetected || result.doc.text.trim() === '') return undefined;
  return result.report.typeCandidates ?? [result.report.type];
}
