// style.abbreviation (agreement 19): an abbreviation the reader may not know, not written out
// where it first appears. "Het AGB beheert de sporthal" leaves most readers guessing; "het
// autonoom gemeentebedrijf (AGB)" or "AGB (autonoom gemeentebedrijf)" once, and the short form
// is fine afterwards. Household abbreviations (btw, OCMW, EHBO …) are exempt
// (data/known-abbreviations.ts); party names are the neutrality rule's business.
import { PARTIES } from '../data/parties';
import { KNOWN_ABBREVIATIONS } from '../data/known-abbreviations';
import { finding } from '../finding';
import { insideAny, quoteRanges } from '../quotes';
import type { Finding, RuleContext } from '../types';
import { adoptedAgreement, isHeading, isRunningText, paragraphIndexAt } from './rule-helpers';

/** Two to six capitals, a digit or & allowed inside after the first two ("AGB", "CD&V", "N-VA" not). */
const CANDIDATE = /^\p{Lu}{2,6}$/u;
const ROMAN = /^[IVXLC]+$/;

const partyWords = new Set(
  PARTIES.flatMap((p) => p.name.split(/[\s-]+/)).filter((w) => /^\p{Lu}{2,}/u.test(w)),
);

export function abbreviationRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, [19]);
  if (agreement === null) return [];
  const { doc, words } = ctx;
  const text = doc.text;
  const quotes = quoteRanges(doc);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    if (t.kind !== 'word' || !CANDIDATE.test(t.text) || ROMAN.test(t.text)) continue;
    if (seen.has(t.text)) continue;
    seen.add(t.text);
    if (KNOWN_ABBREVIATIONS.has(t.text) || partyWords.has(t.text)) continue;
    const p = doc.paragraphs[paragraphIndexAt(doc, t.start)];
    if (!p || !isRunningText(p)) continue;
    // A line in capitals ("PERSBERICHT", "WAT JE MOET WETEN") is shouting, not abbreviating.
    const letters = p.text.replace(/[^\p{L}]/gu, '');
    if (letters.length > 12 && letters === letters.toUpperCase()) continue;
    // A line that is this one word ("WIE?", "PRIJS") is a heading in capitals.
    if (letters === t.text) continue;
    if (isHeading(p) && p.text.trim() === t.text) continue;
    if (insideAny(quotes, t.start, t.end)) continue;
    // Written out: "(AGB)" after the full name, or "AGB (autonoom …)" with the name after it.
    if (text[t.start - 1] === '(' && text[t.end] === ')') continue;
    if (/^\s*\((?:\p{Ll}|\p{Lu}\p{Ll})/u.test(text.slice(t.end, t.end + 4))) continue;
    // Part of a web or e-mail address, or of a compound written with a hyphen to a known word.
    if (
      /[@/.][\p{L}\p{N}]/u.test(text.slice(t.end, t.end + 2)) ||
      /[@/]$/.test(text.slice(t.start - 1, t.start))
    )
      continue;
    // Part of a name: "BBC Zilverbeek", "FC De Molen", "KFC Sint-Jan".
    const next = words[i + 1];
    if (next && next.start - t.end === 1 && text[t.end] === ' ' && /^\p{Lu}\p{Ll}/u.test(next.text)) continue;
    out.push(
      finding(doc, {
        rule: 'style.abbreviation',
        agreement,
        severity: 'info',
        message: `Niet iedereen weet wat '${t.text}' betekent. Schrijf de afkorting de eerste keer voluit, met de afkorting tussen haakjes (afspraak 19: klare taal).`,
        start: t.start,
        end: t.end,
        suggestion: `Schrijf de eerste keer de volledige naam met '(${t.text})' erachter; daarna mag de afkorting.`,
      }),
    );
  }
  return out;
}
