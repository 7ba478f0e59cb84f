// The pane's Dutch words about findings and documents come from shared/checks/labels.ts, the one
// set the CLI uses too; the chooser shows a type by its name.
import type { DocumentType } from '../shared/checks/types';
import { DOCUMENT_TYPE_LABELS as TYPES } from '../shared/checks/labels';

export { SEVERITY_LABELS, FAMILY_LABELS, familyOf, familyLabel, countLabel } from '../shared/checks/labels';

export const DOCUMENT_TYPE_LABELS = Object.fromEntries(
  Object.entries(TYPES).map(([type, label]) => [type, label.name]),
) as Record<DocumentType, string>;
