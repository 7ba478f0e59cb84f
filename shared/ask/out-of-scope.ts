// Whether the agreements cover a question at all (DESIGN.md, Ask §4): an honest "I don't know"
// beats a made-up verdict. Used by ask, by the tab's search ("kantine menu" finds nothing) and by
// the second stage's training (which learns only from questions ask would answer).
import { isSubjectWord, isWorkplaceWord } from '../language';
import type { ReadQuestion } from './interpret';
import type { Ranked } from './rank';

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
