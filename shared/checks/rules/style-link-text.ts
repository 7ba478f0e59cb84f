// style.link-text (agreements 19 and 75): a link should say where it leads. "Klik hier" or
// "lees meer" tells a reader who scans the page, or hears it through a screen reader, nothing;
// the words of the link itself should name the page ("Bekijk de afvalkalender").
import { finding } from '../finding';
import { foldKeepLength } from '../fold';
import { LINK_PHRASES } from '../link-phrases';
import { insideAny, quoteRanges } from '../quotes';
import type { Finding, RuleContext } from '../types';
import { adoptedAgreement, isRunningText, someType } from './rule-helpers';

/** A line that is only "Meer info", "Lees meer", "Lees verder" (with an arrow or a colon at most). */
const BARE = /^[\s>»→-]*(meer info(?:rmatie)?|lees meer|lees verder|klik hier)[\s.:>»→…-]*$/;

export function linkTextRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, [19, 75]);
  // A letter is read on paper; while the text may be one, its links are not judged.
  if (agreement === null || someType(ctx, (t) => t === 'brief')) return [];
  const out: Finding[] = [];
  const quotes = quoteRanges(ctx.doc);
  const push = (start: number, end: number) => {
    if (insideAny(quotes, start, end)) return;
    out.push(
      finding(ctx.doc, {
        rule: 'style.link-text',
        agreement,
        severity: 'info',
        message: `'${ctx.doc.text.slice(start, end)}' zegt niet waar de link naartoe gaat. Wie de pagina scant of laat voorlezen, weet dan niet wat hij kiest (afspraak 19: klare taal).`,
        start,
        end,
        suggestion:
          "Maak de woorden van de link zelf de inhoud, bijvoorbeeld 'Bekijk de afvalkalender' of 'Vraag je parkeerkaart aan'.",
      }),
    );
  };
  const paragraphs = ctx.doc.paragraphs.filter((p) => isRunningText(p) && p.text.trim());
  paragraphs.forEach((p, index) => {
    const folded = foldKeepLength(p.text);
    const bare = BARE.exec(folded);
    // "Meer info" as a section title (a styled heading, or a line with the details under it)
    // introduces what follows; as the last line or with an arrow it is the link itself.
    const titled =
      (p.style && /heading|kop|title|titel/i.test(p.style)) ||
      (index < paragraphs.length - 1 && !/[>»→]/.test(folded));
    if (bare && !(titled && /^meer info/.test(bare[1]))) {
      const at = folded.indexOf(bare[1]);
      push(p.start + at, p.start + at + bare[1].length);
      return;
    }
    if (bare) return;
    for (const re of LINK_PHRASES) {
      re.lastIndex = 0;
      for (const m of folded.matchAll(re)) push(p.start + m.index, p.start + m.index + m[0].length);
    }
  });
  return out;
}
