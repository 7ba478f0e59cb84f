// Words that only make sense on a screen: a hyperlink written as "klik hier", "lees het hier na",
// "via onderstaande link". style.link-text flags them (the link should name its page); type
// detection reads them as a sign of a web text (on paper nobody can click "hier").
// Patterns run on text folded to lower case (fold.ts); global, so reset lastIndex before reuse.

/** A verb of following a link with "hier": "klik hier", "surf dan hier", "lees hier". */
export const HERE_LINK =
  /\b(?:klik|druk|tik|surf|lees|kijk|registreer|schrijf (?:je|u) in) (?:dan |snel |gerust |even )?hier\b/g;

/** "hier" as the link at the end of a sentence: "Lees het hier na", "kan je hier terugvinden", "Hier vind je meer info". */
export const HERE_AFTER_LINK =
  /\b(?:lees|vind|bekijk|download) (?:het|ze|alles|deze) hier(?: na)?\b|\b(?:kan|kun|kunt) (?:je|u) (?:het |ze |deze )?hier (?:terug)?(?:vinden|downloaden|nalezen|bekijken)\b|\bhier vind (?:je|u) meer info(?:rmatie)?\b/g;

/** "via deze link", "op onderstaande link", "klik op de link". */
export const THIS_LINK =
  /\b(?:via|op|met) (?:deze|de volgende|onderstaande) link\b|\bklik op (?:de|deze) link\b/g;

export const LINK_PHRASES: readonly RegExp[] = [HERE_LINK, HERE_AFTER_LINK, THIS_LINK];

/** Whether the (folded) text has a link written out as words. */
export function hasLinkPhrase(folded: string): boolean {
  return LINK_PHRASES.some((re) => {
    re.lastIndex = 0;
    const found = re.test(folded);
    re.lastIndex = 0;
    return found;
  });
}
