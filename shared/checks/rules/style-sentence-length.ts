// style.sentence-length (agreement 19): sentences too long to read easily. Klare-taal guides put
// the average at 15 to 20 words; a single sentence over the limit below is worth splitting.
// Limits per document type (words, numbers included):
//   sociale-media 20   short posts are read on a phone, in passing
//   infoblad, website, uitnodiging, persbericht 25   read by every inhabitant (64: eenvoudig taalniveau)
//   brief 30   a letter may explain a decision at more length, but still in one breath
// Headers and footers (letterheads, addresses), lists, tables and timetables are not sentences
// and are skipped (structure.ts).
import { finding } from '../finding';
import type { DocumentType, Finding, RuleContext } from '../types';
import { isProse } from '../structure';
import { adoptedAgreement, lenientType, paragraphIndexAt } from './rule-helpers';

export const SENTENCE_LIMITS: Readonly<Record<DocumentType, number>> = {
  'sociale-media': 20,
  infoblad: 25,
  website: 25,
  uitnodiging: 25,
  persbericht: 25,
  brief: 30,
};

export function sentenceLengthRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, [19, 18]);
  if (agreement === null) return [];
  // Unsure of the type: the highest limit of the types it may be, so the finding holds for each.
  const type = lenientType(ctx, (t) => SENTENCE_LIMITS[t], true);
  const limit = SENTENCE_LIMITS[type];
  const { words, sentences, doc } = ctx;
  const out: Finding[] = [];
  let w = 0;
  for (const s of sentences) {
    while (w < words.length && words[w].start < s.start) w++;
    let count = 0;
    let k = w;
    while (k < words.length && words[k].start < s.end) {
      const kind = words[k].kind;
      if (kind === undefined || kind === 'word' || kind === 'number') count++;
      k++;
    }
    if (count <= limit) continue;
    const p = doc.paragraphs[paragraphIndexAt(doc, s.start)];
    // A list, a table or a timetable is read line by line, not as one long sentence.
    if (p && !isProse(p)) continue;
    out.push(
      finding(doc, {
        rule: 'style.sentence-length',
        agreement,
        severity: 'info',
        message:
          `Deze zin telt ${count} woorden; voor een ${label(type)} houden we het bij hoogstens ${limit}. ` +
          'Korte zinnen lezen vlotter en sluiten niemand uit (afspraak 19: klare taal).',
        start: s.start,
        end: s.end,
        suggestion: 'Splits de zin in twee of meer kortere zinnen: één boodschap per zin.',
      }),
    );
  }
  return out;
}

function label(type: DocumentType): string {
  switch (type) {
    case 'sociale-media':
      return 'bericht op sociale media';
    case 'infoblad':
      return 'artikel in het infoblad';
    case 'website':
      return 'webtekst';
    default:
      return type;
  }
}
