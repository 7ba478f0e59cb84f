// From the best fitting statement to a verdict for this asker (CONTRACT §2: mag, mag-niet,
// mag-mits, moet, info). A statement about someone else's job answers a permission question with
// "no": "Persberichten worden verstuurd door de communicatiedienst" (45) means a staff member may not.
import type { Modality, Role, Statement } from '../catalogue/types';
import { actionFit } from './action-affinity';
import { actorFit } from './actors';
import { matchStem } from '../language';
import { CONDITION_BREAKER_ROWS } from '../language/lexicon';
import type { Interpretation } from './types';

export interface Verdict {
  verdict: Modality;
  /** The statement the verdict rests on. */
  statement?: Statement;
  /** For 'mag-niet' because someone else does it: that role ("Nee, dat doet de communicatiedienst."). */
  doer?: Role;
  /** Every role that does it instead ("de algemeen directeur en de bevoegde mandataris"). */
  doers?: Role[];
  /** For a rule with an exception the question does not claim (72, 74, 37): the exception, to mention. */
  exception?: string[];
  /** For 'mag-mits' because that role lays down how it is done (23: the image policy). */
  coordinator?: Role;
  /** Conditions the question itself shows are not met (condition-breakers.ts), to name in the reply. */
  unmet?: string[];
  /** A sufficiency question: who else the statement requires beyond what the question names. */
  alsoNeeded?: Role[];
}

/** How a verdict is reached: `chosen` when the asker picked the statement's situation themselves. */
export interface VerdictOptions {
  chosen?: boolean;
}

const FITS = 0.5;

export function decideVerdict(
  statements: readonly Statement[],
  best: Statement | undefined,
  i: Interpretation,
  options: VerdictOptions = {},
): Verdict {
  // "Volstaat de handtekening van de schepen?", "is dat genoeg?": before the who-reading, which
  // "is … genoeg?" would otherwise get (it opens like a description).
  const enough = best && i.sufficiency ? sufficiencyVerdict(statements, best, i) : undefined;
  if (enough) return enough;
  if (i.kind === 'who') return { verdict: 'info', ...(best ? { statement: best } : {}) };
  best ??= askersStatement(statements, i);
  if (!best) return { verdict: 'info' };
  // The asker said which situation applies (a clarifying choice): that statement's own reading.
  if (options.chosen) return chosenVerdict(statements, best, i);
  // "Schrijven we je of u?", "moet ik u of je schrijven?": the rule for each case, no yes or no (22).
  // Only where the agreement has a rule per case (the same act, another statement).
  // Asked as "moet ik … of …?" too: the reply opens with no "Ja" to an either/or question.
  if (i.choice && statements.some((o) => o !== best && o.action === best.action))
    return { verdict: 'info', statement: best };
  const ruled = i.kind === 'permission' ? exceptionVerdict(statements, best, i) : undefined;
  if (ruled) return ruled;
  const fits = actorFit(i.actor, best.actor) >= FITS;
  // "Mag ik die burger met je aanspreken in mijn mail?" where the statement asks the u-vorm (22).
  const form = i.kind === 'permission' ? addressFormVerdict(best, i) : undefined;
  if (form) return form;
  if (fits) {
    const verdict = forAsker(best, i);
    // "Enkel …": the statement is the exception to a rule. Unless the question says the
    // exception applies (the library with its own house style, 72), the rule answers: no.
    const exception = verdict === 'mag-mits' ? unclaimedException(best, i) : undefined;
    if (exception) return { verdict: 'mag-niet', statement: best, exception };
    // "Een foto die ik op Pinterest vond": the question itself breaks the condition (24).
    if (verdict === 'mag-mits' && (breaksCondition(best, i) || negatesCondition(best, i)))
      return { verdict: 'mag-niet', statement: best, unmet: best.conditions ?? [] };
    // "Mag ik een inspraakavond organiseren zonder de communicatiedienst?" (38), "… zonder dat te
    // vermelden?" (87): doing it without what the statement requires is not allowed.
    const leftOut = verdict === 'mag-mits' || verdict === 'mag' ? leavesOutRequirement(best, i) : undefined;
    if (leftOut === 'condition')
      return { verdict: 'mag-niet', statement: best, unmet: best.conditions ?? [] };
    // The summary itself says whom to involve or what to do: no condition line to add.
    if (leftOut) return { verdict: 'mag-niet', statement: best };
    // "Een journalist belt mij voor een reactie, wat moet ik doen?" (50): what to do instead of the
    // forbidden act is the answer — the asker's own obligation on the same subject.
    const instead =
      verdict === 'mag-niet' && asksWhatToDo(i) ? insteadObligation(statements, best, i) : undefined;
    if (instead) return { verdict: 'moet', statement: instead };
    const doers = doerFor(statements, best, i);
    // "Ben ik verplicht mijn persbericht aan jullie te bezorgen?": not the forbidden act itself
    // (sending it), so the answer is the obligation to go through whoever does it (45).
    // Not when the question asks about the very act the doers do ("moet de dienst in een crisis
    // het woord voeren?", 42): that act stays forbidden to the asker, so the answer stays no.
    if (
      verdict === 'mag-niet' &&
      i.kind === 'obligation' &&
      doers.doer &&
      (actionFit(i.actions, best.action) < 1 || namesRoute(best, doers.doers ?? [], i)) &&
      !asksTheDoersAct(statements, doers.doers ?? [], i)
    )
      return { verdict: 'moet', statement: best, ...doers };
    return { verdict, statement: best, ...doers };
  }
  // Someone else's statement. When it says that role does what the asker asks about, the answer
  // to "may I" is no: "Persberichten worden verstuurd door de communicatiedienst" (45).
  const sameAction = actionFit(i.actions, best.action) > 0;
  const theirJob = best.modality === 'moet' || best.modality === 'info';
  if (theirJob && sameAction && (i.kind === 'permission' || i.kind === 'how'))
    return { verdict: 'mag-niet', statement: best, doer: best.actor };
  if (i.kind === 'obligation' && theirJob) return { verdict: best.modality, statement: best };
  // "Moet de communicatiedienst reageren in 'Ge zijt van …'?", "moeten wij daar reageren?" where
  // the statement says it is not done there (60): no.
  if (i.kind === 'obligation' && best.modality === 'mag-niet' && sameAction)
    return { verdict: 'mag-niet', statement: best };
  // "Mogen we foto's van kinderen op Facebook zetten?" answered by what the service does about it
  // (23: it sets the image and privacy policy): yes, within what that service lays down.
  if (i.kind === 'permission' && best.modality === 'info' && !sameAction && actorFit(i.actor, 'dienst') > 0)
    return { verdict: 'mag-mits', statement: best, coordinator: best.actor };
  // Otherwise it tells who is responsible, which is what the asker needs to know.
  return { verdict: 'info', statement: best };
}

/**
 * A rule that prescribes a form of address ("je-vorm", "u-vorm") answers a question that proposes
 * one: yes for the same form, no for the other. Undefined when the statement prescribes none.
 */
function addressFormVerdict(best: Statement, i: Interpretation): Verdict | undefined {
  if (!i.addressForm || best.modality !== 'moet') return undefined;
  const prescribed = (best.conditions ?? [])
    .map((c) => /^(je|jij|u)-?vorm$/i.exec(c.trim())?.[1]?.toLowerCase())
    .find(Boolean);
  if (!prescribed) return undefined;
  const same = (prescribed === 'u') === (i.addressForm === 'u');
  return { verdict: same ? 'mag' : 'mag-niet', statement: best };
}

/** The verdict of a statement the asker picked: no exception or broken condition to guess. */
function chosenVerdict(statements: readonly Statement[], best: Statement, i: Interpretation): Verdict {
  if (actorFit(i.actor, best.actor) >= FITS) {
    const verdict = forAsker(best, i);
    return { verdict, statement: best, ...doerFor(statements, best, i) };
  }
  const theirJob = best.modality === 'moet' || best.modality === 'info';
  if (theirJob && (i.kind === 'permission' || i.kind === 'how'))
    return { verdict: 'mag-niet', statement: best, doer: best.actor };
  return { verdict: best.modality === 'mag-niet' ? 'mag-niet' : 'info', statement: best };
}

/** Roles that stand for anyone; naming them requires nobody in particular. */
const ANYONE = new Set<Role>(['iedereen', 'medewerker', 'dienst']);

/**
 * "Volstaat de handtekening van de schepen?" (36: the algemeen directeur signs too): whether the
 * roles the question names cover everyone the statements on this act require. Only when the
 * question names someone and the act requires particular people; otherwise the usual reading.
 */
function sufficiencyVerdict(
  statements: readonly Statement[],
  best: Statement,
  i: Interpretation,
): Verdict | undefined {
  const named = i.roles.filter((r) => !ANYONE.has(r));
  if (!named.length) return undefined;
  const duties = statements.filter(
    (s) => (s.modality === 'moet' || s.modality === 'mag-mits') && s.action === best.action,
  );
  const required = [
    ...new Set(duties.flatMap((s) => [s.actor, ...(s.involve ?? [])]).filter((r) => !ANYONE.has(r))),
  ];
  if (!required.length) return undefined;
  const covered = (r: Role) => named.some((n) => actorFit(n, r) >= FITS || actorFit(r, n) >= FITS);
  // One role named covers one requirement: "de schepen" is the bevoegde mandataris, not also the
  // algemeen directeur.
  const missing = required.filter((r) => !covered(r));
  const statement = duties.find((s) => named.some((n) => actorFit(n, s.actor) >= FITS)) ?? best;
  if (missing.length) return { verdict: 'mag-niet', statement, alsoNeeded: missing };
  return { verdict: 'mag', statement };
}

/**
 * When no statement shares the question's action or object ("moet elk personeelslid meedenken
 * over communicatie?", 16) but the agreement is the answer: what it says about the asker. A rule
 * for the asker (moet, mag …) before a description of their role.
 */
function askersStatement(statements: readonly Statement[], i: Interpretation): Statement | undefined {
  if (i.kind !== 'obligation' && i.kind !== 'permission') return undefined;
  const theirs = statements.filter((s) => actorFit(i.actor, s.actor) >= FITS);
  return theirs.find((s) => s.modality !== 'info') ?? theirs[0];
}

function forAsker(s: Statement, i: Interpretation): Modality {
  switch (s.modality) {
    case 'moet':
      // "Mag ik ja zeggen?" answered by "medewerkers verwijzen door" (53): no, someone else handles it.
      if (i.kind === 'permission' && REFER.has(s.action) && actionFit(i.actions, s.action) < 1)
        return 'mag-niet';
      // "Mag ik …?" answered by an obligation with conditions or people to involve: yes, but so.
      if (i.kind === 'permission') return s.conditions?.length || s.involve?.length ? 'mag-mits' : 'mag';
      return 'moet';
    case 'info':
      // "Kan de comdienst ons helpen?" asks what the service does, not for permission.
      if (i.kind === 'permission') return SERVICE.has(i.actor) ? 'info' : 'mag';
      if (i.kind === 'obligation') return 'moet';
      return 'info';
    case 'mag':
      // "Hoe krijg ik mijn idee op het intranet?" (83): how it goes is the answer, not a yes.
      if (i.kind === 'how') return 'info';
      // "Diensten kunnen items aanleveren via de afgesproken kanalen" (84): yes, but that way.
      if (i.kind === 'permission' && s.conditions?.length) return 'mag-mits';
      return 'mag';
    case 'mag-mits':
      // "Moet ik overleggen voor …?", "hoe pak ik dat aan?": the conditions are what one must do.
      if (i.kind === 'how') return 'moet';
      // … but "moet ik daarvoor een eigen pagina maken?" asks whether the permitted act itself is
      // required: it is allowed on conditions, not required.
      if (i.kind === 'obligation') return actionFit(i.actions, s.action) >= 1 ? 'mag-mits' : 'moet';
      return 'mag-mits';
    default:
      return s.modality;
  }
}

/** Whether what the question would do without (Interpretation.without) is what the statement requires. */
export function leavesOutRequirement(
  s: Statement,
  i: Interpretation,
): 'involve' | 'action' | 'condition' | undefined {
  const w = i.without;
  if (!w) return undefined;
  if (s.involve?.some((r) => w.roles.includes(r))) return 'involve';
  if (s.modality === 'moet' && w.actions.some((a) => actionFit([a], s.action) >= 1)) return 'action';
  const stems = new Set(w.stems);
  const named = (s.conditions ?? []).some((c) =>
    contentWords(c).some((x) => x.length > 3 && stems.has(matchStem(x))),
  );
  return named ? 'condition' : undefined;
}

/** "Wat nu?", "wat moet ik zeggen?", "hoe pak ik dat aan?": asking what to do, not yes or no. */
function asksWhatToDo(i: Interpretation): boolean {
  if (i.kind === 'how' || i.kind === 'other') return true;
  return i.kind === 'obligation' && (i.stems ?? []).includes(matchStem('wat'));
}

/** The asker's obligation on the subject of a prohibition (50: refer the journalist on). */
function insteadObligation(
  statements: readonly Statement[],
  best: Statement,
  i: Interpretation,
): Statement | undefined {
  return statements.find(
    (o) =>
      o !== best &&
      o.modality === 'moet' &&
      actorFit(i.actor, o.actor) >= FITS &&
      o.objects.some((x) => best.objects.includes(x)),
  );
}

/**
 * "Moet ik mijn persbericht via jullie sturen?": the question names whom it goes through (the
 * statement's involve list or whoever does it instead), so it asks about that route: yes (45).
 */
function namesRoute(best: Statement, doers: readonly Role[], i: Interpretation): boolean {
  return i.roles.some((r) => r !== i.actor && (best.involve?.includes(r) || doers.includes(r)));
}

/** Whether the question's action is what the doers of a prohibition do themselves. */
function asksTheDoersAct(
  statements: readonly Statement[],
  doers: readonly Role[],
  i: Interpretation,
): boolean {
  return statements.some(
    (o) => doers.includes(o.actor) && o.action !== 'doorverwijzen' && actionFit(i.actions, o.action) >= 1,
  );
}

/** Obligations to pass something on: whoever must refer it may not handle it. */
const REFER = new Set(['doorverwijzen']);

/** The communication service, asked what it does for others. */
const SERVICE = new Set<Role>(['communicatiedienst', 'communicatieverantwoordelijke']);

/** For a 'mag-niet', the roles that do it instead: 'moet'/'info' statements on the same action. */
function doerFor(
  statements: readonly Statement[],
  s: Statement,
  i: Interpretation,
): { doer?: Role; doers?: Role[] } {
  if (s.modality !== 'mag-niet') return {};
  const doers = [
    ...new Set(
      statements
        .filter(
          (o) =>
            o !== s &&
            actionFit([s.action], o.action) > 0 &&
            (o.modality === 'moet' || o.modality === 'info') &&
            o.actor !== i.actor &&
            o.actor !== s.actor,
        )
        .map((o) => o.actor),
    ),
  ];
  return doers.length ? { doer: doers[0], doers } : {};
}

/** Roles that speak for the organisation itself: communication "vanuit het lokaal bestuur" is theirs. */
const INTERNAL = new Set<Role>([
  'medewerker',
  'dienst',
  'diensthoofd',
  'leidinggevende',
  'communicatiedienst',
  'communicatieverantwoordelijke',
  'college',
  'redactieraad',
  'iedereen',
]);
/** Words of a condition that say nothing about who or when it holds. */
const FILLER = new Set(
  'enkel als het is de een van voor die dat zij hun hebben heeft wordt worden of en met op in te zo veel mogelijk'.split(
    ' ',
  ),
);

/**
 * The "enkel …" conditions of a statement that the question does not claim, or undefined when it
 * claims them (or the statement has none). A condition's examples ("zoals het cultuurcentrum of de
 * bibliotheek") are its holders; without examples, its own words ("professioneel noodzakelijk").
 */
export function unclaimedException(s: Statement, i: Interpretation): string[] | undefined {
  const only = exceptionConditions(s);
  if (!only.length || claimsException(only, i)) return undefined;
  return only;
}

/** "Enkel na overleg …" is a step to take, not an exception; "enkel als/voor/diensten die …" is one. */
function exceptionConditions(s: Statement): string[] {
  return (s.conditions ?? []).filter((c) =>
    /^enkel (als|indien|voor|diensten|medewerkers)\b/i.test(c.trim()),
  );
}

/**
 * A permission question about the subject of an exception (72: a department with its own house
 * style; 37: liking a business's page): the asker who names an exception holder ("de bib") may;
 * otherwise the rule answers, with the exception named in the reply.
 */
function exceptionVerdict(
  statements: readonly Statement[],
  best: Statement,
  i: Interpretation,
): Verdict | undefined {
  for (const e of statements) {
    if (e.modality !== 'mag-mits' || !e.objects.length) continue;
    if (actorFit(i.actor, e.actor) < FITS) continue;
    const about = i.objects.includes(e.objects[0]);
    const only = exceptionConditions(e);
    if (only.length) {
      if (!about) continue;
      const claim = claimsException(only, i);
      if (claim === 'holder') return { verdict: 'mag', statement: e };
      // The rule itself ("we ontwerpen alles in de huisstijl van de gemeente") goes first in the reply.
      const rule = statements.find(
        (r) =>
          r !== e && (r.modality === 'moet' || r.modality === 'mag-niet') && r.objects.includes(e.objects[0]),
      );
      if (!claim) return { verdict: 'mag-niet', statement: rule ?? e, exception: only };
      continue;
    }
    // A general rule with listed exceptions: "mandatarissen komen niet voor, tenzij …" (32),
    // "diensten met een eigen pagina volgen dezelfde richtlijnen" (59). A condition is claimed by
    // its first word. A prohibition with its own condition ("zonder overleg", 54) is no such rule.
    const rule = statements.find(
      (r) =>
        r.modality === 'mag-niet' &&
        !r.conditions?.length &&
        r.action === e.action &&
        r.objects[0] === e.objects[0],
    );
    if (!rule || !e.conditions?.length) continue;
    // The question is about the rule's subject, or the rule is what fits it best and lists its
    // exceptions ("de foto van het schepencollege op de overzichtspagina": the college, not the word
    // mandataris). One condition is no list: "pas na goedkeuring door de gemeenteraad" (31) is when.
    if (!about && (rule !== best || e.conditions.length < 2)) continue;
    // "Er raast een storm: mag de burgemeester in een video spreken?" claims "in een crisis: …".
    const claimed = e.conditions.some((c) => {
      const head = contentWords(c.replace(/\([^)]*\)/g, ' '))[0];
      return head !== undefined && namesWord(head, i);
    });
    if (claimed) return { verdict: 'mag', statement: ownException(statements, e, i) ?? e };
    return { verdict: 'mag-niet', statement: rule, exception: e.conditions };
  }
  return undefined;
}

/**
 * The asker's own statement for a claimed exception, when the agreement has one (32: the
 * burgemeester speaks in a crisis): a permission for this asker about something the question names
 * and the list of exceptions does not.
 */
function ownException(
  statements: readonly Statement[],
  e: Statement,
  i: Interpretation,
): Statement | undefined {
  return statements.find(
    (s) =>
      s !== e &&
      s.modality === 'mag' &&
      actorFit(i.actor, s.actor) >= FITS &&
      s.objects.some((o) => i.objects.includes(o) && !e.objects.includes(o)),
  );
}

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []).filter((w) => !FILLER.has(w) && w.length > 2);
}

/** 'holder' when the question names whom the exception is for; 'origin' when the asker is the organisation itself. */
function claimsException(only: readonly string[], i: Interpretation): 'holder' | 'origin' | undefined {
  for (const c of only) {
    if (/vanuit (het lokaal bestuur|de gemeente|de organisatie)/i.test(c) && INTERNAL.has(i.actor))
      return 'origin';
    const zoals = c.split(/\bzoals\b/i);
    const holderText = zoals.length > 1 ? zoals[1] : c;
    if (contentWords(holderText).some((w) => namesWord(w, i))) return 'holder';
  }
  return undefined;
}

/**
 * Whether the question names a word of a condition: one of its own words, or an object the lexicon
 * read from its words that the condition's word starts with. A storm or a flood is a crisis, so
 * "crisissituaties" and "in een crisis" (32) are named by the object 'crisis'.
 */
function namesWord(word: string, i: Interpretation): boolean {
  const stem = matchStem(word);
  if ((i.stems ?? []).includes(stem)) return true;
  return i.objects.some((o) => o.length >= 5 && stem.startsWith(matchStem(o)));
}

const BREAKERS = CONDITION_BREAKER_ROWS.map((row) => ({
  condition: matchStem(row.id),
  terms: row.terms.map((t) => t.split(' ').map(matchStem)),
}));

/** Whether the question says one of the statement's conditions is not met (condition-breakers.ts). */
export function breaksCondition(s: Statement, i: Interpretation): boolean {
  if (!s.conditions?.length) return false;
  const asked = new Set(i.stems ?? []);
  const conditionStems = new Set(
    s.conditions.flatMap((c) => (c.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []).map(matchStem)),
  );
  // A one-word term also counts as the head of a compound: a 'buurtvereniging' is a 'vereniging'.
  const has = (w: string, alone: boolean) =>
    asked.has(w) || (alone && w.length >= 4 && [...asked].some((a) => a.length > w.length && a.endsWith(w)));
  return BREAKERS.some(
    (b) =>
      conditionStems.has(b.condition) &&
      b.terms.some((words) => words.every((w) => has(w, words.length === 1))),
  );
}

/** How many words after "niet" or "geen" still belong to what it negates. */
const NEGATION_SPAN = 4;
const NEGATION_STEMS = new Set(['niet', 'geen'].map(matchStem));

/**
 * Whether the question says a condition does not hold: "als het niet in de UiTdatabank staat" for
 * "de activiteit staat in de UiTdatabank" (67). A condition word (longer than four letters) within
 * a few words after "niet" or "geen"; a condition that is itself negative is never read so.
 */
export function negatesCondition(s: Statement, i: Interpretation): boolean {
  const conditionWords = (s.conditions ?? []).flatMap((c) => contentWords(c));
  if (!conditionWords.length || conditionWords.some((w) => NEGATION_STEMS.has(matchStem(w)))) return false;
  const wanted = new Set(conditionWords.filter((w) => w.length > 4).map(matchStem));
  const stems = i.stems ?? [];
  return stems.some(
    (x, k) => NEGATION_STEMS.has(x) && stems.slice(k + 1, k + 1 + NEGATION_SPAN).some((y) => wanted.has(y)),
  );
}
