// Findings with exact offsets: the excerpt is always doc.text.slice(start, end), so the task pane
// can select it and the CLI can quote it (CONTRACT §2).
import type { CheckDocument, Finding, Place, Severity } from './types';

export interface FindingSpec {
  rule: string;
  agreement: number;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  /** Advice in words ("Voeg een contactblok toe …"): shown, never put into the text. */
  suggestion?: string;
  /** Exact replacement text for start..end: becomes both `suggestion` and `fix`. */
  replacement?: string;
}

/** A finding about doc.text[start, end), with surrounding white space left out of the span. */
export function finding(doc: CheckDocument, spec: FindingSpec): Finding {
  let { start, end } = spec;
  start = Math.max(0, Math.min(start, doc.text.length));
  end = Math.max(start, Math.min(end, doc.text.length));
  while (start < end && /\s/u.test(doc.text[start])) start++;
  while (end > start && /\s/u.test(doc.text[end - 1])) end--;
  const out: Finding = {
    rule: spec.rule,
    agreement: spec.agreement,
    severity: spec.severity,
    message: spec.message,
    excerpt: doc.text.slice(start, end),
    start,
    end,
  };
  if (spec.replacement !== undefined) {
    // A replacement for an empty or trimmed span would land in the wrong place: keep it as advice.
    const exact = start === spec.start && end === spec.end && start < end;
    out.suggestion = spec.replacement;
    if (exact && spec.replacement !== out.excerpt) out.fix = { replacement: spec.replacement };
  } else if (spec.suggestion !== undefined) out.suggestion = spec.suggestion;
  return out;
}

/** One place of a grouped finding: an exact replacement or advice in words for start..end. */
export interface PlaceSpec {
  start: number;
  end: number;
  replacement?: string;
  suggestion?: string;
}

/** A place with the same trimming and fix rules as a single finding. */
export function place(doc: CheckDocument, spec: PlaceSpec): Place {
  const f = finding(doc, { rule: '', agreement: 0, severity: 'info', message: '', ...spec });
  const out: Place = { start: f.start, end: f.end, excerpt: f.excerpt };
  if (f.suggestion !== undefined) out.suggestion = f.suggestion;
  if (f.fix) out.fix = f.fix;
  return out;
}

/**
 * One finding for one problem at every place it occurs (a text in u-vorm, one sentence naming
 * four parties). start/end/excerpt are the first place's; a single place also lends its fix
 * and then needs no `places` list.
 */
export function groupedFinding(
  doc: CheckDocument,
  spec: Omit<FindingSpec, 'start' | 'end' | 'replacement'>,
  places: readonly PlaceSpec[],
): Finding {
  const all = places.map((p) => place(doc, p)).sort((a, b) => a.start - b.start || a.end - b.end);
  const first: Place = all[0] ?? { start: 0, end: 0, excerpt: '' };
  const out: Finding = {
    rule: spec.rule,
    agreement: spec.agreement,
    severity: spec.severity,
    message: spec.message,
    excerpt: first.excerpt,
    start: first.start,
    end: first.end,
  };
  // One place needs no list: the finding's own span and fix say it all.
  if (all.length > 1) out.places = all;
  if (all.length === 1 && first.fix) {
    out.suggestion = first.fix.replacement;
    out.fix = { ...first.fix };
  } else {
    const suggestion = all.length === 1 ? (first.suggestion ?? spec.suggestion) : spec.suggestion;
    if (suggestion !== undefined) out.suggestion = suggestion;
  }
  return out;
}

/** The places of a finding: its own places, or its one span. */
export function placesOf(f: Finding): Place[] {
  if (f.places?.length) return f.places;
  const p: Place = { start: f.start, end: f.end, excerpt: f.excerpt };
  if (f.suggestion !== undefined) p.suggestion = f.suggestion;
  if (f.fix) p.fix = f.fix;
  return [p];
}

/** A finding about the document as a whole (a missing signature, a missing contact block). */
export function documentFinding(spec: Omit<FindingSpec, 'start' | 'end' | 'replacement'>): Finding {
  const out: Finding = {
    rule: spec.rule,
    agreement: spec.agreement,
    severity: spec.severity,
    message: spec.message,
    excerpt: '',
    start: 0,
    end: 0,
  };
  if (spec.suggestion !== undefined) out.suggestion = spec.suggestion;
  return out;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Document order; at one place the most severe first, then by rule id (stable output for tests and diffs). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.rule.localeCompare(b.rule) ||
    a.message.localeCompare(b.message)
  );
}
