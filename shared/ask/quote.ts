// The agreement as the reply quotes it. An agreement with a list of points (30, 32, 34, 37, 48, 59,
// 85, 86) is long; the bot card shows the reply, so it quotes the lead and only the points the
// question is about, and says how many it left out. Short agreements are quoted whole.
import type { EffectiveAgreement } from '../organisation/types';
import { askAnalyzer } from './analyzer';

/** Below this many points the whole agreement is short enough to quote. */
const QUOTE_ALL_POINTS_UP_TO = 2;
/** At most this many points are quoted; more matches means the question is about the whole list. */
const MAX_QUOTED_POINTS = 2;

export function quoteAgreement(agreement: EffectiveAgreement, question: string): string {
  const points = agreement.points;
  // A chosen variant has its own text without points; an organisation rewording keeps its own.
  if (agreement.variant !== null || points.length <= QUOTE_ALL_POINTS_UP_TO) return agreement.text;
  const relevant = relevantPoints(agreement, question);
  const left = points.length - relevant.length;
  const lines = [agreement.lead.trim(), ...relevant.map((k) => `• ${pointText(agreement, k)}`)];
  if (left > 0)
    lines.push(
      relevant.length
        ? `(en nog ${left} ${left === 1 ? 'punt' : 'punten'}: zie de volledige afspraak)`
        : `(${left} punten: zie de volledige afspraak)`,
    );
  if (agreement.tail) lines.push(agreement.tail.trim());
  return lines.join('\n');
}

function pointText(a: EffectiveAgreement, k: number): string {
  const p = a.points[k];
  return p.title ? `${p.title}: ${p.text}` : p.text;
}

/**
 * The points sharing the most content (stems or lexicon concepts) with the question, best first in
 * the agreement's order; none when no point shares more than the lead already does.
 */
function relevantPoints(a: EffectiveAgreement, question: string): number[] {
  const analyzer = askAnalyzer();
  const q = analyzer.analyse(question);
  const qStems = new Set(q.stems);
  const qConcepts = new Set(q.matches.map((m) => `${m.kind}:${m.id}`));
  const lead = analyzer.analyse(a.lead);
  const leadStems = new Set(lead.stems);
  const scores = a.points.map((_, k) => {
    const p = analyzer.analyse(pointText(a, k));
    let score = 0;
    // A word the lead already has (mandataris, kanaal) tells the points apart no better than the lead.
    for (const s of new Set(p.stems)) if (qStems.has(s) && !leadStems.has(s)) score += 1;
    for (const c of new Set(p.matches.map((m) => `${m.kind}:${m.id}`))) if (qConcepts.has(c)) score += 1;
    return score;
  });
  const best = Math.max(0, ...scores);
  if (best === 0) return [];
  const chosen = scores
    .map((score, k) => ({ score, k }))
    .filter((x) => x.score >= Math.max(1, best - 1))
    .sort((x, y) => y.score - x.score || x.k - y.k)
    .slice(0, MAX_QUOTED_POINTS)
    .map((x) => x.k);
  return chosen.sort((x, y) => x - y);
}
