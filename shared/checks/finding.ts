// Findings with exact offsets: the excerpt is always doc.text.slice(start, end), so the task pane
// can select it and the CLI can quote it (CONTRACT §2).
import type { CheckDocument, Finding, Severity } from './types';

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
