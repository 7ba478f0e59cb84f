// style.link-text (agreements 19 and 75): a link should say where it leads. "Klik hier" or
// "lees meer" tells a reader who scans the page, or hears it through a screen reader, nothing;
// the words of the link itself should name the page ("Bekijk de afvalkalender").
import { finding } from '../finding';
import { foldKeepLength } from '../fold';
import { insideAny, quoteRanges } from '../quotes';
import type { Finding, RuleContext } from '../types';
import { adoptedAgreement, isRunningText } from './rule-helpers';

/** A verb of following a link with "hier": "klik hier", "surf dan hier", "lees hier". */
const HERE =
  /\b(?:klik|druk|tik|surf|lees|kijk|registreer|schrijf (?:je|u) in) (?:dan |snel |gerust |even )?hier\b/g;
/** "hier" as the link at the end of a sentence: "Lees het hier na", "kan je hier terugvinden", "Hier vind je meer info". */
const HERE_AFTER =
  /\b(?:lees|vind|bekijk|download) (?:het|ze|alles|deze) hier(?: na)?\b|\b(?:kan|kun|kunt) (?:je|u) (?:het |ze |deze )?hier (?:terug)?(?:vinden|downloaden|nalezen|bekijken)\b|\bhier vind (?:je|u) meer info(?:rmatie)?\b/g;
const THIS_LINK = /\b(?:via|op|met) (?:deze|de volgende|onderstaande) link\b|\bklik op (?:de|deze) link\b/g;
/** A line that is only "Meer info", "Lees meer", "Lees verder" (with an arrow or a colon at most). */
const BARE = /^[\s>»→-]*(meer info(?:rmatie)?|lees meer|lees verder|klik hier)[\s.:>»→…-]*$/;

export function linkTextRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, [19, 75]);
  if (agreement === null || ctx.type === 'brief') return [];
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
    for (const re of [HERE, HERE_AFTER, THIS_LINK]) {
      re.lastIndex = 0;
      for (const m of folded.matchAll(re)) push(p.start + m.index, p.start + m.index + m[0].length);
    }
  });
  return out;
}
