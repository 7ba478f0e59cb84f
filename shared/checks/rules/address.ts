// Agreement 22: the public channels (infoblad, website, social media) speak to the reader with
// the low-threshold je-vorm; letters and files keep the businesslike u. The form per document type
// is the organisation's (`parameters.addressForm`); where its note fixes none (a press release,
// unless it says so), only a mix of both forms is flagged. Quotes and reported speech are
// someone else's words; "u" after a number is an hour ("14 u"), "Bijlage U" is a letter, and a
// capitalised "Je" mid-sentence is part of a name ("Je Zal Het Maar Zijn", "Jeugdhuis 't Je").
import type { Token } from '../../language/types';
import { isContent } from '../document';
import { finding } from '../finding';
import { foldKeepLength, paragraphAt } from '../fold';
import { insideAny, quoteRanges } from '../quotes';
import type { DocumentType, Finding, Rule, RuleContext } from '../types';

const AGREEMENT = 22;

type Form = 'je' | 'u';

const JE_FORMS = new Set(['je', 'jij', 'jou', 'jouw', 'jezelf', 'jouwe', 'jullie']);
const U_FORMS = new Set(['u', 'uw', 'uzelf', 'uwe']);


// Nouns after which a capital U is a letter or a code: "bijlage U", "blok U", "zone U".
const LETTER_NOUNS = new Set(
  'bijlage blok zone fase deel punt letter categorie type vorm lokaal rij kamer gebouw vak kolom lijn bus tram klas groep model sector hal poort ingang niveau code formulier reeks nummer bord vleugel afdeling'.split(
    ' ',
  ),
);
const FRENCH_AFTER_JE = new Set(['ne', 'suis', 't', 'vous', 'sais', 'pense', 'me', 'm', 'voudrais', 'taime']);

// Verb forms that change with the pronoun when subject and verb are inverted ("heeft u" -> "heb je").
const INVERTED_U_TO_JE: Record<string, string> = {
  heeft: 'heb',
  hebt: 'heb',
  kunt: 'kun',
  kan: 'kan',
  wilt: 'wil',
  bent: 'ben',
  zult: 'zal',
  moet: 'moet',
  mag: 'mag',
  krijgt: 'krijg',
  vindt: 'vind',
  komt: 'kom',
  gaat: 'ga',
  doet: 'doe',
  wordt: 'word',
  weet: 'weet',
  hoeft: 'hoef',
  woont: 'woon',
  ontvangt: 'ontvang',
  betaalt: 'betaal',
  vraagt: 'vraag',
  wenst: 'wens',
  zoekt: 'zoek',
  leest: 'lees',
  ziet: 'zie',
  neemt: 'neem',
  staat: 'sta',
  blijft: 'blijf',
};
const INVERTED_JE_TO_U: Record<string, string> = {
  heb: 'hebt',
  kan: 'kunt',
  kun: 'kunt',
  wil: 'wilt',
  ben: 'bent',
  zal: 'zult',
  moet: 'moet',
  mag: 'mag',
  krijg: 'krijgt',
  vind: 'vindt',
  kom: 'komt',
  ga: 'gaat',
  doe: 'doet',
  word: 'wordt',
  weet: 'weet',
  hoef: 'hoeft',
  woon: 'woont',
  ontvang: 'ontvangt',
  betaal: 'betaalt',
  vraag: 'vraagt',
  zoek: 'zoekt',
  lees: 'leest',
  zie: 'ziet',
  neem: 'neemt',
  sta: 'staat',
  blijf: 'blijft',
};
const U_VERB_TO_JE: Record<string, string> = { heeft: 'hebt' };

// After "je", these say it is the subject ("je kan", "je ook"); otherwise "je" before a word is
// most often possessive ("je aanvraag" -> "uw aanvraag").
const SUBJECT_FOLLOWERS = new Set(
  'kan kunt mag moet wil wilt zal zult bent hebt hebben krijgt vindt ontvangt betaalt woont gaat komt doet weet hoeft leest ziet vraagt neemt staat blijft wordt kiest schrijft stuurt meldt geeft brengt houdt laat zegt maakt zoekt gebruikt kreeg had was werd kon mocht moest wou wilde zou ook nog al niet graag zeker dan er hier daar zelf best meteen altijd vaak steeds snel geen alleen even wel eerst nu'.split(
    ' ',
  ),
);
const PREPOSITIONS = new Set(
  'voor met aan van op in bij naar over uit om door tijdens zonder na tot tegen rond achter onder boven naast'.split(
    ' ',
  ),
);

const SPEECH_AFTER =
  /[,:]\s*(?:zegt|zei|vertelt|vertelde|aldus|benadrukt|benadrukte|stelt|stelde|klinkt het|lacht|getuigt|reageert|besluit|legt\s+\S+(?:\s+\S+)?\s+uit|vult\s+\S+(?:\s+\S+)?\s+aan)\b/;
const SPEECH_BEFORE =
  /\b(?:zegt|zei|vertelt|vertelde|verklaart|verklaarde|aldus|benadrukt|reageert|getuigt)\b[^:.!?]{0,60}:/;

/** Whether the sentence around an offset reports speech; each sentence is tested once. */
function reportedSpeech(ctx: RuleContext): (offset: number) => boolean {
  const memo = new Map<number, boolean>();
  const sentences = ctx.sentences;
  return (offset) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else {
        let speech = memo.get(mid);
        if (speech === undefined) {
          const folded = foldKeepLength(s.text);
          speech = SPEECH_AFTER.test(folded) || SPEECH_BEFORE.test(folded);
          memo.set(mid, speech);
        }
        return speech;
      }
    }
    return false;
  };
}

function sentenceStarts(ctx: RuleContext): Set<number> {
  return new Set(ctx.sentences.map((s) => s.start));
}

interface Occurrence {
  token: Token;
  index: number;
  form: Form;
}

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text);
}

/** The pronoun occurrences that are the writer's own address to the reader. */
function occurrences(ctx: RuleContext): Occurrence[] {
  const { words, doc } = ctx;
  const candidates: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = words[i].norm;
    if ((JE_FORMS.has(n) || U_FORMS.has(n)) && words[i].kind !== 'abbreviation') candidates.push(i);
  }
  if (!candidates.length) return [];
  const quotes = quoteRanges(doc);
  const speech = reportedSpeech(ctx);
  const starts = sentenceStarts(ctx);
  const out: Occurrence[] = [];
  for (const i of candidates) {
    const t = words[i];
    const prev = words[i - 1];
    const next = words[i + 1];
    const paragraph = paragraphAt(doc, t.start);
    if (!paragraph || !isContent(paragraph)) continue;
    if (insideAny(quotes, t.start, t.end) || speech(t.start)) continue;
    const sameSentenceAsPrev = prev && !starts.has(t.start) && prev.end > paragraph.start;
    if (t.norm === 'u' || t.norm === 'uw') {
      // "20 u", "14u": the hour.
      if (t.norm === 'u' && prev?.kind === 'number' && t.start - prev.end <= 1) continue;
      // "bijlage U", "de letter u".
      if (t.norm === 'u' && prev && LETTER_NOUNS.has(prev.norm) && sameSentenceAsPrev) continue;
      if (t.text === 'U') {
        // A list of letters ("A, B en U") or an enumerator ("U)").
        if (/^[)\]:]/.test(doc.text.slice(t.end, t.end + 1))) continue;
        if (prev && /^\p{Lu}$/u.test(prev.text) && t.start - prev.end <= 5) continue;
      }
      out.push({ token: t, index: i, form: 'u' });
      continue;
    }
    if (t.norm === 'je') {
      // "Jeugdhuis 't Je": 'je' after an elided article is a name.
      if (prev && /^['’]t$/i.test(prev.text) && t.start - prev.end <= 1) continue;
      if (next && FRENCH_AFTER_JE.has(next.norm) && next.start - t.end <= 1) continue;
      // Capitals in a heading in capitals ("WAT JE MOET WETEN") say nothing about a name.
      const shouting = t.text.length > 1 && t.text === t.text.toUpperCase();
      if (isCapitalised(t) && !shouting) {
        const atStart =
          !sameSentenceAsPrev ||
          /[:(“"‘]\s*$/.test(doc.text.slice(Math.max(paragraph.start, t.start - 3), t.start));
        if (!atStart) continue;
        // A title in capitals: "Je Zal Het Maar Zijn".
        const following = words.slice(i + 1, i + 4).filter((w) => w.kind === 'word');
        if (following.length >= 2 && following.every(isCapitalised)) continue;
      }
    }
    out.push({ token: t, index: i, form: 'je' });
  }
  return out;
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

interface Fix {
  start: number;
  end: number;
  suggestion: string;
}

/** The replacement for one occurrence, including the verb when it must change with it. */
function fixFor(ctx: RuleContext, o: Occurrence, to: Form): Fix {
  const { words, doc } = ctx;
  const t = o.token;
  const prev = words[o.index - 1];
  const next = words[o.index + 1];
  const adjacent = (a: Token | undefined, b: Token | undefined) =>
    a && b && /^\s+$/.test(doc.text.slice(a.end, b.start));
  if (to === 'je') {
    const word =
      ({ u: 'je', uw: 'je', uzelf: 'jezelf', uwe: 'jouwe' } as Record<string, string>)[t.norm] ?? 'je';
    if (t.norm === 'u' && prev && adjacent(prev, t) && INVERTED_U_TO_JE[prev.norm]) {
      return {
        start: prev.start,
        end: t.end,
        suggestion: `${matchCase(prev.text, INVERTED_U_TO_JE[prev.norm])} je`,
      };
    }
    if (t.norm === 'u' && next && adjacent(t, next) && U_VERB_TO_JE[next.norm]) {
      return {
        start: t.start,
        end: next.end,
        suggestion: `${matchCase(t.text, 'je')} ${U_VERB_TO_JE[next.norm]}`,
      };
    }
    return { start: t.start, end: t.end, suggestion: matchCase(t.text, word) };
  }
  const direct: Record<string, string> = {
    jij: 'u',
    jou: 'u',
    jouw: 'uw',
    jezelf: 'uzelf',
    jouwe: 'uwe',
    jullie: 'u',
  };
  if (direct[t.norm]) return { start: t.start, end: t.end, suggestion: matchCase(t.text, direct[t.norm]) };
  if (prev && adjacent(prev, t) && INVERTED_JE_TO_U[prev.norm]) {
    return {
      start: prev.start,
      end: t.end,
      suggestion: `${matchCase(prev.text, INVERTED_JE_TO_U[prev.norm])} u`,
    };
  }
  const nextIsWord = next && adjacent(t, next) && next.kind === 'word';
  const possessive =
    nextIsWord &&
    !SUBJECT_FOLLOWERS.has(next.norm) &&
    (!/t$/.test(next.norm) || (prev !== undefined && PREPOSITIONS.has(prev.norm)));
  return { start: t.start, end: t.end, suggestion: matchCase(t.text, possessive ? 'uw' : 'u') };
}

const CHANNEL: Record<DocumentType, string> = {
  persbericht: 'een persbericht',
  infoblad: 'het infoblad',
  website: 'de website',
  'sociale-media': 'sociale media',
  brief: 'een brief',
  uitnodiging: 'een uitnodiging',
};

function message(type: DocumentType, expected: Form): string {
  return expected === 'je'
    ? `In ${CHANNEL[type]} spreken we de lezer aan met 'je', niet met 'u'. Afspraak 22: ${CHANNEL[type]} gebruikt de laagdrempelige je-vorm.`
    : `In ${CHANNEL[type]} spreken we de lezer aan met 'u', niet met 'je'. Afspraak 22: ${CHANNEL[type]} gebruikt de zakelijke u-aanspreking.`;
}

export const addressRules: Rule = (ctx) => {
  // The organisation's choice for this document type (agreement 22's parameter), not a constant.
  const expected = ctx.org.parameters.addressForm[ctx.type];
  const all = occurrences(ctx);
  if (!all.length) return [];
  const out: Finding[] = [];
  if (expected) {
    for (const o of all) {
      // "jullie" is plural, not the je-vorm a public channel could avoid; it only clashes with u.
      if (o.form === expected || (expected === 'je' && o.token.norm === 'jullie')) continue;
      const fix = fixFor(ctx, o, expected);
      out.push(
        finding(ctx.doc, {
          rule: 'address.form',
          agreement: AGREEMENT,
          severity: 'warning',
          message: message(ctx.type, expected),
          replacement: fix.suggestion,
          start: fix.start,
          end: fix.end,
        }),
      );
    }
    return out;
  }
  // No expected form (press release): one form throughout; the rarer one is the slip.
  const singular = all.filter((o) => o.token.norm !== 'jullie');
  const je = singular.filter((o) => o.form === 'je');
  const u = singular.filter((o) => o.form === 'u');
  if (!je.length || !u.length) return [];
  const minority: Form = u.length <= je.length ? 'u' : 'je';
  const majority: Form = minority === 'u' ? 'je' : 'u';
  for (const o of minority === 'u' ? u : je) {
    const fix = fixFor(ctx, o, majority);
    out.push(
      finding(ctx.doc, {
        rule: 'address.form',
        agreement: AGREEMENT,
        severity: 'warning',
        message: `Deze tekst gebruikt zowel 'je' als 'u'. Kies één aanspreekvorm (afspraak 22: je-vorm in de publiekskanalen, u-vorm in correspondentie en dossiers).`,
        replacement: fix.suggestion,
        start: fix.start,
        end: fix.end,
      }),
    );
  }
  return out;
};
