// Reading a question: who acts (the actor), what kind of question it is, and which actions and
// objects of the vocabulary it is about (DESIGN.md, Ask §1-2).
import type { Role } from '../catalogue/types';
import { HOW_CUES, OBLIGATION_CUES, PERMISSION_CUES, type Analysis, type LexiconMatch } from '../language';
import { askAnalyzer } from './analyzer';
import type { Interpretation, QuestionKind } from './types';

const FIRST_PERSON = new Set(['ik', 'wij', 'we', 'mij', 'me', 'mijn', 'ons', 'onze', "m'n"]);
/** Words that may stand between a modal verb and its subject: "mag de schepen", "kan onze dienst". */
const DETERMINERS = new Set([
  'de',
  'het',
  'een',
  'onze',
  'ons',
  'mijn',
  'zo',
  "'n",
  'die',
  'dat',
  'deze',
  'dit',
]);
/** Roles that are rarely the one asking: a journalist calling is the occasion, not the actor. */
const OCCASION_ROLES = new Set<Role>(['pers', 'externe']);
/** Roles a mention of which is also what a statement can be about (agreement 32 "mandatarissen komen niet voor"). */
const MANDATARY_ROLES = new Set<Role>([
  'schepen',
  'burgemeester',
  'mandataris',
  'bevoegde-schepen',
  'bevoegde-mandataris',
  'schepen-van-communicatie',
]);

export interface ReadQuestion {
  interpretation: Interpretation;
  analysis: Analysis;
}

export function readQuestion(question: string): ReadQuestion {
  const analysis = askAnalyzer().analyse(question);
  return { analysis, interpretation: interpret(analysis) };
}

/** How the question is read: actor, kind, actions and objects. */
export function interpretQuestion(question: string): Interpretation {
  return readQuestion(question).interpretation;
}

function interpret(a: Analysis): Interpretation {
  const words = a.tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  const roleMatches = a.matches.filter((m) => m.kind === 'role');
  const roles = unique(roleMatches.map((m) => m.id as Role));
  const objects = unique(a.matches.filter((m) => m.kind === 'object').map((m) => m.id));
  if (roles.some((r) => MANDATARY_ROLES.has(r)) && !objects.includes('mandataris'))
    objects.push('mandataris');
  const actions = unique(a.matches.filter((m) => m.kind === 'action').map((m) => m.id));
  const kind = questionKind(words);
  const { actor, explicit } = findActor(a, roleMatches, kind);
  return {
    kind,
    actor,
    actorExplicit: explicit,
    roles,
    actions,
    objects,
    corrections: a.corrections.map((c) => ({ from: c.from, to: c.to })),
  };
}

function questionKind(words: string[]): QuestionKind {
  if (words.includes('wie') || words.includes('wiens')) return 'who';
  if (words[0] === 'welke' || words[0] === 'welk') return 'who';
  for (const w of words) {
    if (PERMISSION_CUES.has(w) && w !== 'zelf' && w !== 'gewoon' && w !== 'zomaar' && w !== 'goed')
      return 'permission';
    if (OBLIGATION_CUES.has(w)) return 'obligation';
    if (HOW_CUES.has(w)) return 'how';
  }
  return 'other';
}

function findActor(
  a: Analysis,
  roleMatches: LexiconMatch[],
  kind: QuestionKind,
): { actor: Role; explicit: boolean } {
  const tokens = a.tokens.filter((t) => t.kind === 'word');
  const roleAt = (start: number) => roleMatches.find((m) => m.start === start);
  // "mag ik", "mag de schepen", "kan onze dienst", "moet de algemeen directeur": the subject after a modal verb.
  for (let i = 0; i < tokens.length; i++) {
    if (!PERMISSION_CUES.has(tokens[i].norm) && !OBLIGATION_CUES.has(tokens[i].norm)) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
      const m = roleAt(tokens[j].start);
      if (m) return { actor: m.id as Role, explicit: !FIRST_PERSON.has(tokens[j].norm) };
      if (!DETERMINERS.has(tokens[j].norm)) break;
    }
  }
  // Otherwise the first person named, unless it only sets the scene (a journalist who calls).
  const firstPerson = tokens.find((t) => FIRST_PERSON.has(t.norm));
  const named = roleMatches.filter((m) => !OCCASION_ROLES.has(m.id as Role) && !FIRST_PERSON.has(m.term));
  // "jullie" is the communication service being asked, not the actor.
  const actors = named.filter((m) => m.term !== 'jullie');
  if (actors.length && (!firstPerson || actors[0].start < firstPerson.start))
    return { actor: actors[0].id as Role, explicit: true };
  if (firstPerson) return { actor: 'medewerker', explicit: true };
  const occasion = roleMatches.find((m) => OCCASION_ROLES.has(m.id as Role));
  if (occasion && kind !== 'who' && !tokens.some((t) => PERMISSION_CUES.has(t.norm)))
    return { actor: occasion.id as Role, explicit: true };
  return { actor: 'medewerker', explicit: false };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
