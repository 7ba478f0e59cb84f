// neutrality.mandatary (agreement 32): "Politieke mandatarissen komen niet voor in de gemeentelijke
// kanalen, tenzij in vooraf bepaalde uitzonderingen": the college's overview page, presenting the
// beleidsplan or a new council/college, duiding van beleid, a (short) voorwoord in the infoblad,
// and the burgemeester speaking in a crisis.
//
// Channels: infoblad, website and sociale media. Letters and invitations are signed by a
// mandataris (36), and a press release names the competent mandataris as contact (48) and, under
// variant 2 of 46, quotes them; so naming one there is no breach.
//
// A mandataris is found by full name (people in the organisation file with a mandate), by title
// and name ("schepen Maes", "burgemeester An Peeters", also for people not in the file), and by
// title and portfolio ("de schepen van sport", "sportschepen").
import type { Person } from '../../organisation/types';
import { isOfficialRecord } from '../structure';
import { finding } from '../finding';
import type { Finding, RuleContext } from '../types';
import { sectionsOf, type Sections } from './neutrality-sections';
import { escapeRegExp } from './neutrality-text';
import { PUBLIC_CHANNELS, adoptedAgreement, everyType, sentenceIndexAt, someType } from './rule-helpers';

const MANDATE_ROLES = new Set([
  'burgemeester',
  'schepen',
  'gemeenteraadsvoorzitter',
  'voorzitter-bijzonder-comite',
  'raadslid',
]);

const TITLE =
  '(?:[Bb]urgemeester|BURGEMEESTER|[Ss]chepen|SCHEPEN|[Gg]emeenteraadslid|[Rr]aadslid|[Gg]emeenteraadsvoorzitter|[Gg]emeenteraadvoorzitter|OCMW-voorzitter|[Ff]ractieleider|[Vv]oorzitter van de gemeenteraad)';
const PARTICLE =
  "(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Ll]e|[Ll]a|[Ee]l|[Vv]on|[Dd]a|[Dd]i|[Dd]u|[Vv]ande[nr]?|[Vv]erd|'[Tt])";
const NAME_WORD = `(?:${PARTICLE}[ \\t\\u00a0]+)*\\p{Lu}[\\p{Ll}\\p{M}'’]+(?:-\\p{Lu}[\\p{Ll}\\p{M}'’]+)?`;
/** "schepen Maes", "Burgemeester An Peeters", "raadslid Fatima El Amrani". */
const TITLE_AND_NAME = new RegExp(
  `(?<![\\p{L}-])${TITLE}[ \\t\\u00a0]+${NAME_WORD}(?:[ \\t\\u00a0]+${NAME_WORD})?`,
  'gu',
);
/** "schepen van sport", "schepen voor openbare werken en mobiliteit" (a person, not the college). */
const PORTFOLIO_WORD = '\\p{Ll}[\\p{Ll}\\p{M}-]+';
const TITLE_AND_PORTFOLIO = new RegExp(
  `(?<![\\p{L}-])[Ss]chepen[ \\t\\u00a0]+(?:van|voor|bevoegd voor)[ \\t\\u00a0]+(?:het[ \\t\\u00a0]+|de[ \\t\\u00a0]+)?${PORTFOLIO_WORD}(?:(?:,[ \\t\\u00a0]*|[ \\t\\u00a0]+en[ \\t\\u00a0]+)${PORTFOLIO_WORD})*`,
  'gu',
);
/** "sportschepen", "Cultuurschepen": found from the end (a leading \\p{L}{3,} would backtrack on every word). */
const SCHEPEN_END = /schepen(?![\p{L}-])/gu;
const LETTER = /\p{L}/u;
const NOT_A_TITLE = new Set(['verschepen', 'ontschepen']);
/** Words after "schepen van" that are no portfolio ("de schepen van dienst" does not exist; "van de" is). */
const NOT_A_PORTFOLIO = new Set(['de', 'het', 'een', 'onze', 'uw', 'zijn', 'haar']);

const VOORWOORD =
  /\b(?:voorwoord|woord vooraf|editoriaal|edito|(?:een )?woordje van|(?:een )?woord van de (?:burgemeester|voorzitter)|van de burgemeester|de burgemeester aan het woord|column van de (?:burgemeester|schepen))\b/i;
const SIGNATURE_TITLE =
  /^(?:(?:de|uw|jullie)\s+)?(?:burgemeester|schepen|gemeenteraadsvoorzitter|voorzitter van de gemeenteraad)(?:\s+van\s+[\p{L} ,-]+)?$|,\s*(?:burgemeester|schepen)\b/iu;
const GREETING = /^(?:beste|lieve|geachte|dag|hallo)\b/i;
/** Headings of the exceptions of 32: the college's overview page, a new council, the beleidsplan. A
 *  heading merely mentioning the college ("Uit het college") is news, not the overview page. */
const OVERVIEW =
  /\b(?:wie is wie|(?:uw|onze|jouw) (?:mandatarissen|bestuursploeg|bestuur|gemeenteraadsleden|raadsleden|schepenen|schepencollege|college)|bestuursploeg|nieuwe (?:gemeenteraad|burgemeester|schepenen?|raadsleden|raadslid|voorzitter)|eed(?:aflegging)?|installatie(?:vergadering)?|voorstelling van (?:de|het) (?:gemeenteraad|college|schepencollege|beleidsplan|meerjarenplan)|beleidsplan|meerjarenplan(?:ning)?|beleidsnota|bestuursakkoord|legislatuur|samenstelling(?: van)?|politiek bestuur|leden van de gemeenteraad)\b|^(?:het |ons |uw )?(?:gemeente|stads)?bestuur$|^(?:de )?gemeenteraad$|^(?:het |ons )?(?:schepen)?college(?: van burgemeester en schepenen)?$/i;
const CRISIS =
  /\b(?:crisis\p{L}*|noodplan\p{L}*|nood(?:situatie|toestand)|rampenplan|ramp|evacu\p{L}+|overstroming(?:en)?|wateroverlast|storm|zware brand|explosie|gaslek|pandemie|stroompanne|black-?out|hittegolf|(?:gemeentelijke|provinciale|federale) fase|beleidsfase|be-alert|nl-alert|schuilen|noodnummer)\b/u;
const DUIDING =
  /["“”«»„]|(?:^|[\s(])['‘’]\p{L}|\b(?:licht(?:te)?\b[^.]{0,60}\btoe|legt\b[^.]{0,60}\buit|legde\b[^.]{0,60}\buit|verduidelijkt|zegt|zei|vertelt|benadrukt|aldus|reageert|volgens)\b/iu;

interface Matchers {
  /** Full names of the file's mandatarissen, in one alternation. */
  names: RegExp | null;
  /** A surname alone after a verb of speaking ("zegt Maes", "volgens Claes"); group 1 is the surname. */
  surnames: RegExp | null;
  /** Lower-case name or surname (single spaces) → the person. */
  people: Map<string, Person>;
}

/**
 * Verbs of speaking after which a surname is the mandataris quoted; first letter in either case.
 * Not "mevrouw Claes": staff share surnames with mandatarissen too often.
 */
const SURNAME_LEAD = `(?:${[
  'zegt',
  'zei',
  'vertelt',
  'vertelde',
  'aldus',
  'benadrukt',
  'benadrukte',
  'reageert',
  'meent',
  'volgens',
]
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join('|')})`;

const cache = new WeakMap<object, Matchers>();

const SPACE = '[ \\t\\u00a0]+';
const keyOf = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

function matchersFor(ctx: RuleContext): Matchers {
  const key = ctx.org.organisation;
  const hit = cache.get(key);
  if (hit) return hit;
  const mandatarissen = ctx.org.organisation.people.filter(
    (p) => MANDATE_ROLES.has(p.role) && p.name.trim().split(/\s+/).length >= 2,
  );
  const people = new Map<string, Person>();
  const alternation = (parts: string[]) =>
    parts
      .sort((x, y) => y.length - x.length)
      .map((n) => n.split(/\s+/).map(escapeRegExp).join(SPACE))
      .join('|');
  for (const p of mandatarissen) people.set(keyOf(p.name), p);
  // A surname shared with someone else in the file (Jan and Lies Wouters) names nobody for sure.
  const surnameOf = (p: Person) => keyOf(p.name.trim().split(/\s+/).slice(1).join(' '));
  const shared = new Set(
    ctx.org.organisation.people.filter((p) => !MANDATE_ROLES.has(p.role)).map(surnameOf),
  );
  const surnames: string[] = [];
  for (const p of mandatarissen) {
    const surname = p.name.trim().split(/\s+/).slice(1).join(' ');
    if (shared.has(keyOf(surname)) || people.has(keyOf(surname))) continue;
    people.set(keyOf(surname), p);
    surnames.push(surname);
  }
  const made: Matchers = {
    names: mandatarissen.length
      ? new RegExp(
          `(?<![\\p{L}-])(?:${alternation(mandatarissen.map((p) => p.name.trim()))})(?![\\p{L}-])`,
          'gu',
        )
      : null,
    surnames: surnames.length
      ? new RegExp(`\\b${SURNAME_LEAD}${SPACE}(${alternation(surnames)})(?![\\p{L}-])`, 'gu')
      : null,
    people,
  };
  cache.set(key, made);
  return made;
}

function orgNames(ctx: RuleContext): Set<string> {
  const o = ctx.org.organisation.organisation;
  const names = new Set<string>();
  for (const n of [o.name, ...o.aliases]) {
    names.add(n.toLowerCase());
    // "Gemeente Zilverbeek" is also written "Zilverbeek".
    names.add(
      n.replace(/^(?:gemeente|stad|ocmw|provincie|lokaal bestuur|gemeentebestuur)\s+/i, '').toLowerCase(),
    );
  }
  return names;
}

interface Mention {
  start: number;
  end: number;
  mayor: boolean;
}

function mentions(ctx: RuleContext): Mention[] {
  const text = ctx.doc.text;
  const found: Mention[] = [];
  const { names, surnames, people } = matchersFor(ctx);
  const isMayor = (name: string) => people.get(keyOf(name))?.role === 'burgemeester';
  if (names) {
    for (const m of text.matchAll(names)) {
      found.push({ start: m.index, end: m.index + m[0].length, mayor: isMayor(m[0]) });
    }
  }
  if (surnames) {
    for (const m of text.matchAll(surnames)) {
      const start = m.index + m[0].length - m[1].length;
      found.push({ start, end: m.index + m[0].length, mayor: isMayor(m[1]) });
    }
  }
  const placeNames = orgNames(ctx);
  for (const m of text.matchAll(TITLE_AND_NAME)) {
    // "de burgemeester van Zilverbeek" is the office, not a person named.
    const after = /^\S+[ \t\u00a0]+van[ \t\u00a0]+(.*)$/u.exec(m[0]);
    if (after && placeNames.has(after[1].toLowerCase())) continue;
    found.push({ start: m.index, end: m.index + m[0].length, mayor: /^burgemeester/i.test(m[0]) });
  }
  for (const m of text.matchAll(TITLE_AND_PORTFOLIO)) {
    const portfolio = m[0].split(/[ \t\u00a0]+/)[2];
    if (NOT_A_PORTFOLIO.has(portfolio)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, mayor: false });
  }
  for (const m of text.matchAll(SCHEPEN_END)) {
    let start = m.index;
    while (start > 0 && LETTER.test(text[start - 1])) start--;
    // At least three letters before, and no hyphen ("oud-schepen", "kandidaat-schepen").
    if (m.index - start < 3 || text[start - 1] === '-') continue;
    const word = text.slice(start, m.index + m[0].length);
    if (NOT_A_TITLE.has(word.toLowerCase())) continue;
    found.push({ start, end: m.index + m[0].length, mayor: false });
  }
  // One finding per mention: the longest span wins where spans overlap ("burgemeester An Peeters"
  // over "An Peeters"), and a title right after a name ("Koen Maes, schepen van cultuur") joins it.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      last.mayor ||= m.mayor;
    } else if (last && /^[ \t\u00a0,(–-]{1,3}$/u.test(text.slice(last.end, m.start))) {
      last.end = m.end;
      last.mayor ||= m.mayor;
    } else {
      out.push({ ...m });
    }
  }
  return out;
}

/** A short line with a mandataris's name or title and nothing else: "An Peeters, burgemeester". */
function isSignatureLine(line: string, names: RegExp | null): boolean {
  if (line.split(/\s+/).length > 7 || /[.!?:;]$/.test(line)) return false;
  if (SIGNATURE_TITLE.test(line)) return true;
  if (!names) return false;
  names.lastIndex = 0;
  const named = names.test(line);
  names.lastIndex = 0;
  return named;
}

type Exception = 'voorwoord' | 'overzicht' | 'crisis' | null;

function exceptionFor(ctx: RuleContext, sections: Sections, m: Mention, crisis: boolean): Exception {
  const headings = sections.headingsAt(m.start);
  if (someType(ctx, (t) => t === 'infoblad' || t === 'website')) {
    if (headings.some((h) => VOORWOORD.test(h))) return 'voorwoord';
    // A greeting to the readers, or a piece signed by a mandataris: the infoblad's voorwoord.
    if (
      someType(ctx, (t) => t === 'infoblad') &&
      (GREETING.test(sections.openingAt(m.start)) || sections.signedAt(m.start))
    )
      return 'voorwoord';
  }
  if (headings.some((h) => OVERVIEW.test(h))) return 'overzicht';
  if (m.mayor && crisis) return 'crisis';
  return null;
}

const ESSENCE =
  'Politieke mandatarissen komen niet voor in de gemeentelijke kanalen (afspraak 32), behalve op de ' +
  'overzichtspagina van het college, bij de voorstelling van het beleidsplan of van een nieuwe gemeenteraad of ' +
  'nieuw college, als duiding van beleid, in een kort voorwoord in het infoblad en voor de burgemeester in een crisis.';

export function mandataryRule(ctx: RuleContext): Finding[] {
  if (!everyType(ctx, (t) => PUBLIC_CHANNELS.has(t))) return [];
  const agreement = adoptedAgreement(ctx, [32]);
  if (agreement === null) return [];
  // Minutes and decisions name who sat and voted: that is the record, not a public channel's choice.
  if (isOfficialRecord(ctx.doc.text)) return [];
  const found = mentions(ctx);
  if (found.length === 0) return [];
  const names = matchersFor(ctx).names;
  const sections = sectionsOf(ctx.doc, (line) => isSignatureLine(line, names));
  const crisis = CRISIS.test(ctx.doc.text.toLowerCase());
  const out: Finding[] = [];
  for (const m of found) {
    if (exceptionFor(ctx, sections, m, crisis)) continue;
    const si = sentenceIndexAt(ctx, m.start);
    const sentence = si >= 0 ? ctx.sentences[si].text : '';
    const duiding = DUIDING.test(sentence);
    const excerpt = ctx.doc.text.slice(m.start, m.end);
    out.push(
      finding(ctx.doc, {
        rule: 'neutrality.mandatary',
        agreement,
        severity: duiding ? 'warning' : 'error',
        message: duiding
          ? `'${excerpt}' komt aan het woord of wordt geciteerd. ${ESSENCE} Dit kan enkel als het duiding ` +
            'van beslist beleid is: zakelijk, uitleggend en niet wervend.'
          : `'${excerpt}' wordt bij naam of functie genoemd. ${ESSENCE} Geen van die uitzonderingen lijkt hier van toepassing.`,
        start: m.start,
        end: m.end,
        suggestion: duiding
          ? 'Houd het bij uitleg over de beslissing, of laat de mandataris weg en schrijf wat de gemeente beslist heeft.'
          : "Laat de mandataris weg en schrijf over de beslissing of de dienst ('het college van burgemeester en schepenen', 'de gemeente').",
      }),
    );
  }
  return out;
}
