// style.repetition (agreement 19): a sentence, a passage or the lead repeated in the same text,
// as happens when a web page is pasted together from an older version or the intro is copied
// into the body. One finding per repeated sentence, with every place; a run of repeated
// sentences (a passage) is one finding. Short sentences ("Meer info volgt.") and lists or
// tables, which legitimately repeat, are left out.
import { normalise } from '../../language';
import { groupedFinding } from '../finding';
import { isProse } from '../structure';
import type { Finding, RuleContext } from '../types';
import { adoptedAgreement, paragraphIndexAt } from './rule-helpers';

const MIN_WORDS = 7;

export function repetitionRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, [19]);
  if (agreement === null) return [];
  const { doc, sentences } = ctx;
  const keys: (string | null)[] = sentences.map((s) => {
    const p = doc.paragraphs[paragraphIndexAt(doc, s.start)];
    if (!p || !isProse(p)) return null;
    const key = normalise(s.text)
      .replace(/[^\p{L}\p{N} ]+/gu, '')
      .replace(/\s+/g, ' ')
      .trim();
    return key.split(' ').length >= MIN_WORDS ? key : null;
  });
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => k && byKey.set(k, [...(byKey.get(k) ?? []), i]));
  const repeated = [...byKey.values()].filter((list) => list.length > 1);
  if (!repeated.length) return [];
  // Merge runs: sentence i and i+1 both repeated at j and j+1 make one passage.
  const used = new Set<number>();
  const out: Finding[] = [];
  for (const list of repeated) {
    const first = list[0];
    if (used.has(first)) continue;
    const spans = list.map((i) => {
      let end = i;
      while (
        end + 1 < sentences.length &&
        keys[end + 1] !== null &&
        list.every((j) => keys[j + (end + 1 - i)] === keys[end + 1])
      )
        end++;
      for (let k = i; k <= end; k++) used.add(k);
      return { start: sentences[i].start, end: sentences[end].end, count: end - i + 1 };
    });
    const passage = spans[0].count > 1;
    out.push(
      groupedFinding(
        doc,
        {
          rule: 'style.repetition',
          agreement,
          severity: 'info',
          message: `${passage ? 'Deze passage' : 'Deze zin'} staat ${spans.length} keer in de tekst. Herhaling maakt een tekst langer zonder dat de lezer iets bijleert (afspraak 19: klare taal).`,
          suggestion: 'Houd één plaats over, of zeg het de tweede keer korter en anders.',
        },
        spans.map(({ start, end }) => ({ start, end })),
      ),
    );
  }
  return out;
}
