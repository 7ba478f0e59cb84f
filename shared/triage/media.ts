// Who counts as "the press" in a staff member's words: Flemish news media by name, generic words
// for journalists and outlets, and external image makers (agreement 53 speaks of 'externen').
// Data, in prepared form (lower case, no diacritics); the label is how a card names the medium.

export interface Medium {
  /** How the press desk card names the medium. */
  label: string;
  /** Alternatives in prepared form, matched as whole words. */
  patterns: string[];
}

export const MEDIA: readonly Medium[] = [
  { label: 'Het Nieuwsblad', patterns: ['het nieuwsblad', 'nieuwsblad'] },
  { label: 'Het Laatste Nieuws', patterns: ['het laatste nieuws', 'laatste nieuws', 'hln', 'hln be'] },
  { label: 'De Standaard', patterns: ['de standaard', 'standaard be'] },
  { label: 'Gazet van Antwerpen', patterns: ['gazet van antwerpen', 'gazet', 'gva'] },
  { label: 'Het Belang van Limburg', patterns: ['het belang van limburg', 'belang van limburg', 'hbvl'] },
  { label: 'De Morgen', patterns: ['de morgen'] },
  // 'de tijd' is also just "the time": the paper only as the one who calls or asks.
  {
    label: 'De Tijd',
    patterns: [
      'tijd be',
      'krant de tijd',
      'de tijd(?= (?:belt|belde|vraagt|vroeg|wil|wou|mailt|mailde|contacteerde))',
    ],
  },
  { label: 'Knack', patterns: ['knack'] },
  { label: 'Humo', patterns: ['humo'] },
  { label: 'Krant van West-Vlaanderen', patterns: ['krant van west-vlaanderen'] },
  { label: 'Belga', patterns: ['belga', 'persagentschap belga'] },
  { label: 'VRT NWS', patterns: ['vrt nws', 'vrt nieuws', 'vrtnws'] },
  { label: 'VRT', patterns: ['vrt', 'canvas', 'ketnet', 'radio 1', 'radio1'] },
  { label: 'Radio 2', patterns: ['radio 2 \\S+', 'radio 2', 'radio2'] },
  { label: 'Studio Brussel', patterns: ['studio brussel', 'stubru'] },
  { label: 'MNM', patterns: ['mnm'] },
  { label: 'Klara', patterns: ['klara'] },
  { label: 'VTM', patterns: ['vtm nieuws', 'vtm'] },
  { label: 'Play4', patterns: ['play4', 'play 4', 'vier tv'] },
  { label: 'Qmusic', patterns: ['qmusic', 'q-music'] },
  { label: 'Joe', patterns: ['joe fm'] },
  { label: 'Nostalgie', patterns: ['nostalgie'] },
  { label: 'TV Limburg', patterns: ['tv limburg', 'tvl'] },
  { label: 'TV Oost', patterns: ['tv oost', 'tvoost'] },
  { label: 'ROB-tv', patterns: ['rob-tv', 'rob tv', 'robtv'] },
  { label: 'ATV', patterns: ['atv'] },
  { label: 'Focus-WTV', patterns: ['focus-wtv', 'focus wtv', 'wtv'] },
  { label: 'Ring TV', patterns: ['ring tv', 'ring-tv', 'ringtv'] },
  { label: 'Bruzz', patterns: ['bruzz'] },
  { label: 'TV Brussel', patterns: ['tv brussel'] },
  { label: 'AVS', patterns: ['avs'] },
  { label: 'RTV', patterns: ['rtv'] },
  { label: 'RTBF', patterns: ['rtbf'] },
  { label: 'RTL', patterns: ['rtl', 'rtl-tvi'] },
  { label: 'Passe-Partout', patterns: ['passe-partout'] },
  { label: 'Het Wekelijks Nieuws', patterns: ['wekelijks nieuws'] },
  { label: 'Apache', patterns: ['apache be'] },
  { label: 'Trends', patterns: ['trends'] },
  { label: 'Kanaal Z', patterns: ['kanaal z'] },
  { label: 'Metro', patterns: ['krant metro'] },
  // Press from abroad calls too (Dutch, French-speaking, international).
  { label: 'NOS', patterns: ['nos', 'nos nieuws'] },
  { label: 'de Volkskrant', patterns: ['de volkskrant', 'volkskrant'] },
  { label: 'NRC', patterns: ['nrc', 'nrc handelsblad'] },
  { label: 'Trouw', patterns: ['trouw'] },
  { label: 'De Telegraaf', patterns: ['de telegraaf', 'telegraaf'] },
  { label: 'Het Parool', patterns: ['het parool', 'parool'] },
  { label: 'AD', patterns: ['algemeen dagblad'] },
  { label: 'Omroep Brabant', patterns: ['omroep brabant'] },
  { label: 'Omroep Zeeland', patterns: ['omroep zeeland'] },
  { label: 'L1', patterns: ['l1 nieuws'] },
  { label: 'Le Soir', patterns: ['le soir'] },
  { label: 'La Libre Belgique', patterns: ['la libre', 'la libre belgique'] },
  { label: 'La DH', patterns: ['la derniere heure', 'la dh'] },
  { label: 'Sudinfo', patterns: ['sudinfo', 'sudpresse'] },
  { label: "L'Avenir", patterns: ["l'avenir", 'lavenir'] },
  { label: 'BBC', patterns: ['bbc'] },
  { label: 'CNN', patterns: ['cnn'] },
  { label: 'Reuters', patterns: ['reuters'] },
  { label: 'AFP', patterns: ['afp', 'agence france-presse'] },
  { label: 'ANP', patterns: ['anp'] },
  { label: 'Euronews', patterns: ['euronews'] },
  { label: 'Al Jazeera', patterns: ['al jazeera'] },
  { label: 'The Guardian', patterns: ['the guardian', 'guardian'] },
  { label: 'The New York Times', patterns: ['new york times'] },
  { label: 'Le Monde', patterns: ['le monde'] },
  { label: 'Der Spiegel', patterns: ['der spiegel', 'spiegel'] },
  { label: 'ZDF', patterns: ['zdf'] },
  { label: 'ARD', patterns: ['ard'] },
  { label: 'WDR', patterns: ['wdr'] },
  { label: 'TF1', patterns: ['tf1'] },
  { label: 'France Télévisions', patterns: ['france 2', 'france 3', 'france televisions'] },
  { label: 'Politico', patterns: ['politico'] },
  { label: 'lokaal blad', patterns: ['lokaal blad', 'lokale bladen', 'lokaal weekblad', 'lokale weekblad'] },
  {
    label: 'lokale pers',
    patterns: ['lokale pers', 'lokale journalist', 'lokale krant', 'regionale krant', 'regionale pers'],
  },
];

/**
 * Generic words for the press and for outlets. Each alternative is a whole prepared word or phrase.
 * Bloggers, vloggers, YouTubers and influencers are not here: their questions are not press
 * questions; when they want to film they are externals under 53 (EXTERNAL_IMAGE_MAKERS).
 */
export const PRESS_WORDS: readonly string[] = [
  'journalist\\S*',
  'journaliste\\S*',
  'reporter\\S*',
  'verslaggever\\S*',
  'correspondent\\S*',
  'redacteur\\S*',
  'redactie\\S*',
  'eindredacteur\\S*',
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
