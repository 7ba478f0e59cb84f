// Searching the agreements for the Teams tab's search field: the same ranking as ask, and the same
// out-of-scope check and scope model ("kantine menu" finds nothing). "persbericht versturen" gives 45 first; a number
// ("45", "afspraak 45", "nr. 36") gives that agreement first. searchClarification asks the same
// question back as the bot when the search could mean two or three situations.
import type { EffectiveOrganisation } from '../organisation/types';
import { clarificationFor } from './clarify';
import type { ExampleSource } from './example-index';
import { governs } from './ask';
import { readQuestion, type ReadQuestion } from './interpret';
import { secondStage } from './model/second-stage';
import { TRAINED_MODEL } from './model/trained';
import { isOutOfScope } from './out-of-scope';
import { rankAgreements, type Ranked } from './rank';
import { rankingScope } from './scope';
import type { Clarification } from './types';

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
  const read = readQuestion(q, org);
  const all = rankAgreements(read, org, examples);
  // Words the agreements do not cover list nothing ("kantine menu"); a number still finds its agreement.
  const covered = !isOutOfScope(read, all) && governedSearch(read, org, all, examples);
  const ranked = (covered ? all : [])
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

/**
 * With the example questions loaded, the scope model ask uses also decides (a near miss the bot refuses
 * lists nothing in the tab either); without them its features would
 * not be what it was trained on, so only the rule above decides.
 */
function governedSearch(
  read: ReadQuestion,
  org: EffectiveOrganisation,
  ranked: Ranked[],
  examples: ExampleSource,
): boolean {
  if (!examples.size) return true;
  const scope = rankingScope(org);
  const inScope = scope === org ? ranked : rankAgreements(read, scope, examples);
  return governs(read, inScope, secondStage(read, inScope, scope, TRAINED_MODEL));
}

/**
 * The question back for a search that could mean two or three situations, as the bot asks it; none
 * for a clear search, a number, or one the agreements do not cover. Only with the example questions
 * loaded: the second stage was trained with them.
 */
export function searchClarification(
  query: string,
  org: EffectiveOrganisation,
  examples: ExampleSource,
): Clarification | undefined {
  const q = query.trim();
  if (!q || !examples.size || /\d/.test(q)) return undefined;
  const read = readQuestion(q, org);
  const scope = rankingScope(org);
  const ranked = rankAgreements(read, scope, examples);
  if (isOutOfScope(read, ranked)) return undefined;
  return clarificationFor(secondStage(read, ranked, scope, TRAINED_MODEL), org, TRAINED_MODEL);
}
