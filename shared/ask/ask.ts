// ask(): a who-may-do-what question -> ranked agreements -> verdict -> reply (DESIGN.md, Ask).
import { allExamples } from '../catalogue/examples';
import type { EffectiveAgreement, EffectiveOrganisation } from '../organisation/types';
import { readQuestion, type ReadQuestion } from './interpret';
import { explain, secondStage } from './model/second-stage';
import { TRAINED_MODEL } from './model/trained';
import { rankAgreements, bestStatement, type Ranked } from './rank';
import {
  composeAnswer,
  emptyQuestionReply,
  omittedReply,
  outOfScopeReply,
  renderClarification,
  renderReply,
  whoToInvolve,
} from './reply';
import { clarify, plausibleChoices } from './clarify';
import type { SecondStage } from './model/second-stage';
import { probability } from './model/logistic';
import { scopeFeatures } from './model/scope-features';
import { verdictChoices, verdictClarification } from './verdict-choices';
import { polarity } from './polarity';
import type { Statement } from '../catalogue/types';
import { isOutOfScope } from './out-of-scope';
import { isOmitted, rankingScope } from './scope';
import { saysNothing } from './fillers';

export { isOutOfScope, OUT_OF_SCOPE_BELOW } from './out-of-scope';
import { situationLabel } from './situations';
import type { Answer, AskResult, Choice, Clarification } from './types';
import { decideVerdict } from './verdict';

const MAX_ANSWERS = 5;
/**
 * An answer below this share of the best score is padding, not a match ('wie tekent brieven?' used
 * to list agreements 1 and 2 at score 0): the contract's answers are the meaningful ones, at most 5.
 */
const MIN_SHARE_OF_TOP = 0.1;

export interface AskOptions {
  /**
   * The situation the asker picked from a clarifying question: answer from this agreement. When the
   * question does not reach it at all, it is answered as the organisation's statements give it.
   */
  agreement?: number;
  /**
   * With `agreement`: the situation within it the asker picked (a yes/no clarify), as the index of
   * its statement: the answer is that statement's reading.
   */
  statement?: number;
  /** Leave-one-out: the example question with exactly this text is not compared (figures, training). */
  skipExample?: string;
  /** Add what decided (`ask --uitleg`). */
  explain?: boolean;
}

export function ask(question: string, org: EffectiveOrganisation, options: AskOptions = {}): AskResult {
  const q = question.trim();
  if (!q) return refusal(question, emptyQuestionReply());
  const scope = rankingScope(org);
  const read = readQuestion(q, org);
  const i = read.interpretation;
  const forced =
    options.agreement !== undefined && org.byNumber.has(options.agreement) ? options.agreement : undefined;
  if (forced === undefined && isUnderSpecified(read)) return askBack(question, read, org);
  const ranked = rankAgreements(read, scope, allExamples(), options.skipExample);
  if (forced === undefined && isOutOfScope(read, ranked))
    return isVague(read)
      ? askBack(question, read, org)
      : { ...refusal(question, outOfScopeReply(org)), interpretation: i };
  const stage = secondStage(read, ranked, scope, TRAINED_MODEL);
  // A near miss the note does not govern (a broken lift, an IT account, a leave day): the scope
  // model refuses it honestly, however well a borrowed word matched an agreement.
  if (forced === undefined && !governs(read, ranked, stage))
    return isVague(read)
      ? askBack(question, read, org)
      : { ...refusal(question, outOfScopeReply(org)), interpretation: i };
  // The reranked candidates first, then the ranker's order for the rest.
  const order: Ranked[] = stage.reranked.map((r) => r.candidate.ranked);
  for (const r of ranked.slice(order.length)) order.push(r);
  if (forced !== undefined) {
    const at = order.findIndex((r) => r.agreement.number === forced);
    const chosen = at >= 0 ? order[at] : forcedEntry(org.byNumber.get(forced)!, read);
    if (at >= 0) order.splice(at, 1);
    order.unshift(chosen);
  }
  const chosen =
    forced !== undefined && options.statement !== undefined
      ? org.byNumber.get(forced)?.statements[options.statement]
      : undefined;
  const explanation = options.explain ? { explanation: explain(TRAINED_MODEL, stage) } : {};
  const best = order[0];
  if (forced === undefined && isOmitted(org, best.agreement.number)) {
    const label = situationLabel(best.agreement);
    return {
      ...refusal(question, omittedReply(label, org)),
      confidence: round(stage.confidence),
      interpretation: i,
      omitted: { agreement: best.agreement.number, label },
      ...explanation,
    };
  }
  // From here on only what the organisation adopted.
  const adopted = order
    .filter((r) => !isOmitted(org, r.agreement.number))
    .map((r) => ({ ...r, agreement: org.byNumber.get(r.agreement.number) ?? r.agreement }));
  const floor = adopted[0].score * MIN_SHARE_OF_TOP;
  // An answer's score is the second stage's probability that it is the right agreement (the ranker's
  // own score after the candidates it weighs), never above the one before it: best first.
  const probability = new Map(
    stage.reranked.map((r) => [r.candidate.ranked.agreement.number, r.probability]),
  );
  let ceiling = 1;
  const answers = adopted
    .slice(0, MAX_ANSWERS)
    .filter((r, k) => k === 0 || (r.score > 0 && r.score >= floor))
    .map((r, k) => {
      const answer = toAnswer(r, read, k === 0 ? chosen : undefined);
      const p = k === 0 && forced !== undefined ? 1 : (probability.get(answer.agreement) ?? answer.score);
      ceiling = Math.min(ceiling, Math.round(p * 100) / 100);
      return { ...answer, score: ceiling };
    })
    .filter((a, k) => k === 0 || a.score > 0);
  const plausible = plausibleChoices(stage, org, TRAINED_MODEL);
  const confidence = round(
    forced !== undefined ? Math.max(stage.confidence, TRAINED_MODEL.answerAt) : stage.confidence,
  );
  const clarification =
    forced === undefined && stage.confidence < TRAINED_MODEL.answerAt
      ? doubtClarification(plausible, adopted, stage, read)
      : undefined;
  if (clarification) {
    return {
      question,
      outOfScope: false,
      answers,
      reply: renderClarification(clarification),
      interpretation: i,
      mode: 'clarify',
      confidence,
      clarification,
      ...explanation,
    };
  }
  const top = adopted[0];
  const topVerdict = chosen
    ? decideVerdict(top.agreement.statements, chosen, i, { chosen: true })
    : decideVerdict(top.agreement.statements, top.statement, i);
  const parts = composeAnswer(
    {
      verdict: topVerdict,
      kind: i.kind,
      agreement: top.agreement,
      who: answers[0].who,
      question: q,
      alsoSee: relatedAgreements(adopted),
      choice: i.choice,
    },
    org,
  );
  const alternatives = plausible.filter((c) => c.agreement !== top.agreement.number).slice(0, 2);
  return {
    question,
    outOfScope: false,
    answers,
    reply: renderReply(parts),
    interpretation: i,
    mode: 'answer',
    confidence,
    parts,
    ...(alternatives.length ? { alternatives } : {}),
    ...explanation,
  };
}

/** The smallest share of the first candidate's probability a runner-up needs to be offered at all. */
const RUNNER_UP_SHARE = 0.1;
/** At or above this reranked probability the first agreement is not in doubt. */
const AGREEMENT_CLEAR = 0.8;

/**
 * Below the answer threshold the bot does not give a yes or no (issue 13: never confidently
 * wrong). It asks back: between the plausible situations of different agreements; else, when the
 * agreement gives this asker different answers in different situations, between those; else
 * between the first agreement and the runner-up. Undefined only when there is nothing to offer.
 */
function doubtClarification(
  plausible: Choice[],
  adopted: readonly Ranked[],
  stage: SecondStage,
  read: ReadQuestion,
): Clarification | undefined {
  if (plausible.length >= 2) return clarify(plausible);
  const within = verdictChoices(adopted[0].agreement, read);
  if (within.length >= 2) return verdictClarification(within);
  // Information (who does it, how it goes) says no yes or no that could be wrong: answered.
  const reading = stage.reranked[0]?.candidate.verdict.verdict;
  if (!reading || polarity(reading, read.interpretation.kind) === 'info') return undefined;
  const first = stage.reranked[0]?.probability ?? 0;
  // The runner-up only when the agreement itself is in doubt: a clear agreement whose reading is
  // unsure is not repaired by offering a neighbour ("mag ik zelf een persbericht sturen?": 45).
  if (first >= AGREEMENT_CLEAR) return undefined;
  const top = adopted[0].agreement;
  const runnerUp = stage.reranked
    .map((r) => r.candidate.ranked.agreement)
    .find(
      (a) =>
        a.number !== top.number &&
        adopted.some((x) => x.agreement.number === a.number) &&
        (stage.reranked.find((r) => r.candidate.ranked.agreement === a)?.probability ?? 0) >=
          first * RUNNER_UP_SHARE,
    );
  if (!runnerUp) return undefined;
  return clarify([
    { label: situationLabel(top), agreement: top.number },
    { label: situationLabel(runnerUp), agreement: runnerUp.number },
  ]);
}

/** Whether the scope model reads the question as one the note governs. */
export function governs(read: ReadQuestion, ranked: readonly Ranked[], stage: SecondStage): boolean {
  return probability(TRAINED_MODEL.scope, scopeFeatures(read, ranked, stage)) >= TRAINED_MODEL.scopeAt;
}

function refusal(question: string, reply: string): AskResult {
  return { question, outOfScope: true, answers: [], reply, mode: 'refuse', confidence: 0 };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A ranking entry for an agreement the question does not reach (a click on a general choice). */
function forcedEntry(agreement: EffectiveAgreement, read: ReadQuestion): Ranked {
  const best = bestStatement(agreement.statements, read.interpretation);
  return {
    agreement,
    score: 0,
    textScore: 0,
    statementScore: best?.score ?? 0,
    exampleScore: 0,
    evidence: 0,
    ...(best ? { statement: best.statement } : {}),
  };
}

/** A question with nothing to go on: no object, action or role, and only cue words and fillers. */
export function isUnderSpecified(read: ReadQuestion): boolean {
  return !read.interpretation.actions.length && isVague(read);
}

/**
 * No object or role, and besides cue words and fillers at most a verb whose object is a pronoun
 * ("mag ik dat posten?", "wie beslist dat?"): where the agreements would not cover it, the bot asks
 * what it is about instead of refusing it.
 */
export function isVague(read: ReadQuestion): boolean {
  const i = read.interpretation;
  if (i.objects.length || i.roles.some((r) => r !== 'medewerker')) return false;
  // A subject the lexicon read, even one the question's reading set aside, is something to go on.
  if (read.analysis.matches.some((m) => m.kind === 'object')) return false;
  const words = read.analysis.tokens.filter((t) => t.kind === 'word');
  if (words.length > 6) return false;
  const actions = read.analysis.matches.filter((m) => m.kind === 'action');
  // A separable verb's match spans what lies between its parts ("vraag … ouderschapsverlof … aan"):
  // only its own words count as the verb.
  const isVerb = (t: (typeof words)[number]) =>
    actions.some(
      (m) =>
        t.start >= m.start &&
        t.end <= m.end &&
        (t.start === m.start || t.end === m.end || m.term.split(' ').includes(t.norm)),
    );
  const rest = words.filter((t) => !isVerb(t));
  return rest.length > 0 && saysNothing(rest.map((t) => t.norm));
}

/** The general situations offered for a question with nothing to go on. */
const GENERAL_CHOICES: readonly number[] = [45, 56, 54];
/** How many situations a question back offers. */
const ASK_BACK_CHOICES = 3;

/**
 * "Mag ik?": a question back, not a refusal. With a verb ("mag ik dat posten?") the situations are
 * the agreements that verb reaches first; without one, the situations staff ask about most.
 */
function askBack(question: string, read: ReadQuestion, org: EffectiveOrganisation): AskResult {
  const reached = read.interpretation.actions.length
    ? rankAgreements(read, org, allExamples())
        .filter((r) => r.score > 0)
        .map((r) => r.agreement.number)
    : [];
  const numbers = (reached.length >= 2 ? reached : GENERAL_CHOICES)
    .filter((n) => org.byNumber.has(n))
    .slice(0, ASK_BACK_CHOICES);
  const choices = numbers.map((n) => ({ label: situationLabel(org.byNumber.get(n)!), agreement: n }));
  const clarification = {
    question: 'Waarover gaat je vraag? Vertel kort wat je wilt doen, of kies een situatie.',
    choices,
  };
  return {
    question,
    outOfScope: false,
    answers: [],
    reply: renderClarification(clarification),
    interpretation: read.interpretation,
    mode: 'clarify',
    confidence: 0,
    clarification,
  };
}

function toAnswer(r: Ranked, read: ReadQuestion, chosen?: Statement): Answer {
  const i = read.interpretation;
  const best = chosen ?? r.statement ?? bestStatement(r.agreement.statements, i)?.statement;
  const v = decideVerdict(r.agreement.statements, best, i, { chosen: chosen !== undefined });
  return {
    agreement: r.agreement.number,
    variant: r.agreement.variant,
    verdict: v.verdict,
    who: whoToInvolve(v, i.actor, i.kind, i.roles),
    text: r.agreement.text,
    score: confidence(r.score),
    section: r.agreement.section,
    ...(v.statement ? { statement: v.statement } : {}),
    ...(v.statement?.conditions?.length ? { conditions: v.statement.conditions } : {}),
  };
}

/** A 0..1 confidence from the raw score, rounded for stable output. */
function confidence(score: number): number {
  return Math.round((1 - Math.exp(-score / 8)) * 100) / 100;
}

/** Next best agreements that are close to the best one, to name as "zie ook". */
function relatedAgreements(ranked: Ranked[]): number[] {
  const top = ranked[0].score;
  return ranked
    .slice(1, 3)
    .filter((r) => r.score >= top * 0.8)
    .map((r) => r.agreement.number);
}
