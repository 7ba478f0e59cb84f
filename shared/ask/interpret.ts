// Reading a question: who acts (the actor), what kind of question it is, and which actions and
// objects of the vocabulary it is about (DESIGN.md, Ask §1-2).
import type { Role } from '../catalogue/types';
import {
  matchStem,
  HOW_CUES,
  OBLIGATION_CUES,
  PERMISSION_CUES,
  type Analysis,
  type LexiconMatch,
} from '../language';
import type { EffectiveOrganisation } from '../organisation/types';
import { askAnalyzer } from './analyzer';
import { impliedActions, impliedObjects } from './implications';
import { nameMatches } from './people-names';
import type { Interpretation, QuestionKind } from './types';
import { MANDATARY_ROLES } from '../catalogue/roles';

const POSSESSIVES = new Set(['onze', 'ons', 'mijn', "m'n"]);
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

export interface ReadQuestion {
  interpretation: Interpretation;
  analysis: Analysis;
}

/** Reads a question; with the organisation, its people's names count as their roles. */
export function readQuestion(question: string, org?: EffectiveOrganisation): ReadQuestion {
  const analysis = askAnalyzer().analyse(question);
  if (org) {
    const named = nameMatches(analysis.tokens, org);
    if (named.length) analysis.matches = [...analysis.matches, ...named].sort((x, y) => x.start - y.start);
  }
  return { analysis, interpretation: interpret(analysis) };
}

/** How the question is read: actor, kind, actions and objects. */
export function interpretQuestion(question: string, org?: EffectiveOrganisation): Interpretation {
  return readQuestion(question, org).interpretation;
}

function interpret(a: Analysis): Interpretation {
  const words = a.tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  const roleMatches = a.matches.filter((m) => m.kind === 'role');
  const roles = unique(roleMatches.map((m) => m.id as Role));
  const objectMatches = a.matches.filter((m) => m.kind === 'object');
  const objects = unique(objectMatches.map((m) => m.id));
  const objectSources: Record<string, number> = {};
  for (const m of objectMatches) objectSources[m.id] ??= m.start;
  const objectWeights: Record<string, number> = {};
  for (const m of objectMatches) {
    const w = afterPlacePreposition(a, m.start) ? PLACE_WEIGHT : 1;
    objectWeights[m.id] = Math.max(objectWeights[m.id] ?? 0, w);
  }
  const actionMatches = a.matches.filter((m) => m.kind === 'action');
  const actions = unique(actionMatches.map((m) => m.id));
  const kind = questionKind(words);
  const mainClause = askingClause(a);
  const actionWeights: Record<string, number> = {};
  for (const m of actionMatches) {
    const w = m.start >= mainClause.start && m.end <= mainClause.end ? 1 : SIDE_CLAUSE_WEIGHT;
    actionWeights[m.id] = Math.max(actionWeights[m.id] ?? 0, w);
  }
  const { actor, explicit } = findActor(a, roleMatches, kind);
  // A mandataris named in a question about doing something ("mag de schepen op de foto …") is
  // also what the question is about (32: mandatarissen in the municipal channels). "Wie is de
  // burgemeester?" is about nothing the agreements cover.
  if (objects.length && roles.some((r) => MANDATARY_ROLES.has(r)) && !objects.includes('mandataris')) {
    objects.push('mandataris');
    objectWeights.mandataris = MENTIONED_MANDATARY_WEIGHT;
  }
  const interpretation: Interpretation = {
    kind,
    actor,
    actorExplicit: explicit,
    roles,
    actions,
    actionWeights,
    objects,
    objectSources,
    objectWeights,
    corrections: a.corrections.map((c) => ({ from: c.from, to: c.to })),
    ...(isChoiceQuestion(words) ? { choice: true } : {}),
    ...(isSufficiencyQuestion(words) ? { sufficiency: true } : {}),
    ...addressFormOf(a.text),
    ...withoutPart(a, roleMatches, actionMatches),
    stems: [
      ...a.stems,
      // Every word, stopwords too: "voor de gemeente" says when (condition-breakers.ts).
      ...words.map(matchStem),
      ...a.matches.filter((m) => m.kind === 'expansion').flatMap((m) => m.id.split(' ').map(matchStem)),
    ],
  };
  // Objects the question implies (a text sent to the press is a persbericht), at a lower weight.
  for (const o of impliedObjects(interpretation)) {
    objects.push(o);
    objectWeights[o] = IMPLIED_WEIGHT;
    objectSources[o] = -1 - objects.length;
  }
  // Actions the question implies (posting on Facebook is what the service coordinates, 56; where
  // to find the templates is what the service that coordinates the house style provides, 21).
  const implied = impliedActions(interpretation);
  if (asksWhereToFind(words) && !actions.includes('coordineren')) implied.push('coordineren');
  for (const act of implied) {
    actions.push(act);
    interpretation.actionWeights = { ...interpretation.actionWeights, [act]: IMPLIED_ACTION_WEIGHT };
  }
  return interpretation;
}

/** Weight of 'mandataris' as an object when the question only names one. */
const MENTIONED_MANDATARY_WEIGHT = 0.5;

/** Weight of an action the question implies (posting on Facebook: coordinating social media, 56). */
const IMPLIED_ACTION_WEIGHT = 1;

/** Weight of an object the question implies without naming it. */
const IMPLIED_WEIGHT = 0.8;

/** Weight of an object named as the place something goes: "op facebook", "in het infoblad". */
const PLACE_WEIGHT = 0.6;
const PLACE_PREPOSITIONS = new Set(['in', 'op', 'naar', 'via', 'aan', 'onder', 'bij']);
const PLACE_FILLERS = new Set([
  'de',
  'het',
  'een',
  'onze',
  'ons',
  'mijn',
  'zijn',
  'haar',
  'hun',
  'jullie',
  'die',
  'dat',
  'deze',
]);

/** Verbs and nouns whose 'op' introduces their object: "antwoorden op", "reageren op". */
const GOVERNS_OP = new Set([
  'antwoord',
  'antwoorden',
  'antwoordt',
  'geantwoord',
  'reageren',
  'reageer',
  'reageert',
  'gereageerd',
  'reactie',
  'reacties',
]);

/** Whether the word at `start` follows "in/op/naar … (de, onze …)", possibly via one adjective. */
function afterPlacePreposition(a: Analysis, start: number): boolean {
  const k = a.tokens.findIndex((t) => t.start === start);
  for (let j = k - 1, skipped = 0; j >= 0 && skipped <= 2; j--, skipped++) {
    const w = a.tokens[j].norm;
    // "antwoorden op klachten", "reageren op een post": the verb's own preposition names what
    // the question is about, not where something goes.
    if (PLACE_PREPOSITIONS.has(w)) return !(j > 0 && GOVERNS_OP.has(a.tokens[j - 1].norm) && w === 'op');
    if (!PLACE_FILLERS.has(w) && skipped > 0) return false;
    if (!PLACE_FILLERS.has(w) && !/e$/.test(w)) return false;
  }
  return false;
}

/** Weight of an action outside the clause that asks the question. */
const SIDE_CLAUSE_WEIGHT = 0.6;
/** Words that open a side clause: "voor het verstuurd wordt", "als de printer kapot is". */
const SUBORDINATORS = new Set([
  'voor',
  'als',
  'omdat',
  'zodat',
  'nadat',
  'terwijl',
  'voordat',
  'zodra',
  'waar',
  'die',
  'dat',
  'om',
]);
/** Permission cues that also occur in other questions ("zelf", "gewoon"): no question kind alone. */
const WEAK_PERMISSION = new Set(['zelf', 'gewoon', 'zomaar', 'goed']);
const QUESTION_CUES = new Set([
  'wie',
  'wat',
  'hoe',
  'welke',
  'waar',
  'wanneer',
  ...PERMISSION_CUES,
  ...OBLIGATION_CUES,
]);

/**
 * The clause that carries the question: the comma-separated part with the first question word
 * (mag, moet, wie …), cut at a subordinating word that follows the question word.
 */
function askingClause(a: Analysis): { start: number; end: number } {
  const tokens = a.tokens;
  let start = 0;
  let end = Number.MAX_SAFE_INTEGER;
  const cue = tokens.findIndex(
    (t) =>
      t.kind === 'word' &&
      QUESTION_CUES.has(t.norm) &&
      t.norm !== 'zelf' &&
      t.norm !== 'gewoon' &&
      t.norm !== 'zomaar' &&
      t.norm !== 'goed',
  );
  if (cue < 0) return { start, end };
  // Back to the previous comma or sentence end.
  const text = a.text;
  const before = Math.max(
    text.lastIndexOf(',', tokens[cue].start),
    text.lastIndexOf('.', tokens[cue].start),
    text.lastIndexOf('?', tokens[cue].start),
  );
  start = before + 1;
  for (let k = cue + 2; k < tokens.length; k++) {
    const between = text.slice(tokens[k - 1].end, tokens[k].start);
    if (/[,;:?!]/.test(between) || SUBORDINATORS.has(tokens[k].norm)) {
      end = tokens[k].start;
      break;
    }
  }
  return { start, end };
}

/**
 * Openers of a question about how things are arranged ("zit er iemand van communicatie in het
 * MT?", "krijgt de communicatieverantwoordelijke de agenda?"): answered with information, as 'who'.
 */
const DESCRIPTIVE_OPENERS = new Set([
  'zit',
  'zitten',
  'krijgt',
  'krijgen',
  'ziet',
  'zien',
  'volgt',
  'volgen',
  'bestaat',
  'bestaan',
  'staat',
  'staan',
  'komen',
  'komt',
  'is',
  'zijn',
  'heeft',
  'hebben',
  'doet',
  'doen',
  'wat',
  'waarom',
]);

/** Words ending in -t that open questions without being a verb about how things are done. */
const NOT_VERBS = new Set([
  'wanneer',
  'tegen',
  'welke',
  'wat',
  'want',
  'dient',
  'moest',
  'mocht',
  'kunt',
  'persbericht',
  'logo',
]);

/** Words after which 'of' means 'whether' ("ik vraag me af of …"), not 'or'. */
const WHETHER_AFTER = new Set([
  'af',
  'weet',
  'weten',
  'vraag',
  'vraagt',
  'benieuwd',
  'zeker',
  'twijfel',
  'checken',
  'inschatten',
  'kijken',
  'zien',
]);
/** At most this many words after 'of' for it to close a choice ("u of je", "per mail of per brief"). */
const CHOICE_TAIL = 4;

/**
 * "Moet ik u of je schrijven?", "mail of brief?": a question that ends by offering alternatives wants
 * the rule (22: je in publiekskanalen, u in correspondentie), not "ja, dat moet".
 */
export function isChoiceQuestion(words: string[]): boolean {
  const k = words.lastIndexOf('of');
  if (k < 1 || words.length - k - 1 < 1 || words.length - k - 1 > CHOICE_TAIL) return false;
  if (WHETHER_AFTER.has(words[k - 1])) return false;
  // "…, mag ik dan antwoorden of moet ik doorverwijzen?": a second question, not an alternative.
  return !words.slice(k + 1).some((w) => PERMISSION_CUES.has(w) || OBLIGATION_CUES.has(w));
}

/** "de je-vorm", "met u aanspreken", "jij zeggen", "tutoyeren": the form of address a question proposes. */
const ADDRESS_FORM =
  /\b(?:(je|jij|u)-?vorm|(?:met|in de) (je|jij|u)(?: -?vorm)?\b(?= (?:aanspreken|aan te spreken|schrijven|te schrijven|antwoorden|aanschrijven))|(je|jij|u) (?:zeggen|te zeggen|schrijven|gebruiken)\b|(tutoyeren|vousvoyeren))/i;

function addressFormOf(text: string): { addressForm?: 'je' | 'u' } {
  const m = ADDRESS_FORM.exec(text);
  if (!m) return {};
  const word = (m[1] ?? m[2] ?? m[3] ?? m[4]).toLowerCase();
  return { addressForm: word === 'u' || word === 'vousvoyeren' ? 'u' : 'je' };
}

/** Words that ask whether something is enough: "volstaat dat?", "is dat genoeg?", "voldoende?". */
const SUFFICIENCY_WORDS = new Set(['volstaat', 'volstaan', 'volstond', 'genoeg', 'voldoende', 'toereikend']);

/** "Volstaat …?", "is … genoeg?": whether what is named covers what is required, not a permission. */
export function isSufficiencyQuestion(words: readonly string[]): boolean {
  return words.some((w) => SUFFICIENCY_WORDS.has(w));
}

/** "Waar vind ik …", "kan ik … ergens downloaden": asking where something is kept. */
const FIND_VERBS = new Set(['vinden', 'vind', 'vindt', 'terugvinden', 'downloaden', 'download', 'ergens']);

/**
 * "Kan ik de huisstijl-templates ergens vinden?", "waar staan de sjablonen?": not permission to
 * find something but who keeps it, answered with information: the service that coordinates and
 * facilitates it (21). Not "wat vind jij ervan": only with 'waar'/'ergens' or a plain "kan ik".
 */
function asksWhereToFind(words: string[]): boolean {
  const modal = words.find((w) => PERMISSION_CUES.has(w) || OBLIGATION_CUES.has(w));
  if (words[0] === 'waar' && !modal) return true;
  const finds = words.some((w) => FIND_VERBS.has(w) && w !== 'ergens');
  const where = words.includes('waar') || words.includes('ergens');
  return finds && where && (!modal || modal === 'kan' || modal === 'kun');
}

/** Subject pronouns: after "wie moet …" they show that 'wie' is not the one who acts. */
const SUBJECT_PRONOUNS = new Set(['ik', 'hij', 'zij', 'ze', 'we', 'wij', 'men', 'ge', 'gij', 'je', 'jij']);

function whoAsObject(words: string[]): QuestionKind | undefined {
  const k = words.indexOf('wie');
  if (k < 0 || !SUBJECT_PRONOUNS.has(words[k + 2] ?? '')) return undefined;
  // Asked like a how-question: the rule is the answer ("Zo is het afgesproken: …"), not "ja".
  if (OBLIGATION_CUES.has(words[k + 1])) return 'how';
  return undefined;
}

function questionKind(words: string[]): QuestionKind {
  // "Moet er … staan over wie communiceert?": the modal verb that opens the question decides.
  const first = words[0];
  if (asksWhereToFind(words)) return 'who';
  if (first && PERMISSION_CUES.has(first) && !WEAK_PERMISSION.has(first)) return 'permission';
  if (first && OBLIGATION_CUES.has(first)) return 'obligation';
  // "Wie moet hij verwittigen?", "bij wie moet ik zijn?": 'wie' is whom, and the question is about
  // what the subject after the modal verb must do (51: the schepen must inform …).
  const whom = whoAsObject(words);
  if (whom) return whom;
  if (words.includes('wie') || words.includes('wiens')) return 'who';
  // "Wat moet er op de website staan?", "hoe moet ik …", "tegen wanneer moet …": a question word
  // before the modal verb asks for the rule, not for yes or no.
  const at = words.findIndex((w) => PERMISSION_CUES.has(w) || OBLIGATION_CUES.has(w));
  // "Wat moet die doen?" asks for an obligation and stays one; "wat moet er … staan?" asks for content.
  const asksContent = words[at - 1] === 'wat' && words[at + 1] === 'er';
  if (at > 0 && (asksContent || words.slice(0, at).some((w) => HOW_CUES.has(w)))) return 'how';
  // "Gebruikt de communicatiedienst AI?", "vermeldt ze dat?": a verb in the third person opens a
  // question about how things are done (DESCRIPTIVE_OPENERS, or any such form ending in -t).
  if (
    first &&
    (DESCRIPTIVE_OPENERS.has(first) ||
      (/[^aeiou]t$/.test(first) && first.length > 4 && !NOT_VERBS.has(first))) &&
    !words.some((w) => (PERMISSION_CUES.has(w) && !WEAK_PERMISSION.has(w)) || OBLIGATION_CUES.has(w))
  )
    return 'who';
  // "Welke dienst …", "voor welk publiek …": which one, answered with information.
  if (words.slice(0, 3).some((w) => w === 'welke' || w === 'welk')) return 'who';
  for (const w of words) {
    if (PERMISSION_CUES.has(w) && !WEAK_PERMISSION.has(w)) return 'permission';
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
      if (m) return { actor: m.id as Role, explicit: true };
      // "mag een politieke partij", "kan de gemeentelijke pagina": an adjective may stand between.
      if (!DETERMINERS.has(tokens[j].norm) && !/[^e]e$/.test(tokens[j].norm)) break;
    }
  }
  // Otherwise the first person named, unless it only sets the scene (a journalist who calls).
  // "onze burgemeester zette …", "mijn leidinggevende vertelt …": a possessive before a role names
  // that role as the subject, not the asker.
  const firstPerson = tokens.find(
    (t, k) =>
      FIRST_PERSON.has(t.norm) &&
      !(POSSESSIVES.has(t.norm) && k + 1 < tokens.length && roleAt(tokens[k + 1].start)),
  );
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

/** Words after 'zonder' that still belong to it: up to the next comma or this many words. */
const WITHOUT_SPAN = 6;

/** "Mag ik … zonder de communicatiedienst?": what the question leaves out (see Interpretation.without). */
function withoutPart(
  a: Analysis,
  roleMatches: LexiconMatch[],
  actionMatches: LexiconMatch[],
): { without?: NonNullable<Interpretation['without']> } {
  const tokens = a.tokens.filter((t) => t.kind === 'word');
  const k = tokens.findIndex((t) => t.norm === 'zonder');
  if (k < 0) return {};
  let end = Math.min(tokens.length, k + 1 + WITHOUT_SPAN);
  for (let j = k + 1; j < end; j++)
    if (/[,;:?!.]/.test(a.text.slice(tokens[j - 1].end, tokens[j].start))) end = j;
  const span = tokens.slice(k + 1, end);
  if (!span.length) return {};
  const from = span[0].start;
  const to = span[span.length - 1].end;
  const inSpan = (m: LexiconMatch) => m.start >= from && m.end <= to;
  return {
    without: {
      roles: unique(roleMatches.filter(inSpan).map((m) => m.id as Role)),
      actions: unique(actionMatches.filter(inSpan).map((m) => m.id)),
      stems: span.map((t) => matchStem(t.norm)),
    },
  };
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
