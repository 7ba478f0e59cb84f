// Who counts as "the press" in a staff member's words: news media by name (the one list of media,
// in the language lexicon), generic words for journalists and outlets, and external image makers
// (agreement 53 speaks of 'externen'). Data, in prepared form (lower case, no diacritics).
import { MEDIA } from '../language/lexicon/media-outlets';

export { MEDIA, type Medium } from '../language/lexicon/media-outlets';

/**
 * Generic words for the press and for outlets. Each alternative is a whole prepared word or phrase.
 * Bloggers, vloggers, YouTubers and influencers are not here: their questions are not press
 * questions; when they want to film they are externals under 53 (EXTERNAL_IMAGE_MAKERS).
 */
export const PRESS_WORDS: readonly string[] = [
  'journalist\\S*',
  'journaliste\\S*',
  // fotojournalist, studentenjournalist, onderzoeksjournaliste
  '\\S+journalist\\S*',
  'reporter\\S*',
  'reportster\\S*',
  'verslaggever\\S*',
  'verslaggeefster\\S*',
  'correspondent\\S*',
  'redacteur\\S*',
  '\\S+redacteur\\S*',
  'redactrice\\S*',
  'redactie\\S*',
  'eindredacteur\\S*',
  'columnist\\S*',
  'presentator\\S*',
  'presentatrice\\S*',
  'programmamaker\\S*',
  'krant\\S*',
  '\\S+krant',
  '\\S+kranten',
  'dagblad\\S*',
  'weekblad\\S*',
  '\\S+weekblad',
  'huis-aan-huisblad\\S*',
  'streekblad\\S*',
  'regionaal blad',
  'lokaal blad',
  'lokale bladen',
  'magazine\\S*',
  'tijdschrift\\S*',
  // A trade magazine is the press too.
  'vakblad\\S*',
  'vaktijdschrift\\S*',
  'nieuwssite\\S*',
  'nieuwswebsite\\S*',
  'nieuwsdienst\\S*',
  'nieuwsredactie\\S*',
  'pers',
  'de pers',
  'persfotograaf',
  'persagentschap',
  'persmensen',
  'persploeg',
  'media',
  'mediabedrijf\\S*',
  'radio\\S*',
  '\\S*radio',
  'zender\\S*',
  '\\S+zender',
  'omroep\\S*',
  'tv',
  'tv-\\S+',
  'televisie\\S*',
  'tv-zender\\S*',
  'nieuwsuitzending\\S*',
  'journaal',
  'podcast\\S*',
  '\\S+podcast\\S*',
  'cameraploeg\\S*',
  'filmploeg\\S*',
  'tv-ploeg\\S*',
  'fotograaf',
  'fotografe',
  'persfotograaf',
  'productiehuis\\S*',
  'productiebedrijf\\S*',
  'productiemaatschappij\\S*',
  'persbureau\\S*',
  'uitgever\\S*',
  'nieuwsagentschap\\S*',
  'buitenlandse pers',
  'actualiteitenprogramma\\S*',
  'nieuwsprogramma\\S*',
  'nieuwsbulletin\\S*',
];

/**
 * Press compounds that name a thing rather than someone of the press (a persbericht is ours to
 * send). 'pers' has an explicit list, because persoon, personeel and persen start the same way.
 */
export const PRESS_THINGS: readonly string[] = [
  'pers(?:bericht|mededeling|conferentie|moment|tekst|uitnodiging|contact|vraag|vragen|nota|dossier|map|treffen|aandacht|lijst|release|briefing)(?:en|s|n)?',
];

/** External makers of images who are not the press but fall under agreement 53. */
export const EXTERNAL_IMAGE_MAKERS: readonly string[] = [
  'productiehuis\\S*',
  'productiebedrijf\\S*',
  'productiemaatschappij\\S*',
  'filmbedrijf\\S*',
  'filmploeg\\S*',
  'cameraploeg\\S*',
  'fotograaf',
  'fotografe',
  'youtuber\\S*',
  'vlogger\\S*',
  'influencer\\S*',
  'student\\S*',
  'scholier\\S*',
  'iemand',
  'een man',
  'een vrouw',
  'een bedrijf',
  'een firma',
  'bureau',
  'externe\\S*',
  'filmmaker\\S*',
  'regisseur\\S*',
  'kunstenaar\\S*',
];

const mediumPatterns = MEDIA.map((m) => ({
  label: m.label,
  re: new RegExp(` (?:${m.patterns.join('|')}) `),
}));

/** The named medium the description mentions, first in the text; undefined when none is named. */
export function detectMedium(prepared: string): string | undefined {
  let best: { label: string; at: number } | undefined;
  for (const m of mediumPatterns) {
    const hit = m.re.exec(prepared);
    if (hit && (!best || hit.index < best.at)) best = { label: m.label, at: hit.index };
  }
  return best?.label;
}

const pressWord = new RegExp(` (?:${[...PRESS_WORDS, ...PRESS_THINGS].join('|')}) `);

/** Whether the description involves the press: a named medium or a generic press word. */
export function mentionsPress(prepared: string): boolean {
  return detectMedium(prepared) !== undefined || pressWord.test(prepared);
}
