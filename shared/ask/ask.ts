// ask(): a who-may-do-what question -> ranked agreements -> verdict -> reply (DESIGN.md, Ask).
import { allExamples } from '../catalogue/examples';
import { isSubjectWord, isWorkplaceWord } from '../language';
import type { EffectiveOrganisation } from '../organisation/types';
import { readQuestion, type ReadQuestion } from './interpret';
import { rankAgreements, bestStatement, type Ranked } from './rank';
import { buildReply, emptyQuestionReply, outOfScopeReply, whoToInvolve } from './reply';
import type { Answer, AskResult } from './types';
import { decideVerdict } from './verdict';

const MAX_ANSWERS = 5;
/**
 * An answer below this share of the best score is padding, not a match ('wie tekent brieven?' used
 * to list agreements 1 and 2 at score 0): the contract's answers are the meaningful ones, at most 5.
 */
const MIN_SHARE_OF_TOP = 0.1;

/**
 * Below this score the agreements do not cover the question (set on the development questions,
 * see bench/ask-accuracy.ts): an honest "I don't know" beats a made-up verdict.
 */
export const OUT_OF_SCOPE_BELOW = 5;
/** A question without any object or channel of the lexicon needs a clearly stronger text match. */
export const OUT_OF_SCOPE_WITHOUT_OBJECT_BELOW = 10;
/** A question that names a role of the agreements (college, schepen, pers …) but no object. */
export const OUT_OF_SCOPE_ROLE_ONLY_BELOW = 8;
/** Roles any workplace question names; they are no evidence that a question is about communication. */
/** Roles that only exist in communication work: naming one is as good as naming an object. */
const COMMUNICATION_ROLES = new Set<string>([
  'communicatiedienst',
  'communicatieverantwoordelijke',
  'redactieraad',
  'redacteur',
  'kabinet',
  'pers',
  'schepen-van-communicatie',
]);
const GENERIC_ROLES = new Set<string>([
  'medewerker',
  'dienst',
  'leidinggevende',
  'diensthoofd',
  'iedereen',
  'gemeenteraad',
]);

export function ask(question: string, org: EffectiveOrganisation): AskResult {
  const q = question.trim();
  if (!q) return { question, outOfScope: true, answers: [], reply: emptyQuestionReply() };
  const read = readQuestion(q, org);
  const ranked = rankAgreements(read, org, allExamples());
  const i = read.interpretation;
  if (isOutOfScope(read, ranked)) {
    return { question, outOfScope: true, answers: [], reply: outOfScopeReply(org), interpretation: i };
  }
  const floor = ranked[0].score * MIN_SHARE_OF_TOP;
  const answers = ranked
    .slice(0, MAX_ANSWERS)
    .filter((r, k) => k === 0 || (r.score > 0 && r.score >= floor))
    .map((r) => toAnswer(r, read))
    .filter((a, k) => k === 0 || a.score > 0);
  const top = ranked[0];
  const topVerdict = decideVerdict(top.agreement.statements, top.statement, i);
  const reply = buildReply(
    {
      verdict: topVerdict,
      kind: i.kind,
      agreement: top.agreement,
      who: answers[0].who,
      question: q,
      alsoSee: relatedAgreements(ranked),
      choice: i.choice,
    },
    org,
  );
  return { question, outOfScope: false, answers, reply, interpretation: i };
}

/**
 * Objects that ordinary workplace words also reach ('opleiding', 'menu' of the canteen, a 'kind'
 * who is ill, a 'vergadering', 'materiaal'): no evidence of communication next to a workplace word.
 */
const WORKPLACE_AMBIGUOUS_OBJECTS = new Set<string>([
  'opleiding',
  'beeldbeleid',
  'website-structuur',
  'agenda',
  'beleid',
  'teksten-en-beelden',
]);

/**
 * An HR, ICT or facilities question (leave, pay, a badge, the printer, a training to enrol in):
 * a workplace word and no communication object beyond the ambiguous ones. Training is the
 * communication service's own concern (25) only when the question names the service (or says
 * "communicatie", lexicon/workplace.ts SUBJECT_WORDS).
 */
function isWorkplaceQuestion(read: ReadQuestion, words: readonly string[], namesService: boolean): boolean {
  const i = read.interpretation;
  const cue = words.some(isWorkplaceWord) || (i.objects.includes('opleiding') && !namesService);
  return cue && !namesService && i.objects.every((o) => WORKPLACE_AMBIGUOUS_OBJECTS.has(o));
}

export function isOutOfScope(read: ReadQuestion, ranked: Ranked[]): boolean {
  const top = ranked[0];
  if (!top) return true;
  const i = read.interpretation;
  const words = read.analysis.tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  const namesService = i.roles.some((r) => COMMUNICATION_ROLES.has(r)) || words.some(isSubjectWord);
  if (isWorkplaceQuestion(read, words, namesService)) return true;
  const floor =
    i.objects.length || namesService
      ? OUT_OF_SCOPE_BELOW
      : i.roles.some((r) => !GENERIC_ROLES.has(r))
        ? OUT_OF_SCOPE_ROLE_ONLY_BELOW
        : OUT_OF_SCOPE_WITHOUT_OBJECT_BELOW;
  // Whether the agreements cover the question at all, before weighing who acts (rank.ts askerScope).
  let evidence = 0;
  for (const r of ranked) if (r.evidence > evidence) evidence = r.evidence;
  return evidence < floor;
}

function toAnswer(r: Ranked, read: ReadQuestion): Answer {
  const i = read.interpretation;
  const best = r.statement ?? bestStatement(r.agreement.statements, i)?.statement;
  const v = decideVerdict(r.agreement.statements, best, i);
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
