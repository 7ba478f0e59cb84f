// Named news media, one list for every door: triage recognises them in a press situation and
// names them on the press desk card; the ask lexicon reads a journalist "van HLN" as the press, as
// the one who acts (a role) and as the channel a message goes to (an object).
// Data, in prepared form (lower case, no diacritics); the label is how a card names the medium.

export interface Medium {
  /** How the press desk card names the medium. */
  label: string;
  /** Alternatives in prepared form (regular expressions), matched as whole words by triage. */
  patterns: string[];
  /**
   * The plain names the ask lexicon knows the medium by, as the press in a question ("mag ik dat
   * naar HLN sturen?"): only names no everyday word shares ('trouw', 'metro' and 'de tijd' stay out).
   */
  lexicon?: readonly string[];
}

export const MEDIA: readonly Medium[] = [
  {
    label: 'Het Nieuwsblad',
    patterns: ['het nieuwsblad', 'nieuwsblad'],
    lexicon: ['het nieuwsblad', 'nieuwsblad'],
  },
  {
    label: 'Het Laatste Nieuws',
    patterns: ['het laatste nieuws', 'laatste nieuws', 'hln', 'hln be'],
    lexicon: ['het laatste nieuws', 'hln'],
  },
  { label: 'De Standaard', patterns: ['de standaard', 'standaard be'], lexicon: ['de standaard'] },
  {
    label: 'Gazet van Antwerpen',
    patterns: ['gazet van antwerpen', 'gazet', 'gva'],
    lexicon: ['gazet van antwerpen'],
  },
  {
    label: 'Het Belang van Limburg',
    patterns: ['het belang van limburg', 'belang van limburg', 'hbvl'],
    lexicon: ['het belang van limburg'],
  },
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
  { label: 'VRT', patterns: ['vrt', 'canvas', 'ketnet', 'radio 1', 'radio1'], lexicon: ['vrt'] },
  { label: 'Radio 2', patterns: ['radio 2 \\S+', 'radio 2', 'radio2'], lexicon: ['radio 2'] },
  { label: 'Studio Brussel', patterns: ['studio brussel', 'stubru'] },
  { label: 'MNM', patterns: ['mnm'] },
  { label: 'Klara', patterns: ['klara'] },
  { label: 'VTM', patterns: ['vtm nieuws', 'vtm'], lexicon: ['vtm'] },
  { label: 'Play4', patterns: ['play4', 'play 4', 'vier tv'] },
  { label: 'Qmusic', patterns: ['qmusic', 'q-music'] },
  { label: 'Joe', patterns: ['joe fm'] },
  { label: 'Nostalgie', patterns: ['nostalgie'] },
  { label: 'TV Limburg', patterns: ['tv limburg', 'tvl'], lexicon: ['tv limburg', 'tvl'] },
  { label: 'TV Oost', patterns: ['tv oost', 'tvoost'] },
  { label: 'ROB-tv', patterns: ['rob-tv', 'rob tv', 'robtv'], lexicon: ['rob-tv'] },
  { label: 'ATV', patterns: ['atv'], lexicon: ['atv'] },
  { label: 'Focus-WTV', patterns: ['focus-wtv', 'focus wtv', 'wtv'] },
  { label: 'Ring TV', patterns: ['ring tv', 'ring-tv', 'ringtv'], lexicon: ['ringtv'] },
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

/** The ask lexicon's names of news media, in the order of the list. */
export const MEDIA_OUTLETS: readonly string[] = MEDIA.flatMap((m) => m.lexicon ?? []);
