// Ranking the organisation's agreements for a question: BM25 over the agreement text (stems,
// compound parts, vocabulary ids) plus how well its best who-may-do-what statement fits the
// question's actor, action and objects.
import type { Statement } from '../catalogue/types';
import { matchStem } from '../language';
import type { EffectiveAgreement, EffectiveOrganisation } from '../organisation/types';
import { actionFit } from './action-affinity';
import { actorFit } from './actors';
import { objectHits } from './object-affinity';
import { unclaimedException } from './verdict';
import { agreementIndex } from './agreement-index';
import { scoreBm25 } from './bm25';
import type { ReadQuestion } from './interpret';
import type { Interpretation } from './types';
import { MANDATARY_ROLES } from '../catalogue/roles';
import { exampleEvidence, type ExampleSource } from './example-index';
import type { Modality } from '../catalogue/types';

export interface Ranked {
  agreement: EffectiveAgreement;
  score: number;
  textScore: number;
  statementScore: number;
  /** Summed cosine similarity to the agreement's two closest example questions (0..2). */
  exampleScore: number;
  /** The verdict label of the agreement's closest example question, when it has one. */
  exampleVerdict?: Modality;
  /** The score before weighing who acts: how much the agreements say about the question at all. */
  evidence: number;
  /** The statement that fits the question best, if any fits at all. */
  statement?: Statement;
}

/** Weights, set on the development questions (see bench/ask-accuracy.ts). */
export const WEIGHTS = {
  stem: 1,
  object: 2,
  action: 0.6,
  statement: 1.8,
  statementObject: 1.5,
  statementAction: 1,
  statementActor: 0.8,
  statementBoth: 1,
  expansion: 0.7,
  otherActor: 0.7,
  textCap: 17,
  unnamedMandatary: 0.6,
  notTheAsker: 0.85,
  whoNot: 0.7,
  unclaimedException: 0.7,
  mandataryAgreement: 0.85,
  otherAct: 0.7,
  example: 24,
};

/** Place weight in interpret.ts: objects named as a place count fully in the text search. */
const PLACE = 0.6;

export function rankAgreements(
  read: ReadQuestion,
  org: EffectiveOrganisation,
  // The catalogue's examples are passed in, not imported: the tab loads them after its first paint.
  examples: ExampleSource,
  // Leave-one-out: the example with exactly this text is not compared (training, figures).
  skipExample?: string,
): Ranked[] {
  const index = agreementIndex(org);
  const query = new Map<string, number>();
  for (const s of read.analysis.stems) query.set(s, WEIGHTS.stem);
  const i = read.interpretation;
  // Objects count fully in the text search, also where the question names them as a place;
  // a mandataris the question only mentions (weight below the place weight) counts less.
  for (const o of i.objects)
    query.set(`o:${o}`, WEIGHTS.object * Math.min(1, (i.objectWeights?.[o] ?? 1) / PLACE));
  for (const a of i.actions) query.set(`a:${a}`, WEIGHTS.action);
  for (const m of read.analysis.matches) {
    if (m.kind !== 'expansion') continue;
    for (const w of m.id.split(' ')) {
      const s = matchStem(w);
      if (!query.has(s)) query.set(s, WEIGHTS.expansion);
    }
  }
  const text = scoreBm25(index.bm25, query);
  // A question with many words piles up text score; scaling the best text score down to a cap
  // keeps the statements' say in the ranking equal for long and short questions.
  let maxText = 0;
  for (const t of text) if (t > maxText) maxText = t;
  const scale = maxText > WEIGHTS.textCap ? WEIGHTS.textCap / maxText : 1;
  const { similarity: similar, closestVerdict } = exampleEvidence(read, org, examples, skipExample);
  const ranked: Ranked[] = index.agreements.map((agreement, k) => {
    const best = bestStatement(agreement.statements, i);
    const statementScore = best ? best.score : 0;
    const evidence = text[k] * scale + WEIGHTS.statement * statementScore;
    return {
      agreement,
      textScore: text[k],
      statementScore,
      exampleScore: similar[k],
      ...(closestVerdict[k] ? { exampleVerdict: closestVerdict[k] } : {}),
      evidence,
      score:
        (evidence + WEIGHTS.example * similar[k]) *
        askerScope(agreement.statements, i) *
        mandataryScope(agreement.statements, i),
      ...(best ? { statement: best.statement } : {}),
    };
  });
  ranked.sort((x, y) => y.score - x.score || x.agreement.number - y.agreement.number);
  return ranked;
}

/**
 * Who acts decides between agreements on one subject: "onze dienst maakt een filmpje met AI" is
 * about the departments (87), not the communication service (86). An agreement none of whose
 * statements concerns the asker fits a question that names who acts less well.
 */
function askerScope(statements: readonly Statement[], i: Interpretation): number {
  if (!i.actorExplicit || i.kind === 'who' || !statements.length) return 1;
  return statements.some((s) => askerFit(i.actor, s) > 0) ? 1 : WEIGHTS.notTheAsker;
}

/**
 * How well a statement's actor fits the asker. What one service coordinates (56: the social media,
 * 21: the house style) is what every staff member who uses it works under: the coordinating
 * statement concerns the staff asking as much as a rule for everyone does.
 */
function askerFit(asker: Interpretation['actor'], s: Statement): number {
  const fit = actorFit(asker, s.actor);
  if (fit > 0 || !isCoordination(s)) return fit;
  return actorFit(asker, 'dienst') > 0 ? actorFit(asker, 'iedereen') : 0;
}

/**
 * An agreement mostly about what mandatarissen do (35: a mandataris who receives a complaint
 * refers the citizen on) fits a question that names no mandataris less well, whatever words it
 * shares with it: "wie antwoordt op klachten van burgers?" is complaints handling (13).
 */
function mandataryScope(statements: readonly Statement[], i: Interpretation): number {
  const namesMandatary = i.roles.some((r) => MANDATARY_ROLES.has(r)) || i.objects.includes('mandataris');
  if (namesMandatary || !statements.length) return 1;
  const about = statements.filter((s) => MANDATARY_ROLES.has(s.actor) || s.objects[0] === 'mandataris');
  return about.length * 2 > statements.length ? WEIGHTS.mandataryAgreement : 1;
}

/** How well one statement fits: objects and action first, then the actor. 0 when neither matches. */
export function statementFit(s: Statement, i: Interpretation): number {
  const hits = objectHits(i.objects, i.objectSources, s.objects, i.objectWeights);
  // A statement about six channels at once fits any one of them less than a statement about one.
  const precision = s.objects.length ? 0.6 + (0.4 * Math.min(hits, s.objects.length)) / s.objects.length : 1;
  const actionHit = actionFit(i.actions, s.action) * (i.actionWeights?.[s.action] ?? 1);
  // Action and object together in one statement is what a who-may-do-what question asks about.
  const both = actionHit >= 1 && s.objects.some((o) => i.objects.includes(o)) ? WEIGHTS.statementBoth : 0;
  const base =
    WEIGHTS.statementObject * Math.min(hits, 2) * precision + WEIGHTS.statementAction * actionHit + both;
  if (base === 0) return 0;
  // What a mandataris may or may not do (34, 35, 59) answers a question that names none less well.
  // So does a rule about mandatarissen appearing somewhere (32: not in the municipal channels):
  // "wat moet er op de website staan?" is about the website's content (76), not about politicians.
  const namesMandatary = i.roles.some((r) => MANDATARY_ROLES.has(r)) || i.objects.includes('mandataris');
  const aboutMandatary = MANDATARY_ROLES.has(s.actor) || s.objects[0] === 'mandataris';
  // The exception to a rule ("enkel diensten met een eigen huisstijl", 72) answers a question that
  // does not name its holder less well than the general agreement on the subject (21).
  const excepted = unclaimedException(s, i) ? WEIGHTS.unclaimedException : 1;
  const scoped = (aboutMandatary && !namesMandatary ? WEIGHTS.unnamedMandatary : 1) * excepted;
  // Who does something is answered by who does it, not by who must not (35: a mandataris does not
  // answer complaints; 13: who handles them).
  if (i.kind === 'who') return base * scoped * (s.modality === 'mag-niet' ? WEIGHTS.whoNot : 1);
  // Permission to do one thing (37: a work profile may follow politicians) says nothing about
  // another the question names (managing a mandataris's page, handing out a party's flyers).
  const otherAct = (s.modality === 'mag' || s.modality === 'mag-mits') && i.actions.length && actionHit === 0;
  const fit = askerFit(i.actor, s);
  // A statement about someone else answers a question that names who acts less well.
  const scope = scoped * (otherAct ? WEIGHTS.otherAct : 1);
  if (i.actorExplicit && fit === 0) return base * WEIGHTS.otherActor * scope;
  return (base + WEIGHTS.statementActor * (i.actorExplicit ? 1 : 0.6) * fit) * scope;
}

/** "De communicatiedienst coördineert …" (21, 56): a description of who steers something others use. */
export function isCoordination(s: Statement): boolean {
  return s.action === 'coordineren' && s.modality === 'info';
}

export function bestStatement(
  statements: readonly Statement[],
  i: Interpretation,
): { statement: Statement; score: number } | undefined {
  let best: { statement: Statement; score: number } | undefined;
  for (const s of statements) {
    const score = statementFit(s, i);
    if (score > 0 && (!best || score > best.score)) best = { statement: s, score };
  }
  return best;
}
