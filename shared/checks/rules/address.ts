// Agreement 22: the public channels (infoblad, website, social media) speak to the reader with
// the low-threshold je-vorm; letters and files keep the businesslike u. The form per document type
// is the organisation's (`parameters.addressForm`); where its note fixes none (a press release,
// unless it says so), only a mix of both forms is flagged. Quotes and reported speech are
// someone else's words; "u" after a number is an hour ("14 u"), "Bijlage U" is a letter, and a
// capitalised "Je" mid-sentence is part of a name ("Je Zal Het Maar Zijn", "Jeugdhuis 't Je").
import type { Token } from '../../language/types';
import { isContent } from '../document';
import { groupedFinding, type PlaceSpec } from '../finding';
import { toJe, toU } from '../fix/address-fix';
import { DOCUMENT_TYPE_LABELS } from '../labels';
import { sentenceIndexAt } from './rule-helpers';
import { foldKeepLength, paragraphAt } from '../fold';
import { insideAny, quoteRanges } from '../quotes';
import type { Rule, RuleContext } from '../types';

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
    out.push({ token: t, index: i, form: U_FORMS.has(t.norm) ? 'u' : 'je' });
  }
  return out;
}

/** The rewrite of one occurrence into the other form: an exact fix, or advice where unsure. */
function rewrite(ctx: RuleContext, o: Occurrence, to: Form): PlaceSpec {
  const si = sentenceIndexAt(ctx, o.token.start);
  const sentence = ctx.sentences[si];
  const site = {
    text: ctx.doc.text,
    words: ctx.words,
    index: o.index,
    sentenceStart: sentence?.start ?? 0,
    sentenceEnd: sentence?.end ?? ctx.doc.text.length,
  };
  const r = to === 'je' ? toJe(site) : toU(site);
  return r.kind === 'fix'
    ? { start: r.start, end: r.end, replacement: r.replacement }
    : { start: r.start, end: r.end, suggestion: r.advice };
}

const FORM_WORD: Record<Form, string> = { je: 'je', u: 'u' };

function message(ctx: RuleContext, expected: Form, wrong: number, total: number): string {
  const what = ctx.types.map((t) => DOCUMENT_TYPE_LABELS[t].withArticle).join(' of ');
  const other: Form = expected === 'je' ? 'u' : 'je';
  const how = wrong === total ? '' : ` op ${wrong} van de ${total} plaatsen`;
  // The reason is the organisation's own statement of 22 for this form, as the bot would quote it.
  const own = ctx.org.byNumber
    .get(AGREEMENT)
    ?.statements.find((s) => s.conditions?.includes(`${expected}-vorm`))?.summary;
  const why = `Afspraak 22: ${own ?? `voor ${what} kiezen we de ${expected}-vorm.`}`;
  return `Deze tekst spreekt de lezer${how} aan met ${FORM_WORD[other]}; voor ${what} is dat ${FORM_WORD[expected]}. ${why}`;
}

function expectedForm(ctx: RuleContext): Form | undefined {
  const forms = new Set(ctx.types.map((t) => ctx.org.parameters.addressForm[t]));
  const [only] = forms;
  return forms.size === 1 && only ? only : undefined;
}

const GROUP_ADVICE = 'Pas alles toe om elke plaats te herschrijven, of kijk ze een voor een na.';

export const addressRules: Rule = (ctx) => {
  // The organisation's choice for this document type (agreement 22's parameter), not a constant;
  // while the type is unsure, only a form every type it may be asks for.
  const expected = expectedForm(ctx);
  const all = occurrences(ctx);
  if (!all.length) return [];
  if (expected) {
    // "jullie" is plural, not the je-vorm a public channel could avoid; it only clashes with u.
    const wrong = all.filter((o) => o.form !== expected && !(expected === 'je' && o.token.norm === 'jullie'));
    if (!wrong.length) return [];
    const counted = all.filter((o) => o.token.norm !== 'jullie' || expected === 'u');
    return [
      groupedFinding(
        ctx.doc,
        {
          rule: 'address.form',
          agreement: AGREEMENT,
          severity: 'warning',
          message: message(ctx, expected, wrong.length, counted.length),
          suggestion: GROUP_ADVICE,
        },
        wrong.map((o) => rewrite(ctx, o, expected)),
      ),
    ];
  }
  // No expected form (press release): one form throughout; the rarer one is the slip.
  const singular = all.filter((o) => o.token.norm !== 'jullie');
  const je = singular.filter((o) => o.form === 'je');
  const u = singular.filter((o) => o.form === 'u');
  if (!je.length || !u.length) return [];
  const minority: Form = u.length <= je.length ? 'u' : 'je';
  const majority: Form = minority === 'u' ? 'je' : 'u';
  return [
    groupedFinding(
      ctx.doc,
      {
        rule: 'address.form',
        agreement: AGREEMENT,
        severity: 'warning',
        message: `Deze tekst gebruikt zowel 'je' (${je.length} keer) als 'u' (${u.length} keer). Kies één aanspreekvorm (afspraak 22: je-vorm in de publiekskanalen, u-vorm in correspondentie en dossiers).`,
        suggestion: GROUP_ADVICE,
      },
      (minority === 'u' ? u : je).map((o) => rewrite(ctx, o, majority)),
    ),
  ];
};
