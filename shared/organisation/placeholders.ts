// Blanks in the catalogue's text that each organisation fills in (`agreements.fill`), so official
// output never prints them: the variant of agreement 13 ends "…door een andere dienst
// (specifieer).", agreement 60 speaks of "'Ge zijt van xxx'". The same blanks in an
// organisation's own wording (edit, add) are filled the same way.

/**
 * A blank and the words it explains. "een andere dienst (specifieer)" is replaced as a whole, so
 * the fill 'de dienst Burgerzaken' reads "deze taak wordt opgenomen door de dienst Burgerzaken.".
 */
const BLANKS: readonly RegExp[] = [
  /(?:\been andere \p{L}+ )?\((?:specifieer|in te vullen|vul in)\)/giu,
  /(?<![\p{L}\d])x{3,}(?![\p{L}\d])/giu,
  /\[(?:naam|in te vullen|vul in)[^\]]*\]/giu,
];

/** The blanks in a text, as written ('een andere dienst (specifieer)', 'xxx'). */
export function findBlanks(text: string): string[] {
  return BLANKS.flatMap((re) => [...text.matchAll(re)].map((m) => m[0]));
}

/** The text with every blank replaced by `fill`. */
export function fillBlanks(text: string, fill: string): string {
  return BLANKS.reduce((out, re) => out.replace(re, () => fill), text);
}

// Words before the place name in an official name: "Gemeente Zilverbeek", "Stad Gent", "OCMW Beekveld".
const KIND_PREFIX =
  /^(?:gemeente|stad|ocmw|provincie|lokaal bestuur|gemeentebestuur|stadsbestuur|district)\s+(?:van\s+)?/i;

/** The place an organisation is named after: 'Gemeente Zilverbeek' -> 'Zilverbeek'. */
export function placeName(officialName: string): string {
  const stripped = officialName.trim().replace(KIND_PREFIX, '').trim();
  return stripped || officialName.trim();
}

/**
 * Fills the organisation does not have to write: agreement 60's "'Ge zijt van xxx'" is the local
 * Facebook group named after the place, so the place name is right unless the file says otherwise.
 */
export function defaultFills(officialName: string): Record<number, string> {
  return { 60: placeName(officialName) };
}
