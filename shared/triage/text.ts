// Text prepared for the triage patterns: normalised (case, diacritics, quotes) and reduced to
// words separated by single spaces, with a space at both ends so every pattern can anchor on ' '.
import { normalise } from '../language/normalise';

export function prepare(text: string): string {
  const flat = normalise(text)
    .replace(/[^a-z0-9'\-\s]/g, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return ` ${flat} `;
}

/** Whether any of the patterns matches the prepared text. */
export function anyMatch(prepared: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(prepared));
}

/** Builds a word-anchored pattern from alternatives written in prepared (folded, lower-case) form. */
export function words(...alternatives: string[]): RegExp {
  return new RegExp(` (?:${alternatives.join('|')}) `);
}

/** A phrase pattern: the parts in order with at most `gap` words between them. */
export function near(first: string, second: string, gap = 4): RegExp {
  return new RegExp(` (?:${first}) (?:\\S+ ){0,${gap}}(?:${second}) `);
}
