// The voorwoord: the short foreword in the infoblad where the burgemeester or a schepen speaks to
// the readers in their own voice, one of the exceptions of agreement 32. Recognised by its title
// ("Voorwoord", "Woord vooraf", "Edito"), or, when it comes without one, by its form: it opens
// with a greeting to all readers ("Beste inwoners", "Beste Zilverbekenaren", "Dag iedereen"),
// speaks in the first person ("ik", "mijn") and has none of a letter's apparatus (subject line,
// reference, address block, place and date). A letter to the residents of one street also opens
// with "Beste bewoner", but it has a subject line and is signed by the directeur and a mandataris.
import { sectionsOf } from './rules/neutrality-sections';
import type { CheckDocument } from './types';

export const VOORWOORD_TITLE =
  /^\W{0,3}(?:voorwoord|woord vooraf|editoriaal|edito|(?:een )?woordje van (?:de|onze) (?:burgemeester|schepen|voorzitter))\b/iu;

/** A greeting to every reader, not to one addressee. */
const COLLECTIVE_GREETING =
  /^\s*(?:beste|lieve|dag|hallo|goeiedag|goedendag)\s+(?:(?:beste|lieve)\s+)?(?:inwoners?|lezers?|allemaal|iedereen|dorpsgenoten|stadsgenoten|medeburgers|burgers|\p{Lu}\p{L}+(?:naren|naars|aars|aren|lingen|zanen))\b[^\n]{0,40}[,!:]?\s*$/iu;
const FIRST_PERSON = /\b(?:ik|mijn|me|mij)\b/giu;
/** What only a letter has: a subject or reference line, an address block, a place-and-date line. */
const LETTER_APPARATUS =
  /^\s*(?:betreft|onderwerp|ons kenmerk|uw kenmerk|onze referentie|uw referentie)\s*:|^\s*\d{4}\s+\p{Lu}\p{L}+\s*$|^\s*\p{Lu}[\p{L}-]+,\s+\d{1,2}\s+\p{L}+\s+\d{4}\s*$/imu;

/** The whole text is a voorwoord, by its title or by its greeting, first person and no letter parts. */
export function isVoorwoord(input: CheckDocument | string): boolean {
  const text = typeof input === 'string' ? input : input.text;
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length === 0) return false;
  if (VOORWOORD_TITLE.test(lines[0])) return true;
  const greeting = lines.slice(0, 3).some((l) => COLLECTIVE_GREETING.test(l));
  if (!greeting || LETTER_APPARATUS.test(text)) return false;
  return (text.match(FIRST_PERSON)?.length ?? 0) >= 2;
}

/** Whether an offset lies in a voorwoord: the whole text is one, or the section under such a title. */
export function voorwoordAt(doc: CheckDocument): (offset: number) => boolean {
  // Under a title: that section only (an infoblad goes on with other articles after it).
  if (!doc.paragraphs.some((p) => VOORWOORD_TITLE.test(p.text.trim())))
    return isVoorwoord(doc) ? () => true : () => false;
  const sections = sectionsOf(doc);
  // The nearest heading decides: an untitled first heading counts as the document's title in
  // sectionsOf, so "Sport" after "Voorwoord" would otherwise sit under it.
  return (offset) => VOORWOORD_TITLE.test(sections.headingsAt(offset)[0] ?? '');
}
