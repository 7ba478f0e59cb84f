// No two one-click fixes may touch the same words: applying both would write over the first
// one's result ("dient u … te" is rewritten by the jargon rule and could be by the address
// rule). The first family in the runner's order keeps its fix; a later overlapping one stays as
// advice (its suggestion) without `fix`.
import type { Finding, Place } from './types';

interface Span {
  start: number;
  end: number;
}

function overlapsAny(taken: readonly Span[], p: Span): boolean {
  return taken.some((t) => p.start < t.end && t.start < p.end);
}

function withoutFix<T extends Place | Finding>(p: T): T {
  const { fix: _fix, ...rest } = p;
  return rest as T;
}

/** The findings (in the families' order) with every fix that overlaps an earlier fix turned into advice. */
export function dropOverlappingFixes(findings: readonly Finding[]): Finding[] {
  const taken: Span[] = [];
  return findings.map((f) => {
    if (f.places?.length) {
      let changed = false;
      const places = f.places.map((p) => {
        if (!p.fix) return p;
        if (overlapsAny(taken, p)) {
          changed = true;
          return withoutFix(p);
        }
        taken.push(p);
        return p;
      });
      if (!changed) return f;
      const out: Finding = { ...f, places };
      return places.length === 1 && !places[0].fix ? withoutFix(out) : out;
    }
    if (!f.fix) return f;
    if (overlapsAny(taken, f)) return withoutFix(f);
    taken.push(f);
    return f;
  });
}
