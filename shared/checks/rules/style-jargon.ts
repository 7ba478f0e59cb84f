// style.jargon (agreements 18, 19): ambtelijke woorden with a plainer alternative.
// The word list (data/jargon.ts) is compiled once into a map from a phrase's first word to its
// phrases, longest first, so the document is read in one pass over its words: a map lookup per
// word, and only words that can start a phrase look further.
import { normalise, words as wordsOf } from '../../language';
import type { Token } from '../../language/types';
import { finding, groupedFinding } from '../finding';
import {
  ADJECTIVE_AFTER_ARTICLE,
  ADVICE_ONLY,
  JARGON,
  LEGAL_TERMS,
  OTHER_SENSE,
  TITLE_NOUNS,
} from '../data/jargon';
import { isOfficialRecord } from '../structure';
import { insideAny, quoteRanges } from '../quotes';
import type { SubstitutionRow } from '../data/substitution';
import type { Finding, RuleContext } from '../types';
import { adoptedAgreement, isWord, matchCapital, sentenceIndexAt } from './rule-helpers';

interface Phrase {
  words: string[];
  row: SubstitutionRow;
}

/** "dient", "dienen" … + te + infinitive: the modal use, also when words stand in between. */
const MODAL_DIENEN: ReadonlyMap<string, string> = new Map([
  ['dient', 'moet'],
  ['dienen', 'moeten'],
  ['diende', 'moest'],
  ['dienden', 'moesten'],
]);
/** How far "te" may stand from "dient" ("U dient het ingevulde formulier vóór 1 maart terug te sturen"). */
const MODAL_REACH = 16;
/** Words that open an infinitive clause of their own. */
const CLAUSE_TE = new Set(['om', 'zonder', 'teneinde', 'alvorens']);
/** Particles of separable verbs: "in te vullen" becomes "invullen" once "te" goes. */
const PARTICLES = new Set([
  'aan',
  'af',
  'bij',
  'binnen',
  'buiten',
  'door',
  'in',
  'langs',
  'mee',
  'na',
  'om',
  'op',
  'over',
  'terug',
  'toe',
  'uit',
  'vast',
  'voor',
  'weg',
  'samen',
  'achter',
  'neer',
]);

function compile(rows: readonly SubstitutionRow[]): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const row of rows) {
    const ws = wordsOf(row.pattern);
    if (ws.length === 0 || (ws.length === 2 && MODAL_DIENEN.has(ws[0]) && ws[1] === 'te')) continue;
    const list = byFirst.get(ws[0]) ?? [];
    list.push({ words: ws, row });
    byFirst.set(ws[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const PHRASES = compile(JARGON.filter((r) => !r.pattern.includes('.')));

/**
 * Dotted abbreviations (m.b.t., i.v.m.): the tokeniser knows some and splits the others into
 * letters, so they are found in the text itself, in lower case, with one alternation.
 */
const ABBREVIATIONS = new Map(
  JARGON.filter((r) => r.pattern.includes('.')).map((r) => [r.pattern.replace(/\.$/, ''), r]),
);
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}.])(?:${[...ABBREVIATIONS.keys()].map((k) => k.replace(/\./g, '\\.')).join('|')})\\.?(?![\\p{L}])`,
  'gu',
);

/** Words follow each other with only spaces between (no punctuation, no paragraph break). */
function adjacent(text: string, a: Token, b: Token): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 160) return false;
  }
  return true;
}

function message(excerpt: string, row: SubstitutionRow): string {
  const alternatives = row.alternatives?.length
    ? ` (of: ${row.alternatives.map((a) => `'${a}'`).join(', ')})`
    : '';
  return (
    row.message ??
    `'${excerpt}' is ambtelijke taal. Schrijf eenvoudiger: '${row.replacement}'${alternatives}. ` +
      'Heldere, klare taal is een norm voor overheidscommunicatie (afspraak 18 en 19).'
  );
}

/** ADVICE_ONLY and ADJECTIVE_AFTER_ARTICLE keyed by their words as the tokeniser folds them. */
const byWords = (table: Readonly<Record<string, string>>) =>
  new Map(Object.entries(table).map(([k, v]) => [wordsOf(k).join(' '), v]));
const ADVICE = byWords(ADVICE_ONLY);
const ADJECTIVE_ADVICE = byWords(ADJECTIVE_AFTER_ARTICLE);
/** "het hogervermelde tarief" -> "dit tarief": the article goes with the adjective. */
const DEMONSTRATIVE: Readonly<Record<string, Record<string, string>>> = {
  deze: { de: 'deze', het: 'dit' },
  dit: { de: 'deze', het: 'dit' },
};

/** Words that open the subject of an official title ("reglement inzake …"). */
const TITLE_LINKS = new Set(['inzake', 'betreffende', 'houdende', 'aangaande', 'omtrent', 'nopens', 'met']);
const ARTICLES = new Set(['de', 'het', 'die', 'deze', 'dit', 'dat', 'een']);

/** "zoals tot op heden gewijzigd", "zoals later gewijzigd": the formula that cites a regulation as amended. */
const AMENDED = /\bzoals\b[^.;\n]{0,25}\bgewijzigd\b/giu;

function inAmendmentFormula(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 30);
  const window = text.slice(from, end + 30);
  for (const m of window.matchAll(AMENDED)) {
    if (from + m.index <= start && from + m.index + m[0].length >= end) return true;
  }
  return false;
}

const MONTHS = new Set(
  'januari februari maart april mei juni juli augustus september oktober november december'.split(' '),
);

/** A month follows: "mei", "de maand mei". */
function inMonth(ctx: RuleContext, k: number): boolean {
  const w = ctx.words;
  if (w[k] && MONTHS.has(w[k].norm)) return true;
  return w[k]?.norm === 'de' && w[k + 1]?.norm === 'maand' && !!w[k + 2] && MONTHS.has(w[k + 2].norm);
}

/** The row's replacement as it fits here: "onderstaande kaart" -> "de volgende kaart". */
function fittedReplacement(
  pattern: string,
  replacement: string,
  ctx: RuleContext,
  index: number,
  n: number,
): string {
  const prev = ctx.words[index - 1];
  const next = ctx.words[index + n];
  if (pattern === 'in de loop van' && next && inMonth(ctx, index + n)) return 'in';
  // "volgende" takes an article where the word it replaces stood alone ("in onderstaande kaart").
  if (replacement === 'volgende' && !(prev && (DETERMINERS.has(prev.norm) || ARTICLES.has(prev.norm))))
    return 'de volgende';
  return replacement;
}

const DETERMINERS = new Set([
  'de',
  'het',
  'deze',
  'dit',
  'die',
  'dat',
  'zijn',
  'haar',
  'hun',
  'onze',
  'ons',
  'uw',
  'je',
  'jouw',
  'een',
]);

/** Forms of "worden": "de werken worden aangevangen" is a passive that "begonnen" cannot carry. */
const WORDEN = new Set(['worden', 'wordt', 'werd', 'werden', 'geworden']);
/** A quantity after "gedurende": "gedurende één jaar" is a duration, where "tijdens" is wrong. */
const QUANTITY =
  /^(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|enkele|meerdere|verscheidene|minstens|maximaal|minimum|maximum|ten minste|\d+)$/u;
/** Separable verbs that replacements start with: after "te" they split ("leeg te maken"). */
const SEPARABLE = /^(?:leeg|terug|goed|in|uit|op|aan|af|mee|toe|door|na|om|weg|bij|samen)(?=\p{L}{3,}en$)/u;

/**
 * A replacement that is a separable verb in the infinitive, as [particle, verb]: "leegmaken" ->
 * ["leeg", "maken"], "mogelijk maken" -> ["mogelijk", "maken"]; null for any other replacement.
 */
function splitVerb(replacement: string): [string, string] | null {
  const two = /^(mogelijk|bekend|duidelijk|kenbaar) (\p{L}+en)$/u.exec(replacement);
  if (two) return [two[1], two[2]];
  if (replacement.includes(' ')) return null;
  const m = SEPARABLE.exec(replacement);
  if (!m) return null;
  const rest = replacement.slice(m[0].length);
  // A participle ("ingeschreven": in-ge-schreven) does not split; "aangeven" (aan-geven) does.
  if (rest.startsWith('ge') && !/^ge(?:ven|bruiken)$/.test(rest)) return null;
  return [m[0], rest];
}

/**
 * Advice instead of the row's fix where the neighbouring words make the fix wrong Dutch, or
 * undefined when the fix fits.
 */
function contextAdvice(pattern: string, ctx: RuleContext, i: number, n: number): string | undefined {
  const { words, doc } = ctx;
  const prev = words[i - 1];
  const next = words[i + n];
  if (
    pattern === 'gedurende' &&
    next &&
    (QUANTITY.test(next.norm) || (next.norm === 'ten' && words[i + n + 1]?.norm === 'minste'))
  )
    return "Hier gaat het om een duur: schrijf 'een jaar lang', 'voor één dag' of laat 'gedurende' weg ('één jaar geldig').";
  if ((pattern === 'aangevangen' || pattern === 'beëindigd') && prev && WORDEN.has(prev.norm))
    return "Schrijf het actief: 'voordat de werken worden aangevangen' wordt 'voordat de werken beginnen'.";
  // "in de loop van mei" -> "in mei", not "tijdens mei".
  if (pattern === 'in de loop van' && next && inMonth(ctx, i + n)) return undefined;
  // "gezien" is a preposition only before a determiner ("Gezien de drukte"); else the participle.
  if (pattern === 'gezien' && !(next && DETERMINERS.has(next.norm) && adjacent(doc.text, words[i], next)))
    return '';
  const other = OTHER_SENSE[pattern];
  if (other) {
    const si = sentenceIndexAt(ctx, words[i].start);
    if (si >= 0 && other.test(ctx.sentences[si].text)) return '';
  }
  return undefined;
}

/** Part of an official title: "het retributiereglement inzake …", "het decreet van 22 december 2017 betreffende …". */
function inTitle(text: string, start: number, first: string): boolean {
  if (!TITLE_LINKS.has(first)) return false;
  return TITLE_NOUNS.test(text.slice(Math.max(0, start - 60), start));
}

export function jargonRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, [19, 18]);
  if (agreement === null) return [];
  const { doc, words } = ctx;
  const text = doc.text;
  const out: Finding[] = [];
  // Quoted text is someone else's words or a title: left as written.
  const quotes = quoteRanges(doc);
  const record = isOfficialRecord(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!isWord(w)) continue;
    const modal = MODAL_DIENEN.get(w.norm);
    if (modal) {
      const f = modalDienen(ctx, i, modal, agreement);
      if (f) out.push(f);
      continue;
    }
    const candidates = PHRASES.get(w.norm);
    if (!candidates) continue;
    for (const phrase of candidates) {
      const n = phrase.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) {
        const t = words[i + k];
        ok = t.norm === phrase.words[k] && isWord(t) && adjacent(text, words[i + k - 1], t);
      }
      if (!ok) continue;
      const end = words[i + n - 1].end;
      const excerpt = text.slice(w.start, end);
      i += n - 1;
      if (insideAny(quotes, w.start, end) || inTitle(text, w.start, w.norm)) break;
      const pattern = phrase.words.join(' ');
      // A term of law in a council decision, or the formula citing a regulation as amended.
      if ((record && LEGAL_TERMS.has(pattern)) || inAmendmentFormula(text, w.start, end)) break;
      const index = i - (n - 1);
      const context = contextAdvice(pattern, ctx, index, n);
      // The other sense of the word ("voorgelegd aan de gemeenteraad"): not jargon here.
      if (context === '') break;
      const prev = words[i - n];
      const afterArticle = prev && ARTICLES.has(prev.norm) && adjacent(text, prev, w);
      // One finding for this phrase, from `start` to its end, with its message and fix or advice.
      const flag = (start: number, fix: { message: string; replacement?: string; suggestion?: string }) =>
        out.push(
          finding(doc, {
            rule: 'style.jargon',
            agreement,
            severity: phrase.row.severity ?? 'info',
            start,
            end,
            ...fix,
          }),
        );
      const advice =
        ADVICE.get(pattern) ?? context ?? (afterArticle ? ADJECTIVE_ADVICE.get(pattern) : undefined);
      const split = advice ? null : splitVerb(phrase.row.replacement);
      if (split && prev?.norm === 'te' && adjacent(text, prev, w)) {
        // "te ledigen" -> "leeg te maken": the particle goes before "te".
        flag(prev.start, {
          message: message(excerpt, phrase.row),
          replacement: matchCapital(`${split[0]} te ${split[1]}`, text.slice(prev.start, end)),
        });
        break;
      }
      const after = words[i + 1];
      if (split && after && adjacent(text, words[i], after)) {
        // "Wij ledigen de container" cannot become "Wij leegmaken de container": the particle
        // moves to the end of the clause, which only the writer can place.
        flag(w.start, {
          message: message(excerpt, phrase.row),
          suggestion: `Schrijf '${phrase.row.replacement}' en zet '${split[0]}' waar het in de zin hoort ('wij maken de container leeg').`,
        });
        break;
      }
      const demonstrative =
        afterArticle && !advice ? DEMONSTRATIVE[phrase.row.replacement]?.[prev.norm] : undefined;
      if (demonstrative) {
        const article = text.slice(prev.start, w.start);
        flag(prev.start, {
          message: message(excerpt, phrase.row),
          replacement: matchCapital(demonstrative, article),
        });
        break;
      }
      flag(w.start, {
        ...(advice
          ? {
              message: `'${excerpt}' is ambtelijke taal; hoe je het vervangt, hangt hier af van de zin. Heldere, klare taal is een norm voor overheidscommunicatie (afspraak 18 en 19).`,
              suggestion: advice,
            }
          : {
              // The message names what the fix writes ("in mei", not the row's "tijdens mei").
              ...((fitted) => ({
                message: message(excerpt, { ...phrase.row, replacement: fitted }),
                replacement: matchCapital(fitted, excerpt),
              }))(fittedReplacement(pattern, phrase.row.replacement, ctx, index, n)),
            }),
      });
      break;
    }
  }
  abbreviations(ctx, agreement, out);
  out.sort((a, b) => a.start - b.start);
  return groupByWord(ctx, quotes.length ? out.filter((f) => !insideAny(quotes, f.start, f.end)) : out);
}

function abbreviations(ctx: RuleContext, agreement: number, out: Finding[]): void {
  const text = ctx.doc.text;
  const lower = text.toLowerCase();
  if (lower.length !== text.length || !lower.includes('.')) return;
  for (const m of lower.matchAll(ABBREVIATION)) {
    const row = ABBREVIATIONS.get(m[0].replace(/\.$/, ''));
    if (!row) continue;
    const excerpt = text.slice(m.index, m.index + m[0].length);
    out.push(
      finding(ctx.doc, {
        rule: 'style.jargon',
        agreement,
        severity: row.severity ?? 'info',
        message:
          `'${excerpt}' is een ambtelijke afkorting. Schrijf eenvoudiger: '${row.replacement}'. ` +
          'Heldere, klare taal is een norm voor overheidscommunicatie (afspraak 18 en 19).',
        start: m.index,
        end: m.index + m[0].length,
        replacement: matchCapital(row.replacement, excerpt),
      }),
    );
  }
}

/**
 * One finding per ambtelijk word: "derden" five times in a text is one remark with five places,
 * each with its own fix (the message names the word once).
 */
function groupByWord(ctx: RuleContext, found: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of found) {
    const key = `${f.excerpt.toLocaleLowerCase('nl-BE')}\u0000${f.fix ? 'fix' : 'advice'}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((list) =>
    list.length === 1
      ? list[0]
      : groupedFinding(
          ctx.doc,
          {
            rule: list[0].rule,
            agreement: list[0].agreement,
            severity: list[0].severity,
            message: list[0].message,
            ...(list[0].fix ? {} : list[0].suggestion ? { suggestion: list[0].suggestion } : {}),
          },
          list.map((f) =>
            f.fix
              ? { start: f.start, end: f.end, replacement: f.fix.replacement }
              : { start: f.start, end: f.end, ...(f.suggestion ? { suggestion: f.suggestion } : {}) },
          ),
        ),
  );
}

/**
 * "U dient het formulier in te vullen" → "U moet het formulier invullen". Not modal: "dient als",
 * "dient een klacht in", "in te dienen" (dienen is then the verb itself).
 */
function modalDienen(ctx: RuleContext, i: number, modal: string, agreement: number): Finding | null {
  const { words, doc } = ctx;
  const text = doc.text;
  const w = words[i];
  if (i > 0 && words[i - 1].norm === 'te') return null;
  for (let k = i + 1; k < words.length && k <= i + MODAL_REACH; k++) {
    const t = words[k];
    // Stay within the sentence: a full stop, question mark or line break between words ends the search.
    if (/[.!?;\n]/.test(text.slice(words[k - 1].end, t.start))) return null;
    // "diende een amendement in om … uit te breiden": that "te" belongs to "om".
    if (CLAUSE_TE.has(t.norm)) return null;
    if (t.norm !== 'te' || k + 1 >= words.length) continue;
    const verb = words[k + 1];
    if (!isWord(verb) || !adjacent(text, t, verb)) return null;
    const excerpt = text.slice(w.start, verb.end);
    const before = words[k - 1];
    let middle: string;
    if (k - 1 > i && PARTICLES.has(before.norm) && adjacent(text, before, t)) {
      middle = text.slice(w.end, before.start) + before.text + verb.text;
    } else {
      middle = text.slice(w.end, t.start) + verb.text;
    }
    return finding(doc, {
      rule: 'style.jargon',
      agreement,
      severity: 'info',
      message:
        `'${w.text} … te' is ambtelijke taal. Schrijf eenvoudiger: '${modal}'. ` +
        'Heldere, klare taal is een norm voor overheidscommunicatie (afspraak 18 en 19).',
      start: w.start,
      end: verb.end,
      replacement: matchCapital(modal, excerpt) + middle,
    });
  }
  return null;
}

/** How many different words and phrases the list holds (reported by tests and the README). */
export function jargonEntryCount(): number {
  return new Set(JARGON.map((r) => normalise(r.pattern))).size;
}
