// Findings as the pane handles them: grouped by rule family, keyed for "Negeer", and whether
// "Pas toe" can apply the suggestion.
import type { Finding, Severity } from '../shared/checks/types';
import { FAMILY_LABELS, familyOf } from './labels';

/**
 * The key a dismissal is stored under: the rule and the exact text, not the offsets, so a
 * dismissed finding stays dismissed when text is added above it.
 */
export function findingKey(f: Finding): string {
  return `${f.rule}|${f.agreement}|${f.excerpt}`;
}

/**
 * "Pas toe" only where the check gives an exact replacement for the excerpt (`fix`); advice in
 * words ("Voeg de handtekening toe …") is shown, never written into the document.
 */
export function canApply(f: Finding): boolean {
  return f.fix !== undefined && f.excerpt !== '' && f.fix.replacement !== f.excerpt;
}

export interface FindingGroup {
  family: string;
  findings: Finding[];
}

/** Families in the pane's order (unknown ones after), findings in document order within each. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const order = Object.keys(FAMILY_LABELS);
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const family = familyOf(f.rule);
    groups.set(family, [...(groups.get(family) ?? []), f]);
  }
  const rank = (family: string) => {
    const i = order.indexOf(family);
    return i === -1 ? order.length : i;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([family, list]) => ({ family, findings: list }));
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The same text with start..end replaced (standalone mode's "Pas toe" on the pasted text). */
export function applyToText(text: string, f: Finding, replacement: string): string {
  return text.slice(0, f.start) + replacement + text.slice(f.end);
}
