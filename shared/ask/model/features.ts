// The named features of the second stage (DESIGN.md, Ask). Per candidate agreement among the
// ranker's first few: how it scored and why (text, examples, statement fit), whether the closest
// example question gives the same verdict, and how well it fits the sentence that asks the question
// in a message that tells the situation first. Per question: how sure the reranked first answer is.
import type { Modality, Statement } from '../../catalogue/types';
import { polarity } from '../polarity';
import { splitSentences } from '../../language';
import type { EffectiveAgreement, EffectiveOrganisation } from '../../organisation/types';
import { actionFit } from '../action-affinity';
import { actorFit } from '../actors';
import { agreementIndex } from '../agreement-index';
import { askAnalyzer } from '../analyzer';
import { scoreBm25 } from '../bm25';
import type { ReadQuestion } from '../interpret';
import { bestStatement, type Ranked } from '../rank';
import { decideVerdict, type Verdict } from '../verdict';

/** How many of the ranker's candidates the second stage weighs. */
export const CANDIDATES = 5;

export const CANDIDATE_FEATURES = [
  'score-share',
  'log-score',
  'first-of-ranker',
  'ranker-position',
  'text-share',
  'example-similarity',
  'example-gap',
  'statement-share',
  'has-statement',
  'statement-actor-fit',
  'statement-action-fit',
  'statement-object-hit',
  'evidence-share',
  'example-verdict-agrees',
  'example-verdict-differs',
  'question-sentence-share',
  'who-question-info',
  'no-statements',
] as const;

export const QUESTION_FEATURES = [
  'first-probability',
  'margin-to-second',
  'share-of-candidates',
  'kind-permission',
  'kind-obligation',
  'kind-who',
  'kind-how',
  'verdict-mag',
  'verdict-mag-niet',
  'verdict-mag-mits',
  'verdict-moet',
  'example-verdict-agrees',
  'example-verdict-differs',
  'has-statement',
  'statement-actor-fit',
  'no-object',
  'log-words',
  'several-sentences',
  'reranked',
  'opposite-statements',
  'sufficiency-question',
  'negated-question',
  'choice-question',
  'verdict-other-actor',
  'verdict-overridden',
  'verdict-action-fit',
  'verdict-object-hit',
  'asker-polarities',
  'second-polarity-differs',
] as const;

export interface Candidate {
  ranked: Ranked;
  verdict: Verdict;
  features: number[];
}

/**
 * The text score of each agreement against the sentence that asks (the last one with a question
 * mark, else the last): "Ik maak de kalender op. Mag ik zelf de affiche laten drukken?" asks about
 * the affiche, whatever the kalender scores. Undefined for a one-sentence message.
 */
function questionSentenceScores(question: string, org: EffectiveOrganisation): Float64Array | undefined {
  const spans = splitSentences(question);
  if (spans.length < 2) return undefined;
  const texts = spans.map((s) => question.slice(s.start, s.end));
  const asking = [...texts].reverse().find((t) => t.includes('?')) ?? texts[texts.length - 1];
  const analysis = askAnalyzer().analyse(asking);
  const query = new Map<string, number>();
  for (const s of analysis.stems) query.set(s, 1);
  for (const m of analysis.matches) {
    if (m.kind === 'object') query.set(`o:${m.id}`, 2);
    if (m.kind === 'action') query.set(`a:${m.id}`, 0.6);
  }
  return scoreBm25(agreementIndex(org).bm25, query);
}

const positionCache = new WeakMap<EffectiveOrganisation, Map<EffectiveAgreement, number>>();

/** Each agreement's place in the organisation's index (kept per organisation). */
function positions(org: EffectiveOrganisation): Map<EffectiveAgreement, number> {
  let map = positionCache.get(org);
  if (!map) positionCache.set(org, (map = new Map(agreementIndex(org).agreements.map((a, k) => [a, k]))));
  return map;
}

export function verdictFor(r: Ranked, read: ReadQuestion): Verdict {
  const i = read.interpretation;
  const best = r.statement ?? bestStatement(r.agreement.statements, i)?.statement;
  return decideVerdict(r.agreement.statements, best, i);
}

/** The first CANDIDATES of the ranking with their features. */
export function candidateFeatures(
  read: ReadQuestion,
  ranked: readonly Ranked[],
  org: EffectiveOrganisation,
): Candidate[] {
  const top = ranked.slice(0, CANDIDATES);
  const i = read.interpretation;
  const max = (f: (r: Ranked) => number) => Math.max(1e-9, ...top.map(f));
  const topScore = max((r) => r.score);
  const topText = max((r) => r.textScore);
  const topExample = max((r) => r.exampleScore);
  const topStatement = max((r) => r.statementScore);
  const topEvidence = max((r) => r.evidence);
  const sentence = questionSentenceScores(read.analysis.text, org);
  const position = positions(org);
  let topSentence = 1e-9;
  const sentenceOf = (r: Ranked) => (sentence ? sentence[position.get(r.agreement) ?? 0] : r.textScore);
  for (const r of top) topSentence = Math.max(topSentence, sentenceOf(r));
  return top.map((r, k) => {
    const verdict = verdictFor(r, read);
    const s = r.statement;
    const agrees = r.exampleVerdict === undefined ? 0 : r.exampleVerdict === verdict.verdict ? 1 : 0;
    const differs = r.exampleVerdict === undefined ? 0 : r.exampleVerdict !== verdict.verdict ? 1 : 0;
    const features = [
      r.score / topScore,
      Math.log1p(Math.max(0, r.score)),
      k === 0 ? 1 : 0,
      k / (CANDIDATES - 1),
      r.textScore / topText,
      r.exampleScore,
      r.exampleScore - topExample,
      r.statementScore / topStatement,
      s ? 1 : 0,
      s ? actorFit(i.actor, s.actor) : 0,
      s ? actionFit(i.actions, s.action) : 0,
      s && s.objects.some((o) => i.objects.includes(o)) ? 1 : 0,
      r.evidence / topEvidence,
      agrees,
      differs,
      sentenceOf(r) / topSentence,
      i.kind === 'who' && s && (s.modality === 'info' || s.modality === 'moet') ? 1 : 0,
      r.agreement.statements.length ? 0 : 1,
    ];
    return { ranked: r, verdict, features };
  });
}

const POSITIVE: ReadonlySet<Modality> = new Set(['mag', 'mag-mits']);

/**
 * Whether the agreement both allows and forbids something to the asker: which one applies is where
 * a verdict goes wrong (32: mandatarissen not in the channels, except …).
 */
function oppositeStatements(c: Candidate, read: ReadQuestion): boolean {
  const mine = c.ranked.agreement.statements.filter((s) => actorFit(read.interpretation.actor, s.actor) > 0);
  return mine.some((s) => s.modality === 'mag-niet') && mine.some((s) => POSITIVE.has(s.modality));
}

/** Features of the question's first answer after reranking, for the confidence model. */
export function questionFeatures(
  read: ReadQuestion,
  reranked: readonly { candidate: Candidate; probability: number; rankerPosition: number }[],
): number[] {
  const i = read.interpretation;
  const first = reranked[0];
  const p1 = first?.probability ?? 0;
  const p2 = reranked[1]?.probability ?? 0;
  const total = reranked.reduce((sum, r) => sum + r.probability, 0) || 1;
  const v = first?.candidate.verdict.verdict;
  const f = first?.candidate.features ?? [];
  const named = (n: (typeof CANDIDATE_FEATURES)[number]) => f[CANDIDATE_FEATURES.indexOf(n)] ?? 0;
  const words = read.analysis.tokens.filter((t) => t.kind === 'word').length;
  return [
    p1,
    p1 - p2,
    p1 / total,
    i.kind === 'permission' ? 1 : 0,
    i.kind === 'obligation' ? 1 : 0,
    i.kind === 'who' ? 1 : 0,
    i.kind === 'how' ? 1 : 0,
    v === 'mag' ? 1 : 0,
    v === 'mag-niet' ? 1 : 0,
    v === 'mag-mits' ? 1 : 0,
    v === 'moet' ? 1 : 0,
    named('example-verdict-agrees'),
    named('example-verdict-differs'),
    named('has-statement'),
    named('statement-actor-fit'),
    i.objects.length ? 0 : 1,
    Math.log1p(words),
    splitSentences(read.analysis.text).length > 1 ? 1 : 0,
    first && first.rankerPosition > 0 ? 1 : 0,
    first && oppositeStatements(first.candidate, read) ? 1 : 0,
    ...verdictFeatures(read, reranked),
  ];
}

const NEGATIONS = new Set(['niet', 'geen', 'nooit', 'zonder']);

/**
 * Where a verdict goes wrong (issue 13): which statement decided it, whether a rule overrode it,
 * how many readings the agreement allows this asker, and whether the runner-up reads it otherwise.
 */
function verdictFeatures(
  read: ReadQuestion,
  reranked: readonly { candidate: Candidate; probability: number }[],
): number[] {
  const i = read.interpretation;
  const words = read.analysis.tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  const first = reranked[0]?.candidate;
  const v = first?.verdict;
  const s = v?.statement;
  const pol = (c: Candidate | undefined) => (c ? polarity(c.verdict.verdict, i.kind) : undefined);
  const second = reranked[1]?.candidate;
  return [
    i.sufficiency ? 1 : 0,
    words.some((w) => NEGATIONS.has(w)) ? 1 : 0,
    i.choice ? 1 : 0,
    s && actorFit(i.actor, s.actor) < 0.5 ? 1 : 0,
    v && (v.exception?.length || v.unmet || v.alsoNeeded?.length) ? 1 : 0,
    s ? actionFit(i.actions, s.action) : 0,
    s && s.objects.some((o) => i.objects.includes(o)) ? 1 : 0,
    first ? askerPolarities(first.ranked.agreement.statements, read) : 0,
    second && pol(second) !== pol(first) ? 1 : 0,
  ];
}

/** How many different answers (Ja, Nee, Ja mits, info) the agreement's statements give this asker. */
export function askerPolarities(statements: readonly Statement[], read: ReadQuestion): number {
  const i = read.interpretation;
  const seen = new Set<string>();
  for (const s of statements)
    if (actorFit(i.actor, s.actor) >= 0.5)
      seen.add(polarity(decideVerdict(statements, s, i, { chosen: true }).verdict, i.kind));
  return seen.size;
}
