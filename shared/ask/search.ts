// Searching the agreements for the Teams tab's search field: the same ranking as ask, without the
// out-of-scope cut-off. "persbericht versturen" gives 45 first.
import type { EffectiveOrganisation } from '../organisation/types';
import { readQuestion } from './interpret';
import { rankAgreements } from './rank';

export function searchAgreements(
  query: string,
  org: EffectiveOrganisation,
  limit = 10,
): { number: number; score: number }[] {
  const q = query.trim();
  if (!q) return [];
  return rankAgreements(readQuestion(q, org), org)
    .filter((r) => r.score > 0)
    .slice(0, limit)
    .map((r) => ({ number: r.agreement.number, score: Math.round(r.score * 1000) / 1000 }));
}
