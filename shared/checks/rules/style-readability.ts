// style.readability (agreements 19 and 64): the text as a whole too hard for its readers.
//
// Measures (both published for Dutch, both shown to the writer):
//   Flesch-Douma (Douma 1960):   206,835 − 0,93 × (woorden per zin) − 77 × (lettergrepen per woord)
//   Leesindex A (Brouwer 1963):  195 − 2 × (woorden per zin) − 66,7 × (lettergrepen per woord)
// Douma's table: 0–30 zeer moeilijk, 30–45 moeilijk, 45–60 tamelijk moeilijk, 60–70 normaal,
// 70–80 tamelijk gemakkelijk, 80–90 gemakkelijk, 90–100 zeer gemakkelijk.
//
// The finding rests on Flesch-Douma, with a minimum per document type:
//   infoblad, website, sociale-media, uitnodiging: 60 ("normaal"; 64 asks the infoblad for an
//     eenvoudig, toegankelijk taalniveau, and the other public channels reach the same readers)
//   brief, persbericht: 50 (a letter or release may explain more, but must stay readable)
// Severity: info below the minimum, warning below 30 ("zeer moeilijk") or 15 points under it.
// Counted: sentences of the running text (headers, footers and headings left out), at least
// MIN_WORDS words; shorter texts give no stable score and get no finding.
import { documentFinding } from '../finding';
import type { DocumentType, Finding, RuleContext } from '../types';
import { adoptedAgreement, isHeading, isRunningText, isWord, paragraphIndexAt } from './rule-helpers';
import { countSyllables } from './style-syllables';

export const READABILITY_MINIMUM: Readonly<Record<DocumentType, number>> = {
  infoblad: 60,
  website: 60,
  'sociale-media': 60,
  uitnodiging: 60,
  brief: 50,
  persbericht: 50,
};

export const MIN_WORDS = 60;

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  fleschDouma: number;
  brouwer: number;
}

/** The two scores over the running text's sentences; null when there is nothing to measure. */
export function measureReadability(ctx: RuleContext): Readability | null {
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
      skipParagraph = !!p && (!isRunningText(p) || isHeading(p));
    }
    while (w < words.length && words[w].start < s.start) w++;
    if (skipParagraph) continue;
    let n = 0;
    let syl = 0;
    for (let k = w; k < words.length && words[k].start < s.end; k++) {
      if (!isWord(words[k])) continue;
      n++;
      syl += countSyllables(words[k].text);
    }
    if (n === 0) continue;
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

function doumaLabel(score: number): string {
  if (score < 30) return 'zeer moeilijk';
  if (score < 45) return 'moeilijk';
  if (score < 60) return 'tamelijk moeilijk';
  if (score < 70) return 'normaal';
  if (score < 80) return 'tamelijk gemakkelijk';
  if (score < 90) return 'gemakkelijk';
  return 'zeer gemakkelijk';
}

const one = (n: number) => n.toLocaleString('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function readabilityRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, ctx.type === 'infoblad' ? [64, 19, 18] : [19, 18]);
  if (agreement === null) return [];
  const r = measureReadability(ctx);
  if (!r || r.words < MIN_WORDS) return [];
  const minimum = READABILITY_MINIMUM[ctx.type];
  if (r.fleschDouma >= minimum) return [];
  const severe = r.fleschDouma < 30 || r.fleschDouma < minimum - 15;
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
