// The document checker (CONTRACT §2 `check`): read a document, run every rule family, report.
export type {
  CheckDocument,
  CheckReport,
  DocumentType,
  Finding,
  Paragraph,
  ParagraphLocation,
  Rule,
  RuleContext,
  Severity,
} from './types';
export { checkDocument, buildContext, type CheckOptions } from './run';
export { FAMILIES } from './families';
export {
  documentFromParagraphs,
  documentFromText,
  lineNumberAt,
  linesOf,
  type Line,
  type ParagraphInput,
} from './document';
export { documentFromMarkdown } from './markdown';
export { readDocx, DocxError, type DocxErrorCode } from './docx';
export { detectType, detectTypes, typeScores, type TypeDetection } from './detect-type';
export { finding, documentFinding, compareFindings, type FindingSpec } from './finding';

/** The document types of CONTRACT §2 `--type`, for choosers and help text. */
export const DOCUMENT_TYPES = [
  'brief',
  'persbericht',
  'infoblad',
  'website',
  'sociale-media',
  'uitnodiging',
] as const;
