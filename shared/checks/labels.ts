// The Dutch words users see for document types, severities and rule families: one set for the
// task pane, the CLI and the findings' own messages (issue 16), so a "webtekst" is a webtekst
// everywhere and a "tip" is never a "let op" elsewhere.
import { READABILITY_MINIMUM } from './rules/style-readability';
import type { CheckReport, DocumentType, Severity } from './types';

export interface TypeLabel {
  /** As a choice or a title: "Webtekst". */
  name: string;
  /** In running text, with its article: "een webtekst". */
  withArticle: string;
}

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, TypeLabel> = {
  brief: { name: 'Brief', withArticle: 'een brief' },
  persbericht: { name: 'Persbericht', withArticle: 'een persbericht' },
  infoblad: { name: 'Infoblad of artikel', withArticle: 'een artikel voor het infoblad' },
  website: { name: 'Webtekst', withArticle: 'een webtekst' },
  'sociale-media': { name: 'Bericht op sociale media', withArticle: 'een bericht op sociale media' },
  uitnodiging: { name: 'Uitnodiging', withArticle: 'een uitnodiging' },
};

export const SEVERITY_LABELS: Record<Severity, { one: string; many: string }> = {
  error: { one: 'fout', many: 'fouten' },
  warning: { one: 'aandachtspunt', many: 'aandachtspunten' },
  info: { one: 'tip', many: 'tips' },
};

/** Rule families (the part of a rule id before the dot), in the order they are listed. */
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

/**
 * The readability score with what it means, for the pane and the CLI. `type` is the report's type,
 * or every type it may be while detection is unsure (the minimum is then the lowest of them).
 */
export function readabilityText(
  type: DocumentType | readonly DocumentType[],
  r: NonNullable<CheckReport['readability']>,
): string {
  const types = typeof type === 'string' ? [type] : type;
  const shared = types.every((t) => READABILITY_MINIMUM[t] === r.minimum);
  const aim = shared
    ? `voor ${typeAlternatives(types)} mikken we op minstens ${r.minimum}`
    : `zolang het documenttype niet vaststaat, mikken we op minstens ${r.minimum}`;
  return `Leesbaarheid (Flesch-Douma): ${r.fleschDouma.toLocaleString('nl-BE')}, ${r.level} om te lezen; ${aim} (hoe hoger, hoe makkelijker).`;
}

/** "een webtekst of een artikel voor het infoblad": the types a text may be, in words. */
export function typeAlternatives(types: readonly DocumentType[]): string {
  return types.map((t) => DOCUMENT_TYPE_LABELS[t].withArticle).join(' of ');
}

/** What the check did with a detection it is unsure of, for the CLI and the pane. */
export const UNSURE_TYPE_NOTE =
  'Alleen de afspraken die voor elk van die types gelden, zijn nagekeken. Kies het type voor alle afspraken van dat kanaal';
