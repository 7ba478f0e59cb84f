// The Dutch rewrite of one address-form occurrence (agreement 22): u -> je or je -> u with the
// verb that goes with it. A rewrite is offered as an exact fix only where the sentence shape
// makes it certain; otherwise the result says what to do in words and carries no fix.
//   "Wat brengt u mee?" -> "Wat breng je mee?"   (inversion: the je-form loses its -t)
//   "als u vragen heeft" -> "als je vragen hebt"  (heeft is the one verb that differs without inversion)
//   "De gemeente stuurt u een brief" -> "… stuurt je …"  (u is the object: the verb stays)
//   "U kunt zich aanmelden" -> "Je kunt je aanmelden"
//   "dient u … te" -> advice: rephrase with "moet je"
import type { Token } from '../../language/types';
import {
  isInvariantForm,
  isNotVerb,
  isSecondPersonOnly,
  jeFormInverted,
  mayBeFiniteVerb,
  uFormOf,
} from '../../language/verb-forms';
import {
  adjacent,
  clauseStart,
  isQuestion,
  opensClause,
  PREPOSITIONS,
  roleAfterVerb,
  SUBORDINATORS,
} from './clause';

export type Form = 'je' | 'u';

export interface AddressSite {
  text: string;
  words: readonly Token[];
  /** Index of the pronoun in `words`. */
  index: number;
  sentenceStart: number;
  sentenceEnd: number;
}

export type Rewrite =
  | { kind: 'fix'; start: number; end: number; replacement: string }
  | { kind: 'advice'; start: number; end: number; advice: string };

/** Fixed expressions that need rephrasing, not a swapped pronoun. */
const REPHRASE_BEFORE_U: Readonly<Record<string, string>> = {
  dient: "Herschrijf met 'je moet …' (bijvoorbeeld 'Je moet het formulier invullen').",
  dienen: "Herschrijf met 'je moet …'.",
  gelieve: "Herschrijf als vraag of opdracht aan 'je' (bijvoorbeeld 'Vul het formulier in').",
  verzoeken: "Herschrijf: 'we vragen je …'.",
};

const U_WORD: Readonly<Record<string, string>> = { uw: 'je', uzelf: 'jezelf', uwe: 'jouwe' };
const JE_WORD: Readonly<Record<string, string>> = { jouw: 'uw', jezelf: 'uzelf', jouwe: 'uwe', jou: 'u' };

/** je-stems that are never an order: verb-first, they open a question or a condition. */
const INVERTED_ONLY = new Set(['heb', 'ben', 'kun', 'kan', 'zal', 'zul', 'wil', 'moet', 'mag']);

/** "je kan" -> "u kunt": the u-form of a verb right after the subject. */
const AFTER_SUBJECT_JE_TO_U: Readonly<Record<string, string>> = {
  kan: 'kunt',
  wil: 'wilt',
  zal: 'zult',
  heb: 'hebt',
};

/** After "je" as subject: words that cannot start the noun of a possessive ("je kan", "je ook"). */
const NOT_A_NOUN = new Set(
  'kan kunt mag moet wil wilt zal zult bent hebt hebben krijgt vindt ontvangt betaalt woont gaat komt doet weet hoeft leest ziet vraagt neemt staat blijft wordt kiest schrijft stuurt meldt geeft brengt houdt laat zegt maakt zoekt gebruikt kreeg had was werd kon mocht moest wou wilde zou ook nog al niet graag zeker dan er hier daar zelf best meteen altijd vaak steeds snel geen alleen even wel eerst nu een de het dit deze die dat alle iets niets je u jezelf zich mee op aan in uit af terug toe'.split(
    ' ',
  ),
);

function capitalise(s: string): string {
  return s ? s[0].toLocaleUpperCase('nl-BE') + s.slice(1) : s;
}

/** A sentence start, or after a colon or an opening quote: a capital is then the sentence's. */
function atSentenceStart(site: AddressSite, offset: number): boolean {
  // Nothing but an emoji or a bullet before it ("📣 Bent u …") is still the start.
  if (!/[\p{L}\p{N}]/u.test(site.text.slice(site.sentenceStart, offset))) return true;
  return /[:“"‘(]\s*$/.test(site.text.slice(Math.max(site.sentenceStart, offset - 3), offset));
}

/**
 * The replacement in the case the place demands: a capital only at a sentence start (a capital
 * "U" or "Uw" mid-sentence is courtesy, not grammar, and the je-vorm has none); all capitals in a
 * heading written in capitals.
 */
function caseAt(site: AddressSite, offset: number, original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{Lu}/u.test(original))
    return replacement.toUpperCase();
  const lowered = replacement.charAt(0).toLowerCase() + replacement.slice(1);
  return /^\p{Lu}/u.test(original) && atSentenceStart(site, offset) ? capitalise(lowered) : lowered;
}

function fix(start: number, end: number, replacement: string): Rewrite {
  return { kind: 'fix', start, end, replacement };
}

function advice(t: Token, text: string): Rewrite {
  return { kind: 'advice', start: t.start, end: t.end, advice: text };
}

/** Index of "zich" within the next two words of the clause, for "u kunt zich aanmelden". */
function zichAfter(site: AddressSite, i: number): number {
  const { words, text } = site;
  for (let k = i + 1; k <= i + 2 && k < words.length; k++) {
    if (/[.!?;:,\n]/.test(text.slice(words[k - 1].end, words[k].start))) return -1;
    if (words[k].norm === 'zich') return k;
    if (SUBORDINATORS.has(words[k].norm) || words[k].norm === 'dat') return -1;
  }
  return -1;
}

/** The text from words[a] to words[b] with the given replacements per index, spacing kept. */
function rewriteSpan(site: AddressSite, a: number, b: number, by: Map<number, string>): string {
  const { words, text } = site;
  let out = '';
  for (let k = a; k <= b; k++) {
    if (k > a) out += text.slice(words[k - 1].end, words[k].start);
    out += by.get(k) ?? words[k].text;
  }
  return out;
}

/** The subject "u" in a clause whose verb comes later: "heeft" must become "hebt" there. */
function laterHeeft(site: AddressSite, i: number): number {
  const { words, text } = site;
  for (let k = i + 1; k < words.length && k <= i + 8; k++) {
    if (/[.!?;:,\n]/.test(text.slice(words[k - 1].end, words[k].start))) return -1;
    const n = words[k].norm;
    if (SUBORDINATORS.has(n) || n === 'dat' || n === 'die' || n === 'wat' || n === 'en' || n === 'of')
      return -1;
    if (n === 'heeft') return k;
  }
  return -1;
}

/** u, uw, uzelf, uwe -> the je-vorm. */
export function toJe(site: AddressSite): Rewrite {
  const { words, text, index: i } = site;
  const t = words[i];
  if (t.norm !== 'u') {
    const word = U_WORD[t.norm] ?? 'je';
    return fix(t.start, t.end, caseAt(site, t.start, t.text, word));
  }
  const prev = words[i - 1];
  const prevAdjacent = prev && prev.end > site.sentenceStart && adjacent(text, prev, t);
  if (prevAdjacent && REPHRASE_BEFORE_U[prev.norm]) return advice(t, REPHRASE_BEFORE_U[prev.norm]);
  if (prevAdjacent && PREPOSITIONS.has(prev.norm)) {
    // "door u online te registreren": u is reflexive there, and reflexive is "je", not "jou".
    const rest = /^[^,.;:!?\n]*/.exec(text.slice(t.end, site.sentenceEnd))?.[0] ?? '';
    const reflexive = /^(?:door|om|zonder)$/.test(prev.norm) && /\bte\s+\p{L}/u.test(rest);
    return fix(t.start, t.end, reflexive ? 'je' : 'jou');
  }
  // "moeten u (als aanvrager) én uw wagen": a stressed or coordinated subject reads "jij".
  if (
    /^\s*\(/.test(text.slice(t.end, t.end + 3)) ||
    (words[i + 1] &&
      adjacent(text, t, words[i + 1]) &&
      /^(?:en|én|of)$/.test(words[i + 1].norm) &&
      !opensClause(text, words, i, site.sentenceStart))
  )
    return advice(
      t,
      "Schrijf 'jij' als de nadruk op de lezer ligt ('jij (als aanvrager) en je wagen'), anders 'je'.",
    );
  const next0 = words[i + 1];
  if (next0 && adjacent(text, t, next0)) {
    if (next0.norm === 'dient' || next0.norm === 'gelieve') return advice(t, REPHRASE_BEFORE_U.dient);
    const after = words[i + 2];
    if (next0.norm === 'wordt' && after && /^(verzocht|gevraagd)$/.test(after.norm))
      return advice(t, "Herschrijf: 'we vragen je …'.");
  }
  const zich = zichAfter(site, i);
  const by = new Map<number, string>();
  if (zich >= 0) by.set(zich, 'je');
  if (prevAdjacent && !isNotVerb(prev.text) && mayBeFiniteVerb(prev.text)) {
    const role =
      isSecondPersonOnly(prev.text) || zich >= 0
        ? 'subject'
        : roleAfterVerb(text, words, i - 1, site.sentenceStart);
    if (role === 'unsure' && !isInvariantForm(prev.text))
      return advice(
        t,
        `Schrijf 'je' en kijk het werkwoord '${prev.text}' na: staat 'je' direct na het werkwoord, dan valt de -t weg ('Wat breng je mee?').`,
      );
    if (role === 'subject') {
      const verb = jeFormInverted(prev.text);
      if (!verb)
        return advice(
          t,
          `Schrijf '${prev.text.toLowerCase()} je' zonder -t aan het werkwoord, of herschrijf de zin met 'je'.`,
        );
      by.set(i - 1, caseAt(site, prev.start, prev.text, verb));
      by.set(i, 'je');
      const last = zich >= 0 ? zich : i;
      return fix(prev.start, words[last].end, rewriteSpan(site, i - 1, last, by));
    }
    // u is the object ("De gemeente stuurt u"): only the pronoun changes.
    by.set(i, 'je');
    return fix(t.start, t.end, 'je');
  }
  const subject = opensClause(text, words, i, site.sentenceStart);
  const next = words[i + 1];
  by.set(i, caseAt(site, t.start, t.text, 'je'));
  if (subject) {
    if (next && adjacent(text, t, next) && next.norm === 'heeft') by.set(i + 1, 'hebt');
    else {
      const heeft = laterHeeft(site, i);
      if (heeft >= 0) by.set(heeft, 'hebt');
    }
  } else if (next && adjacent(text, t, next) && next.norm === 'heeft') {
    // "de dienst die u heeft geholpen" or "het formulier dat u heeft": subject or object?
    return advice(
      t,
      "Schrijf 'je'; is 'je' hier het onderwerp, schrijf dan ook 'hebt' in plaats van 'heeft'.",
    );
  }
  const last = Math.max(i, ...by.keys());
  return fix(t.start, words[last].end, rewriteSpan(site, i, last, by));
}

/** je, jij, jou, jouw, jezelf -> the u-vorm. */
export function toU(site: AddressSite): Rewrite {
  const { words, text, index: i } = site;
  const t = words[i];
  if (t.norm === 'jullie')
    return advice(t, "Schrijf 'u' (of 'uw') en pas het werkwoord aan: 'jullie zijn' wordt 'u bent'.");
  if (JE_WORD[t.norm]) return fix(t.start, t.end, caseAt(site, t.start, t.text, JE_WORD[t.norm]));
  const prev = words[i - 1];
  const next = words[i + 1];
  const prevAdjacent = prev && prev.end > site.sentenceStart && adjacent(text, prev, t);
  const nextAdjacent = next && adjacent(text, t, next) && next.kind === 'word';
  const u = caseAt(site, t.start, t.text, 'u');
  // After a preposition "je" is possessive ("met je kaart") or an object ("bij je").
  if (prevAdjacent && PREPOSITIONS.has(prev.norm))
    return fix(t.start, t.end, nextAdjacent && !NOT_A_NOUN.has(next.norm) ? 'uw' : 'u');
  if (prevAdjacent && (prev.norm === 'je' || prev.norm === 'jij' || prev.norm === 'u')) {
    return nextAdjacent && !NOT_A_NOUN.has(next.norm) ? fix(t.start, t.end, 'uw') : fix(t.start, t.end, 'u');
  }
  if (prevAdjacent && !isNotVerb(prev.text) && uFormOf(prev.text) !== null && !SUBORDINATORS.has(prev.norm)) {
    const verbFirst = clauseStart(text, words, i - 1, site.sentenceStart) === i - 1;
    let role = roleAfterVerb(text, words, i - 1, site.sentenceStart);
    // "Breng je fiets mee." is an order with a possessive; "Breng je je fiets mee?" a question.
    // "Ben je het niet eens, dan …" and "Heb je vragen, bel dan …" are conditions, not orders.
    const condition =
      INVERTED_ONLY.has(prev.norm) ||
      /^[^.!?\n]*,\s*(?:dan|bel|mail|kom|neem|kijk)\b/i.test(text.slice(t.end, site.sentenceEnd));
    if (verbFirst && !condition && !isQuestion(text, t.start, site.sentenceEnd)) {
      if (nextAdjacent && !NOT_A_NOUN.has(next.norm)) return fix(t.start, t.end, 'uw');
      role = 'object';
    }
    if (role === 'subject') {
      const verb = uFormOf(prev.text) as string;
      return fix(prev.start, t.end, `${caseAt(site, prev.start, prev.text, verb)} u`);
    }
    if (role === 'unsure')
      return advice(
        t,
        `Schrijf 'u' en kijk het werkwoord '${prev.text}' na: na 'u' krijgt het een -t ('Wat brengt u mee?').`,
      );
    return fix(t.start, t.end, 'u');
  }
  if (opensClause(text, words, i, site.sentenceStart) || t.norm === 'jij') {
    if (nextAdjacent && AFTER_SUBJECT_JE_TO_U[next.norm])
      return fix(
        t.start,
        next.end,
        `${u}${text.slice(t.end, next.start)}${AFTER_SUBJECT_JE_TO_U[next.norm]}`,
      );
    return fix(t.start, t.end, u);
  }
  if (!nextAdjacent || NOT_A_NOUN.has(next.norm)) return fix(t.start, t.end, u);
  // "We sturen je aanvraag door" (possessive) or "we sturen je morgen" (object)?
  // Mid-clause, "je" before a word is an object or a possessive; a short word in -t may be a verb.
  if (!/t$/.test(next.norm) || next.norm.length > 6)
    return fix(t.start, t.end, caseAt(site, t.start, t.text, 'uw'));
  return advice(t, "Schrijf 'u' of 'uw' ('uw' als er een zelfstandig naamwoord volgt: 'uw aanvraag').");
}
