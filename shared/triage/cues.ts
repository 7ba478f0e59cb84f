// The cues that tell the kinds of press situation apart, as data. Each list holds patterns over
// prepared text (see text.ts). classify.ts decides with a fixed precedence, so a cue list only
// has to say "this sentence is about X", not how X weighs against Y.
import { MEDIA } from './media';
import { near, words } from './text';

// The press as the object of what we send: generic words and every medium by name ("naar HLN").
const PRESS_OBJECT = [
  '(?:de )?pers',
  '(?:de )?media',
  '(?:de )?krant(?:en)?',
  '(?:de )?(?:lokale |regionale )?journalist\\S*',
  '(?:de )?\\S*redactie\\S*',
  '(?:de )?(?:lokale |regionale )pers',
  ...MEDIA.flatMap((m) => m.patterns.map((p) => `(?:de |het )?${p}`)),
].join('|');

/** We (the organisation) hold a press conference or press moment: agreement 49. */
export const PRESS_CONFERENCE: readonly RegExp[] = [
  words(
    'persconferentie\\S*',
    'persmoment\\S*',
    'perstreffen',
    'persbriefing\\S*',
    'mediamoment\\S*',
    'persontmoeting\\S*',
  ),
  near('pers|journalisten|media|kranten', 'samenroepen|samenbrengen|bijeenroepen|samen roepen'),
  near('samenroepen|bijeenroepen', 'pers|journalisten|media|kranten'),
];

/** We (the organisation) send something to the press: agreements 44-48. */
export const PRESS_RELEASE_NOUN: readonly RegExp[] = [
  words(
    'persbericht\\S*',
    'persmededeling\\S*',
    'perstekst\\S*',
    'persnota\\S*',
    'persuitnodiging\\S*',
    'persrelease\\S*',
    // Flemish office shorthand: "een pb", "het pb'tje".
    'pb',
    'pb\\S*',
    'pb-tje\\S*',
    'persmap\\S*',
    'persdossier\\S*',
  ),
];

export const SENDING_VERBS =
  'sturen|stuur|stuurt|versturen|verstuur|uitsturen|doorsturen|opsturen|bezorgen|mailen|verspreiden|verspreid|rondsturen|maken|schrijven|opmaken|opstellen|publiceren|lanceren|uitbrengen|uitgeven|sturen\\?|krijgen';

const RELEASE_NOUNS = 'persbericht\\S*|persmededeling\\S*|perstekst\\S*|persuitnodiging\\S*|persnota\\S*';

export const PRESS_RELEASE_OUTBOUND: readonly RegExp[] = [
  near(RELEASE_NOUNS, SENDING_VERBS, 4),
  near(SENDING_VERBS, RELEASE_NOUNS, 3),
  near(
    PRESS_OBJECT,
    'laten weten|op de hoogte (?:brengen|stellen|houden)|informeren|inlichten|verwittigen|uitnodigen|aanschrijven|contacteren|mailen|bellen|tippen|halen',
    1,
  ),
  near('laten weten aan|informeren|op de hoogte brengen|uitnodigen', PRESS_OBJECT, 2),
  near(`naar|aan|bij|voor`, `(?:${PRESS_OBJECT}) (?:\\S+ ){0,4}(?:${SENDING_VERBS})`, 0),
  near(SENDING_VERBS, `naar (?:${PRESS_OBJECT})`, 4),
  near('krijg|krijgen|krijgt|geraak|geraakt|geraken', `(?:bij|in|naar) (?:${PRESS_OBJECT})`, 3),
  near(
    'tekst|bericht|artikel|nieuwtje|nieuws|nieuwsje',
    'voor (?:de )?(?:lokale |regionale |plaatselijke )?(?:pers|krant|kranten|media|journalisten)',
    2,
  ),
  words(
    'tekst voor de pers',
    'bericht voor de pers',
    'bericht voor de krant',
    'in de krant krijgen',
    'in de krant (?:zetten|brengen|laten zetten)',
    'in de media (?:brengen|krijgen)',
    'de pers halen',
    'persaandacht',
  ),
];

/** Adverts and media deals, paid or free: agreement 55. These words are about media deals by themselves. */
export const ADVERTISING: readonly RegExp[] = [
  words(
    'advertentie\\S*',
    '\\S+advertentie\\S*',
    'advertorial\\S*',
    'adverteren',
    'adverteer\\S*',
    // reclamefilmpjes opnemen in the sporthal is a filming request (53), not a media deal.
    'reclame(?!film|foto|opname|beeld)\\S*',
    '\\S+reclame',
    'reclamespot\\S*',
    'radiospot\\S*',
    'mediadeal\\S*',
    'mediapartner\\S*',
    'mediaplan\\S*',
    'advertentieruimte',
    'gesponsord\\S*',
  ),
];

/** Words that make a media deal only when a medium is involved ("in ruil voor", "een offerte"). */
export const ADVERTISING_WITH_MEDIUM: readonly RegExp[] = [
  words(
    'spot',
    'spots',
    'spotje\\S*',
    'sponsoring',
    'sponsort',
    'sponsoren',
    'sponsor\\S*',
    'in ruil voor',
    'gratis (?:pagina|ruimte|plaats|vermelding|publiciteit|bijlage|artikel)',
    '(?:halve|hele|volle|dubbele) pagina',
    'pagina in (?:hun|de|het|een) \\S+',
    'betalend\\S*',
    'betaalde \\S+',
    'offerte\\S*',
    'tarief\\S*',
    'tariefkaart\\S*',
    'abonnement\\S*',
    'pakket\\S*',
    '\\S+pakket\\S*',
    'korting',
    'verkopen',
    'verkoper\\S*',
    'bijlage',
    'rubriek',
    'promotie\\S*',
    'biedt (?:ons|de gemeente|de stad) (?:\\S+ ){0,3}aan',
  ),
];

/** An interview or a staff member or mandataris to be heard: agreement 54 (and 50). */
export const INTERVIEW: readonly RegExp[] = [
  words(
    'interview\\S*',
    'geinterviewd',
    'te woord (?:staan|te staan)',
    'aan het woord (?:laten|komen)',
    'live aan de lijn',
    'aan de lijn (?:voor|in) (?:een|hun|de) \\S+',
    'in de studio',
    'in hun studio',
    'in hun \\S*show',
    'in de \\S*show',
    'in (?:hun|de) (?:uitzending|programma)',
    'live',
    'portret',
    'getuigenis\\S*',
    'komen vertellen',
    'wil vertellen',
    'willen vertellen',
    'iets vertellen',
    'mag vertellen',
    'kan vertellen',
    'komen praten',
    'praten met',
    'spreken met',
    'gesprek met',
    'een gesprek',
    'artikel met',
    'een stuk met',
    'dubbelinterview',
    'vraaggesprek\\S*',
    'voor de micro',
    'met een micro',
    'met de micro',
    'voor de microfoon',
  ),
  near('kan|kunnen|wil|willen|mag|mogen', '(?:even |eens )?spreken', 3),
  near('kan|kunnen|wil|willen|mag|mogen', 'opbellen voor een gesprek', 3),
];

/** Filming, photographs, images by externals: agreement 53. */
export const IMAGES: readonly RegExp[] = [
  words(
    'filmen',
    'film',
    'filmt',
    'filmde',
    'filmpje\\S*',
    '\\S+film\\S*',
    '(?!contact )\\S+ opnemen',
    'langspeelfilm\\S*',
    'film\\S*opname\\S*',
    'opname\\S*',
    '\\S*opname\\S*',
    'beeldopname\\S*',
    'beelden (?:maken|draaien|schieten|opnemen|nemen|filmen)',
    'beelden',
    'reportage\\S*',
    // A camera as the thing that films, not as the topic ("de nieuwe camera's op het marktplein").
    'cameraploeg\\S*',
    'cameraman\\S*',
    'cameravrouw\\S*',
    '(?:met|voor) (?:een|de|hun|zijn|haar) camera\\S*',
    'camera\\S* (?:opstellen|meebrengen|mee|laten draaien|draaien)',
    'filmploeg\\S*',
    'drone\\S*',
    'foto\\S*',
    'fotograaf',
    'fotografe',
    'fotograferen',
    'fotoshoot\\S*',
    'vloggen',
    'vlog\\S*',
    'video\\S*',
    'decor',
    'tv-ploeg\\S*',
  ),
];

/** Opinion, reaction, explanation of a policy choice: agreement 50 (51 when a schepen was called). */
export const OPINION: readonly RegExp[] = [
  words(
    'reactie\\S*',
    'reageren',
    'reageert',
    'reageer',
    'reageerde',
    'standpunt\\S*',
    'commentaar',
    'mening',
    'visie',
    'verklaring',
    'uitspraak',
    'quote',
    'quotes',
    'citaat',
    'waarom',
    'verantwoordelijk\\S*',
    'schuld',
    'kritiek',
    'oppositie',
    'protest\\S*',
    'petitie\\S*',
    'klachten',
    'beslissing',
    'ophef',
    'polemiek',
    'het beleid',
    'beleidskeuze\\S*',
    'hoe (?:de gemeente|het college|de stad|het bestuur|de schepen|de burgemeester|we|wij) (?:\\S+ )?(?:reageert|reageren|denkt|denken|staat|staan|kijkt|kijken)',
  ),
  near('wat', '(?:vind|vinden|vindt|denk|denken|denkt|vond|vonden|dacht|dachten|zeggen|zegt)', 5),
];

/** A purely informative question: facts, figures, dates (agreement 52). */
export const INFORMATIVE: readonly RegExp[] = [
  words(
    'hoeveel',
    'aantal\\S*',
    '\\S+aantal\\S*',
    'cijfer\\S*',
    '\\S+cijfer\\S*',
    'statistiek\\S*',
    'percentage\\S*',
    'wanneer',
    'hoe laat',
    'op welke',
    'welke (?:dag|dagen|data|datum|uren|dingen|boeken|scholen|straten|plaatsen|locaties|activiteiten|voorstellingen|kampen)',
    'openingsuren',
    'openingstijden',
    'sluitingsdagen',
    'de data',
    'de datum',
    'de dag',
    'het adres',
    'het programma',
    'de timing',
    'de lijst',
    'een lijst',
    'het overzicht',
    'een overzicht',
    'de planning',
    'feiten',
    'feitelijke',
    'praktische info\\S*',
    'hoe lang',
    'hoe groot',
    'hoe duur',
    'hoeveel kost',
    'wat kost',
    'de kostprijs',
  ),
];

/** Who the interview is with: a mandataris (then 50: the service contacts the mandataris). */
export const MANDATARY: readonly RegExp[] = [
  words('schepen\\S*', 'burgemeester\\S*', 'mandataris\\S*', 'voorzitter\\S*', 'burgervader'),
];

/** The press called a schepen (rather than a department) for a reaction: agreement 51. */
export const SCHEPEN_CALLED: readonly RegExp[] = [
  near('schepen\\S*', '(?:werd|wordt|is|kreeg|krijgt|heeft)', 8),
  near(
    'belde|belt|telefoneerde|telefoneert|contacteerde|contacteert|mailde|mailt|sprak|spreekt',
    '(?:de |het |onze )?schepen\\S*',
    2,
  ),
];

export const CALLED_WORDS: readonly RegExp[] = [
  words(
    'gebeld',
    'opgebeld',
    'telefoon',
    'telefoontje',
    'gecontacteerd',
    'aangesproken',
    'gemaild',
    'benaderd',
  ),
];

/** We ourselves (first person): staff planning their own action, not an external's request. */
export const FIRST_PERSON_ACTION: readonly RegExp[] = [
  / (?:we|wij|ik|onze dienst|mijn dienst) (?:\S+ ){0,2}(?:willen|wil|gaan|ga|maken|maak|plannen|denken|zouden|zou|moeten|moet|kunnen|kan|mogen|mag) /,
  /^ (?:we|wij|ik) /,
];
