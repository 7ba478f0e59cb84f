// style.readability (agreements 19 and 64): the text as a whole too hard for its readers.
//
// Measures (both published for Dutch, both shown to the writer):
//   Flesch-Douma (Douma 1960):   206,835 − 0,93 × (woorden per zin) − 77 × (lettergrepen per woord)
//   Leesindex A (Brouwer 1963):  195 − 2 × (woorden per zin) − 66,7 × (lettergrepen per woord)
// Douma's table: 0–30 zeer moeilijk, 30–45 moeilijk, 45–60 tamelijk moeilijk, 60–70 normaal,
// 70–80 tamelijk gemakkelijk, 80–90 gemakkelijk, 90–100 zeer gemakkelijk.
//
// The finding rests on Flesch-Douma, with a minimum per document type:
//   infoblad, website, sociale-media, uitnodiging: 50 (below it Douma says "moeilijk"; 64 asks the
//     infoblad for an eenvoudig, toegankelijk taalniveau, and the other public channels reach the
//     same readers; 60+, "normaal", is the aim)
//   brief, persbericht: 40 (a letter or release may explain more, but must stay readable)
// The minimums sit below Douma's "normaal" (60) on purpose: Dutch compounds (parkeerreglement,
// bewonerskaart) lower the score, and plainly written Flemish municipal texts measured 50-80 on
// the team's corpus. Severity: info below the minimum, warning below 30 ("zeer moeilijk").
// Counted: sentences of the running text (headers, footers, headings and contact lines left out).
// Flesch used samples of 100 words; a text of 50 to 99 words counts only when it scores 15 points
// under the minimum, and shorter texts are not measured.
import { documentFinding } from '../finding';
import { isProse } from '../structure';
import type { DocumentType, Finding, RuleContext } from '../types';
import { adoptedAgreement, isWord, lenientType, paragraphIndexAt } from './rule-helpers';
import { countSyllables } from './style-syllables';

export const READABILITY_MINIMUM: Readonly<Record<DocumentType, number>> = {
  infoblad: 50,
  website: 50,
  'sociale-media': 50,
  uitnodiging: 50,
  brief: 40,
  persbericht: 40,
};

export const MIN_WORDS = 100;
/** Texts of 50 to 99 words are measured too, with a wider margin. */
export const SHORT_TEXT_WORDS = 50;
export const SHORT_TEXT_MARGIN = 15;

/** A phone line of a contact block: "tel. 016 00 10 01", "gsm 0470 …", "+32 …". */
const CONTACT_LINE = /\b(?:tel|gsm|fax)\b\.?\s*:?\s*[+0-9]|\+32\s?\d|\b0\d{2,3}[ /.]\d{2}/i;

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  fleschDouma: number;
  brouwer: number;
}

/** Measured once per check: the rule and the report's summary both need it. */
const measured = new WeakMap<RuleContext, Readability | null>();

/** The two scores over the running text's sentences; null when there is nothing to measure. */
export function measureReadability(ctx: RuleContext): Readability | null {
  if (measured.has(ctx)) return measured.get(ctx) ?? null;
  const r = measureOnce(ctx);
  measured.set(ctx, r);
  return r;
}

function measureOnce(ctx: RuleContext): Readability | null {
  const { doc, words, sentences } = ctx;
  let wordCount = 0;
  let syllables = 0;
  let sentenceCount = 0;
  let w = 0;
  let lastParagraph = -1;
  let skipParagraph = false;
  for (const s of sentences) {
    const pi = paragraphIndexAt(doc, s.start);
    if (pi !== lastParagraph) {
      lastParagraph = pi;
      const p = doc.paragraphs[pi];
      // Lists, tables and timetables are scanned, not read as prose (structure.ts).
      skipParagraph = !!p && !isProse(p);
    }
    while (w < words.length && words[w].start < s.start) w++;
    if (skipParagraph) continue;
    if (CONTACT_LINE.test(s.text)) continue;
    let n = 0;
    let syl = 0;
    let address = false;
    for (let k = w; k < words.length && words[k].start < s.end; k++) {
      if (words[k].kind === 'email' || words[k].kind === 'url') address = true;
      if (!isWord(words[k])) continue;
      n++;
      syl += countSyllables(words[k].text);
    }
    // Contact lines and web addresses are looked up, not read as prose.
    if (n === 0 || address) continue;
    wordCount += n;
    syllables += syl;
    sentenceCount++;
  }
  if (wordCount === 0) return null;
  const perSentence = wordCount / sentenceCount;
  const perWord = syllables / wordCount;
  return {
    words: wordCount,
    sentences: sentenceCount,
    syllables,
    fleschDouma: 206.835 - 0.93 * perSentence - 77 * perWord,
    brouwer: 195 - 2 * perSentence - 66.7 * perWord,
  };
}

/** Douma's words for a score ('normaal', 'moeilijk' …). */
export function doumaLabel(score: number): string {
  if (score < 30) return 'zeer moeilijk';
  if (score < 45) return 'moeilijk';
  if (score < 60) return 'tamelijk moeilijk';
  if (score < 70) return 'normaal';
  if (score < 80) return 'tamelijk gemakkelijk';
  if (score < 90) return 'gemakkelijk';
  return 'zeer gemakkelijk';
}

const one = (n: number) => n.toLocaleString('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The score the pane shows beside the findings, whether or not it is low enough to be one. */
export function readabilitySummary(
  ctx: RuleContext,
): { fleschDouma: number; level: string; minimum: number } | undefined {
  const r = measureReadability(ctx);
  if (!r || r.words < SHORT_TEXT_WORDS) return undefined;
  const score = Math.round(r.fleschDouma * 10) / 10;
  return { fleschDouma: score, level: doumaLabel(r.fleschDouma), minimum: minimumFor(ctx) };
}

/** The minimum for the type, or while the type is unsure the lowest of the types it may be. */
function minimumFor(ctx: RuleContext): number {
  return READABILITY_MINIMUM[lenientType(ctx, (t) => READABILITY_MINIMUM[t], false)];
}

export function readabilityRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, ctx.type === 'infoblad' ? [64, 19, 18] : [19, 18]);
  if (agreement === null) return [];
  const r = measureReadability(ctx);
  if (!r || r.words < SHORT_TEXT_WORDS) return [];
  // A short text's score wobbles: it must be clearly too hard (15 points under) to count.
  const minimum = minimumFor(ctx) - (r.words < MIN_WORDS ? SHORT_TEXT_MARGIN : 0);
  if (r.fleschDouma >= minimum) return [];
  const severe = r.fleschDouma < 30;
  return [
    documentFinding({
      rule: 'style.readability',
      agreement,
      severity: severe ? 'warning' : 'info',
      message:
        `De tekst is ${doumaLabel(r.fleschDouma)} om te lezen: Flesch-Douma ${one(r.fleschDouma)} ` +
        `(gewenst: minstens ${minimum}), leesindex Brouwer ${one(r.brouwer)}; ` +
        `gemiddeld ${one(r.words / r.sentences)} woorden per zin en ${one(r.syllables / r.words)} lettergrepen per woord ` +
        `(${r.words} woorden, ${r.sentences} zinnen). ` +
        (agreement === 64
          ? 'Het infoblad richt zich tot de hele bevolking en streeft naar een eenvoudig, toegankelijk taalniveau (afspraak 64).'
          : 'Klare taal zorgt dat niemand uit de boot valt (afspraak 19).'),
      suggestion: 'Schrijf kortere zinnen en kies kortere, gewone woorden; splits lange samenstellingen.',
    }),
  ];
}
