// Findings as the pane handles them: grouped by rule family, keyed for "Negeer", and whether
// "Pas toe" can apply the suggestion.
import { placesOf } from '../shared/checks/finding';
import type { Finding, Place, Severity } from '../shared/checks/types';
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

/** "Pas toe" on one place of a grouped finding. */
export function canApplyPlace(p: Place): boolean {
  return p.fix !== undefined && p.excerpt !== '' && p.fix.replacement !== p.excerpt;
}

/** "Pas alles toe": a finding with several places, every one with an exact fix. */
export function canApplyAll(f: Finding): boolean {
  const places = placesOf(f);
  return places.length > 1 && places.every(canApplyPlace);
}

/** The edits of "Pas alles toe", from the end of the text backwards. */
export function editsOf(f: Finding): { start: number; end: number; text: string }[] {
  return placesOf(f)
    .filter(canApplyPlace)
    .map((p) => ({ start: p.start, end: p.end, text: p.fix!.replacement }))
    .sort((a, b) => b.start - a.start);
}

/** The text with several edits applied, the last first so the earlier offsets stay right. */
export function applyEdits(
  text: string,
  edits: readonly { start: number; end: number; text: string }[],
): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

export interface SentenceContext {
  before: string;
  excerpt: string;
  after: string;
}

/**
 * The sentence around an excerpt ("je" alone says little): from the previous sentence end or
 * line break to the next, at most `reach` characters each side, cut at a word.
 */
export function sentenceAround(text: string, start: number, end: number, reach = 90): SentenceContext {
  let from = start;
  while (from > 0 && from > start - reach && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to < end + reach && !/[\n]/.test(text[to]) && !/[.!?]/.test(text[to - 1] ?? ''))
    to++;
  let before = text.slice(from, start).replace(/^\s+/, '');
  let after = text.slice(end, to).replace(/\s+$/, '');
  if (from > 0 && start - from >= reach && !/[.!?\n]/.test(text[from - 1]))
    before = `…${before.replace(/^\S*\s/, '')}`;
  if (to < text.length && to - end >= reach && !/[\n.!?]/.test(text[to - 1]))
    after = `${after.replace(/\s\S*$/, '')}…`;
  return { before, excerpt: text.slice(start, end), after };
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
