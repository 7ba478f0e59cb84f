// Every Dutch word the pane shows about findings and documents, in one place.
import type { DocumentType, Severity } from '../shared/checks/types';

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  brief: 'Brief',
  persbericht: 'Persbericht',
  infoblad: 'Infoblad of artikel',
  website: 'Webtekst',
  'sociale-media': 'Bericht op sociale media',
  uitnodiging: 'Uitnodiging',
};

export const SEVERITY_LABELS: Record<Severity, { one: string; many: string }> = {
  error: { one: 'fout', many: 'fouten' },
  warning: { one: 'aandachtspunt', many: 'aandachtspunten' },
  info: { one: 'tip', many: 'tips' },
};

/** Rule families (the part of a rule id before the dot), in the order the pane lists them. */
export const FAMILY_LABELS: Record<string, string> = {
  signature: 'Ondertekening',
  address: 'Aanspreking: u of je',
  neutrality: 'Neutraliteit',
  press: 'Persberichten',
  style: 'Leesbaarheid en stijl',
  ai: 'Artificiële intelligentie',
};

export function familyOf(rule: string): string {
  return rule.split('.')[0];
}

export function familyLabel(family: string): string {
  return FAMILY_LABELS[family] ?? family.charAt(0).toUpperCase() + family.slice(1);
}

/** "2 fouten", "1 tip". */
export function countLabel(severity: Severity, count: number): string {
  const label = SEVERITY_LABELS[severity];
  return `${count} ${count === 1 ? label.one : label.many}`;
}
