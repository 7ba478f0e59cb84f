// Text helpers for the neutrality rules.

/** A literal string as a regular-expression source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A concrete day: "12 maart", "12/03", "dinsdag 4 juni" — a scheduled fact, not an intention (lower case). */
export const CONCRETE_DATE =
  /\b\d{1,2}(?:\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)|[/.-]\d{1,2}(?:[/.-]\d{2,4})?)\b/;
