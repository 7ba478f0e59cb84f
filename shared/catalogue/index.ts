// The catalogue: the 87 agreements of the inspiration note, in order, with lookups.
import { sections } from './sections';
import type { Agreement, Point, Section } from './types';

export type { Agreement, Modality, Point, Role, Section, Statement, Variant } from './types';
export { sections };
export { actionLabel, describeStatementParts, modalityLabel, objectLabel, roleLabel } from './describe';
export {
  ACTIONS,
  isAction,
  isObject,
  isRole,
  OBJECTS,
  ROLE_LABELS,
  type ActionId,
  type ObjectId,
  type VocabularyEntry,
} from './vocabulary';

export interface CatalogueEntry {
  agreement: Agreement;
  section: Section;
}

const entries: readonly CatalogueEntry[] = sections.flatMap((section) =>
  section.agreements.map((agreement) => ({ agreement, section })),
);
const byNumber = new Map(entries.map((e) => [e.agreement.number, e]));

/** All agreements in catalogue order. */
export function catalogueEntries(): readonly CatalogueEntry[] {
  return entries;
}

export function findAgreement(number: number): CatalogueEntry | undefined {
  return byNumber.get(number);
}

/** The full text as a user reads it: lead, then each point on its own line, then the closing paragraph. */
export function renderText(lead: string, points: readonly Point[], tail?: string): string {
  const lines = [lead];
  for (const p of points) lines.push(p.title ? `• ${p.title}: ${p.text}` : `• ${p.text}`);
  if (tail) lines.push(tail);
  return lines.join('\n');
}
