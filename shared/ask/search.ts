// Searching the agreements for the Teams tab's search field: the same ranking as ask, without the
// out-of-scope cut-off. "persbericht versturen" gives 45 first; a number ("45", "afspraak 45",
// "nr. 36") gives that agreement first.
import type { EffectiveOrganisation } from '../organisation/types';
import type { ExampleSource } from './example-index';
import { readQuestion } from './interpret';
import { rankAgreements } from './rank';

export function searchAgreements(
  query: string,
  org: EffectiveOrganisation,
  limit = 10,
  // The tab passes the catalogue's example questions once its lazily loaded chunk has arrived.
  examples: ExampleSource = new Map(),
): { number: number; score: number }[] {
  const q = query.trim();
  if (!q || limit <= 0) return [];
  const numbers = [...q.matchAll(/(?<![\d.,])(\d{1,4})(?![\d.,]\d)/g)]
    .map((m) => Number(m[1]))
    .filter((n) => org.byNumber.has(n));
  const ranked = rankAgreements(readQuestion(q, org), org, examples)
    .filter((r) => r.score > 0 && !numbers.includes(r.agreement.number))
    .map((r) => ({ number: r.agreement.number, score: Math.round(r.score * 1000) / 1000 }));
  const top = (ranked[0]?.score ?? 0) + 1;
  const byNumber = [...new Set(numbers)].map((n, k) => ({ number: n, score: top + numbers.length - k }));
  // A bare number or "afspraak 45" asks for that agreement only; words around it still rank.
  const words = q
    .replace(/\d+/g, '')
    .replace(/\b(afspraak|afspraken|nr|nummer)\b\.?/gi, '')
    .trim();
  return [...byNumber, ...(byNumber.length && !words ? [] : ranked)].slice(0, limit);
}
