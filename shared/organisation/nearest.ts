// "Bedoel je …?": the closest valid value to a mistyped one, so an error message can suggest it.
import { normalise } from '../language/normalise';

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

const fold = (s: string) =>
  normalise(s)
    .replace(/[\s_]+/g, '-')
    .trim();

/**
 * The candidate closest to `value`, or undefined when none is close enough to be a plausible typo.
 * `aliases` maps words people use for a value (wethouder -> schepen) that no edit distance finds.
 */
export function nearest(
  value: string,
  candidates: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const v = fold(value);
  if (aliases[v]) return aliases[v];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const fc = fold(c);
    if (fc === v) return c;
    // A value inside a candidate or the other way round ("directeur" in "algemeen-directeur") is a strong hint.
    const d = fc.includes(v) || v.includes(fc) ? 1 : editDistance(v, fc);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const allowed = Math.max(2, Math.floor(v.length / 3));
  return bestDistance <= allowed ? best : undefined;
}
