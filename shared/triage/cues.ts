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

// The press as the one who receives what we send ("aan de regionale tv", "naar een correspondent"):
// every outlet word, with an adjective. Only after 'naar' or 'aan', or as the subject of 'schrijft':
// "voor de tv maken" is the press making something, not us sending.
const OUTLET_ADJECTIVE = '(?:lokale |regionale |plaatselijke |nationale |buitenlandse |vlaamse )?';
const PRESS_RECIPIENT = [
  `(?:de |het |een )?${OUTLET_ADJECTIVE}(?:pers|media|krant(?:en)?|journalist\\S*|tv|televisie|radio\\S*|omroep\\S*|zender\\S*|weekblad\\S*|magazine\\S*|correspondent\\S*|reporter\\S*|verslaggever\\S*|nieuwssite\\S*)`,
  PRESS_OBJECT,
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
    'persvoorstelling\\S*',
    'perspresentatie\\S*',
    'persrondleiding\\S*',
    'persdag\\S*',
    'persevent\\S*',
    'perslunch\\S*',
    'persontbijt\\S*',
    'mediabriefing\\S*',
  ),
  // Separable verbs also come as a te-infinitive: "de pers samen te roepen".
  near(
    'pers|journalisten|media|kranten',
    'samenroepen|samenbrengen|bijeenroepen|samen roepen|samen te roepen|samen te brengen|bijeen te roepen|bijeenbrengen|bijeen te brengen',
  ),
  near('samenroepen|bijeenroepen', 'pers|journalisten|media|kranten'),
  // Inviting or receiving the press to explain something and answer questions is a press conference;
  // inviting them to an event (an opening) is a press invitation (45).
  near(
    '(?:pers|journalisten|media|kranten) (?:\\S+ ){0,2}(?:uitnodigen|uit te nodigen|ontvangen|te ontvangen)',
    // A guided tour for the press is a press moment too (a persrondleiding, above).
    'uitleg|toelichting|vragenronde|toe te lichten|uit te leggen|voor te stellen|te beantwoorden|rondleiding|rondgang',
    10,
  ),
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

// The press as the one who receives: "naar een journalist van De Tijd", "aan de lokale pers".
const TO_PRESS = `(?:naar|aan) (?:\\S+ ){0,2}(?:${PRESS_RECIPIENT})`;
// Sending verbs in the forms staff use when they tell what a colleague or cabinet does or did.
const HAND_OVER_VERBS = [
  'stuur|stuurt|stuurde|stuurden|gestuurd|doorgestuurd|opgestuurd|toegestuurd|toesturen',
  'door te sturen|op te sturen|te sturen|door te mailen|te mailen|te bezorgen',
  // Separable verbs join up in a subordinate clause: "dat hij ze naar de pers doorstuurt".
  'doorstuurt|doorstuurde|opstuurt|opstuurde|doorstuur|doormailt|doormailde|doorgeeft|doorgaf',
  'mail|mailt|mailde|mailden|gemaild|doormailen|doorgemaild',
  'bezorg|bezorgt|bezorgde|bezorgd|doorspelen|speelt|speelde|doorgespeeld|lekken|lekt|lekte|gelekt',
  'overmaken|overgemaakt|bezorgen',
].join('|');
const GIVE_VERBS =
  'geven|geeft|gaf|gegeven|doorgeven|doorgegeven|meegeven|meegegeven|door te geven|mee te geven|te geven';
// What we hand over ourselves (not an interview, a reaction or an explanation, which are given too).
const OWN_MATERIAL = [
  'tekst\\S*|speech\\S*|toespraak|foto\\S*|filmpje\\S*|video\\S*|beelden|\\S+beelden',
  'cijfers|gegevens|document\\S*|nota\\S*|verslag\\S*|rapport\\S*|dossier\\S*|studie\\S*',
  'info|informatie|presentatie\\S*|brochure\\S*|affiche\\S*|flyer\\S*|bericht\\S*|brief|resultaten',
].join('|');

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
  // Handing our own material to the press in any verb form: 45 forbids departments and cabinets to
  // send "een persbericht, documenten, informatie" to the press themselves.
  near(HAND_OVER_VERBS, TO_PRESS, 4),
  near(TO_PRESS, HAND_OVER_VERBS, 3),
  near(`(?:${HAND_OVER_VERBS}|${SENDING_VERBS}|geeft|gaf) (?:\\S+ ){0,8}door`, TO_PRESS, 0),
  // 'geven' hands over an interview or an explanation just as well: only with a thing we made.
  near(OWN_MATERIAL, `(?:${TO_PRESS}) (?:\\S+ ){0,2}(?:${GIVE_VERBS})`, 10),
  near(OWN_MATERIAL, `(?:${GIVE_VERBS}) ${TO_PRESS}`, 10),
  // "Ik heb een tekstje geschreven, kan dat naar de krant?"
  near('(?:kan|mag|moet|kunnen|mogen|moeten) (?:dat|dit|het|die|deze|ze)', TO_PRESS, 3),
  near(`(?:${GIVE_VERBS}) (?:\\S+ ){0,4}(?:${OWN_MATERIAL})`, TO_PRESS, 4),
  // A staff member asking whether they may send it on themselves ("mag ik dat doorsturen?").
  near(
    '(?:mag|kan|moet|zal) (?:ik|we|wij)|(?:ik|we|wij) (?:wil|willen|zou|zouden)',
    '(?:doorsturen|doormailen|mailen|opsturen|versturen|bezorgen|doorspelen)',
    5,
  ),
  // Wanting the press to write about us is asking for a press release (44).
  near(
    'wil|willen|wilt|graag|zou|zouden|hoop|hopen|zorgen|zorgt|zorg',
    `dat (?:${PRESS_RECIPIENT}) (?:\\S+ ){0,3}(?:schrijft|schrijven|bericht|berichten|brengt|brengen|komt|komen)`,
    2,
  ),
  words(
    'in de (?:krant|kranten|media|pers) (?:komen|staan|zien|krijgen|zetten|brengen)',
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
    '\\S*sponsor\\S*',
    // We pay the medium: 55 covers paid deals as well as free ones.
    'tegen betaling',
    '(?:wij|we) (?:\\S+ ){0,3}betalen',
    'betalen (?:wij|we)',
    '(?:druk)?kosten (?:\\S+ ){0,2}(?:betalen|dragen)',
    'in ruil',
    'als tegenprestatie',
    'banner\\S*',
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
    'verkoper\\S*',
    'bijlage',
    'promotie\\S*',
    'biedt (?:ons|de gemeente|de stad) (?:\\S+ ){0,3}aan',
    // Bartered: free airtime or space in return for their logo on our material.
    'gratis (?:\\S+ ){0,3}(?:aankondigen|aan te kondigen|vermelden|te vermelden|uitzenden|uit te zenden)',
    '(?:hun|het) logo (?:\\S+ ){0,3}(?:zetten|plaatsen|vermelden|afdrukken)',
  ),
];

// Who is to be heard: me, a colleague or a mandataris ("wil mij voor de camera", "de schepen van
// sport in hun sportmagazine"). Not 'ons', 'haar' or 'onze …', which as often own a place or a
// thing ("onze sporthal in hun programma" is filming).
const INTERVIEWEE =
  'mij|me|hem|\\S*schepen\\S*|burgemeester\\S*|burgervader|voorzitter\\S*|mandataris\\S*|collega\\S*|medewerker\\S*|diensthoofd\\S*|\\S*consulent\\S*|\\S+ambtenaar|directeur\\S*|directrice\\S*|gids';
const PROGRAMME =
  '(?:een|hun|de|het|zijn|haar) \\S*(?:show|programma|magazine|uitzending|journaal|aflevering|rubriek|podcast|talkshow|debat)';

/** An interview or a staff member or mandataris to be heard: agreement 54 (and 50). */
export const INTERVIEW: readonly RegExp[] = [
  words(
    'interview\\S*',
    'geinterviewd',
    'te woord (?:staan|te staan)',
    'aan het woord (?:laten|komen)',
    'live aan de lijn',
    'te gast',
    'als gast',
    'aan de telefoon (?:voor|in) (?:een|hun|de) \\S+',
    'in (?:hun|de|een|zijn|haar) (?:aflevering|podcast\\S*|talkshow|praatprogramma)',
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
    // "Ze wil dat ik mijn verhaal doe": to be heard in the article, an interview.
    '(?:mijn|ons|zijn|haar|hun) verhaal (?:doe|doen|doet|te doen|komen doen|vertellen|te vertellen)',
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
    'aan de micro\\S*',
    'babbel\\S*',
    'laten (?:praten|spreken|vertellen|uitleggen|getuigen)',
    'bevragen',
    'ondervragen',
    'achter de micro\\S*',
    'met een micro',
    'met de micro',
    'voor de microfoon',
  ),
  near('kan|kunnen|wil|willen|mag|mogen', '(?:even |eens )?spreken', 3),
  near('kan|kunnen|wil|willen|mag|mogen', 'opbellen voor een gesprek', 3),
  // Someone of ours in front of their camera or in their programme.
  near(INTERVIEWEE, '(?:\\S+ )?voor (?:de|hun) (?:camera|micro\\S*)', 3),
  near(INTERVIEWEE, `in ${PROGRAMME}`, 5),
  near('uitnodigen|uit te nodigen|uitgenodigd|nodigt|nodigde', `(?:voor|in|op) ${PROGRAMME}`, 0),
  words('\\S*debat', '\\S*debatten'),
];

/**
 * Images as a thing someone has or shows ("heeft foto's van het sluikstort"), which says what a
 * question is about rather than that someone wants to film: they count as a filming request only
 * when nothing asks for the municipality's view (classify.ts).
 */
export const IMAGE_THINGS: readonly RegExp[] = [
  words(
    'foto',
    "foto's",
    'fotos',
    'fotootje\\S*',
    'beelden',
    // sfeerbeelden, luchtbeelden, dronebeelden; not voorbeelden.
    '(?!voor|tegenvoor|zinne)\\S+beelden',
    'video',
    "video's",
    'videos',
    'filmpje\\S*',
  ),
];

/** Filming, photographs, images by externals: agreement 53. */
export const IMAGES: readonly RegExp[] = [
  words(
    'filmen',
    'film',
    'filmt',
    'filmde',
    '\\S+film\\S*',
    '(?!contact )\\S+ opnemen',
    'langspeelfilm\\S*',
    'film\\S*opname\\S*',
    'opname\\S*',
    '\\S*opname\\S*',
    'beeldopname\\S*',
    '(?:beelden|foto\\S*|video\\S*) (?:maken|draaien|schieten|opnemen|nemen|trekken|filmen)',
    'in beeld (?:brengen|te brengen)',
    'reportage\\S*',
    // A camera as the thing that films, not as the topic ("de nieuwe camera's op het marktplein").
    'cameraploeg\\S*',
    'cameraman\\S*',
    'cameravrouw\\S*',
    '(?:met|voor) (?:een|de|hun|zijn|haar) camera\\S*',
    'camera\\S* (?:opstellen|meebrengen|mee|laten draaien|draaien)',
    'filmploeg\\S*',
    'drone\\S*',
    // fotograaf, fotoreportage, fotosessie; "foto's" alone is an IMAGE_THING.
    "foto(?!'s |s )\\S+",
    'fotograaf',
    'fotografe',
    'fotograferen',
    'fotoshoot\\S*',
    'vloggen',
    'vlog\\S*',
    "video(?!'s |s )\\S+",
    'decor',
    'docu\\S*',
    'documentaire\\S*',
    'camera\\S* (?:meegeven|meenemen|mee laten|laten meelopen)',
    'tv-ploeg\\S*',
  ),
  // 'Draaien' films when someone wants or comes to do it ("ze willen hier draaien"); machines and
  // pumps that keep running ("op noodstroom draaien") do not.
  near(
    'wil|wilt|willen|wou|wilde|wilden|komen|komt|kwam|mag|mogen|gaan|gaat|zou|zouden',
    '(?<!blijf |blijft |blijven |bleef |bleven )draaien',
    4,
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
  near('wat|of|hoe', '(?:vind|vinden|vindt|denk|denken|denkt|vond|vonden|dacht|dachten)', 5),
  near('wat', '(?:zeggen|zegt)', 5),
  // Judging: "is dat niet te duur?", "of de burgemeester tevreden is".
  words(
    '(?:veel |niet )?te (?:duur|laat|traag|weinig|veel|klein|groot)',
    'tevreden',
    'ontevreden',
    // Judging ("terecht", "onterecht"), not ending up somewhere ("terechtkwam", "terechtkunnen").
    'terecht',
    'terechte',
    'onterecht\\S*',
    'een goede zaak',
    'een goed idee',
    'een slecht idee',
    'aanvaardbaar',
    'onaanvaardbaar',
  ),
  // What the municipality will do or intends: policy, not facts.
  near('wat', '(?:\\S+ )?(?:gaat|gaan|zal|zullen|wil|wilt|moet|kan) (?:doen|ondernemen|aanpakken)', 6),
  near(
    'of|wat|hoe',
    '(?:de gemeente|het (?:gemeente)?bestuur|het college|de stad|de burgemeester|de schepen|wij|we) (?:\\S+ ){0,6}(?:zal|zullen|gaat|gaan|plant|plannen|overweegt|van plan)',
    0,
  ),
  near('of er|komen er|komt er|zal er|gaat er|neemt|nemen', '(?:\\S+ ){0,2}maatregel\\S*', 0),
  // Whether the municipality does, did or will do something asks how it acts: its position.
  / of (?:de gemeente|het (?:gemeente)?bestuur|het college|de stad|de burgemeester|de schepen|de politiek) /,
  words(
    'verdedig\\S*',
    'rechtvaardig\\S*',
    'spijt',
    'betreurt',
    'betreuren',
    'excuses',
    'verontschuldig\\S*',
    'toegeven',
    'geeft toe',
  ),
  words('strengere maatregelen', 'extra maatregelen', 'nieuwe maatregelen', 'van plan'),
  near(
    'hoe',
    '(?:ziet|zien|kijkt|kijken|beoordeelt|beoordelen|verklaart|verklaren|verantwoordt|rechtvaardigt)',
    6,
  ),
  // Confirming or denying a rumour is a reaction.
  words('klopt het', 'of het klopt', 'klopt dat', 'bevestig\\S*', 'ontkenn\\S*', 'ontkent', 'gerucht\\S*'),
  // Explanation and sensitive subjects: even a list or a number about them needs the service's care.
  words(
    'duiding',
    'asbest\\S*',
    'vervuil\\S*',
    'fraude\\S*',
    'corruptie\\S*',
    'ontslag\\S*',
    'schandaal\\S*',
    'faillissement\\S*',
    'rechtszaak\\S*',
    'misbruik\\S*',
    'audit\\S*',
  ),
  // One person's file (discipline, suspension, pay) and anything before a court: whatever is asked,
  // the answer is the municipality's position (and 29 keeps personnel matters with the director).
  words(
    'tucht\\S*',
    'geschorst\\S*',
    'schorsing\\S*',
    'salaris\\S*',
    'wedde',
    'verdient',
    'verdiende',
    'rechtbank\\S*',
    '\\S+rechtbank\\S*',
    'rechter\\S*',
    'onderzoeksrechter\\S*',
    'gedaagd',
    'dagvaard\\S*',
    'gedagvaard',
    'proces',
    'processen',
    'rechtszitting\\S*',
    'raad van state',
    'advocaat\\S*',
    'advocate\\S*',
    'parket',
    'aangifte',
    'klacht\\S* (?:\\S+ ){0,2}tegen',
    'veroordeel\\S*',
    'veroordeling\\S*',
    'verdachte\\S*',
  ),
  // A question that invites agreeing with a judgement: "of dat niet gewoon een melkkoe is".
  near('of|is|was', '(?:dat|dit|het) niet', 0),
];

/** A crisis or incident under way: agreement 42 (only the burgemeester or the spokesperson speaks). */
export const CRISIS: readonly RegExp[] = [
  words(
    'brand',
    'ontploffing\\S*',
    'explosie\\S*',
    'evacuatie\\S*',
    'geevacueerd',
    'evacueren',
    'overstroming\\S*',
    'overstroomd\\S*',
    'wateroverlast',
    'het water staat',
    'noodweer',
    'storm',
    'stormschade',
    'ramp',
    'rampenplan',
    'noodplan\\S*',
    'noodsituatie\\S*',
    'crisis',
    'crisiscel',
    'gaslek\\S*',
    '(?:gas|chemisch\\S*|giftig\\S*) (?:lek|wolk|stof\\S*)',
    'rookpluim\\S*',
    'ingestort\\S*',
    'instorting\\S*',
    'aanslag',
    'schietpartij\\S*',
    'gijzeling\\S*',
    'gewonden',
    'zwaargewonden',
    'dodelijk\\S*',
    'busongeval\\S*',
    'zware? ongeval\\S*',
    'stroompanne\\S*',
    // A fire under way (not the fire brigade, brandweer, nor a fire of long ago: CRISIS_PAST).
    'brandt',
    'brandde',
    'in brand',
    '\\S+brand',
    // People hurt or dead.
    'gewond',
    'gewonde',
    '\\S+gewond\\S*',
    'gekwetst\\S*',
    'slachtoffer\\S*',
    'omgekomen',
    'vermist\\S*',
    '(?:een|twee|drie|vier|vijf|\\d+) doden?',
    // Something that came down, a toxic release, people kept in or taken out.
    'ingezakt\\S*',
    'ingestuikt\\S*',
    '(?:gas|gif|rook|chloor|ammoniak|stof)wolk\\S*',
    'noodopvang\\S*',
    'binnenblijven',
    'binnen (?:moeten |moet |blijven)',
    'ontruimd\\S*',
    'ontruiming\\S*',
    // Threats.
    'bommelding\\S*',
    'bomalarm\\S*',
    'bomdreiging\\S*',
    'terreur\\S*',
    // Utilities and weather.
    'stroomstoring\\S*',
    'stroomonderbreking\\S*',
    'black-out',
    'blackout',
    'niet (?:meer )?drinkbaar',
    'kookadvies',
    'code rood',
    'windhoos',
    'noodfase',
  ),
];

/** A crisis word about the past ("de grote brand van 1910"): history, not a crisis under way. */
export const CRISIS_PAST: readonly RegExp[] = [
  words('(?:van|in|uit) 1\\d{3}', 'herdenking\\S*', 'herdenken', 'geschiedenis\\S*', '\\S+ jaar geleden'),
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
    // Which or where questions ask for facts; opinion words are read first.
    'welke? \\S+',
    'waar (?:\\S+ ){0,5}(?:staat|staan|ligt|liggen|is|zijn|kan|kunnen|vind)',
    // Human-interest: names, anecdotes, the oldest, the strangest.
    'hoe (?:heet|heten|heette|heetten|noemt|noemen|noemde|noemden)',
    'welke naam',
    'anekdote\\S*',
    'weetje\\S*',
    'luchtig\\S*',
    'zomerrubriek\\S*',
    'uurregeling\\S*',
    'dienstregeling\\S*',
    'uurrooster\\S*',
    'wachttijd\\S*',
    'hoe (?:werkt|verloopt|gebeurt) (?:de|het)',
    '(?:meer|minder) \\S+ (?:\\S+ )?dan',
    'de namen',
    'de naam van',
    'doorgaat',
    'nog doorgaan',
    'open is',
    'gesloten is',
    'opengaat',
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
    'hoe (?:lang|groot|duur|oud|hoog|breed|diep|ver|vaak|snel|zwaar|druk)',
    'de route',
    'het parcours',
    'het traject',
    'de omleiding\\S*',
    'hoeveel kost',
    'wat kost',
    'de kostprijs',
    // Figures over time or on average ("het ziekteverzuim van de laatste vijf jaar").
    '\\S*verzuim',
    'gemiddeld\\S*',
    'de evolutie',
    'per inwoner',
  ),
  // In a subordinate clause the verb comes last: "hoe de nieuwe geit heet".
  near('hoe', '(?:heet|heten|heette|heetten|noemt|noemen|noemde|noemden)', 8),
  // "wat het vreemdste is dat …", "welk stuk het oudste is": a superlative asks for a fact.
  near('wat|welk|welke|waar|wie', '(?:de |het )?\\S{3,}ste', 6),
];

/** Who the interview is with: a mandataris (then 50: the service contacts the mandataris). */
export const MANDATARY: readonly RegExp[] = [
  words('schepen\\S*', 'burgemeester\\S*', 'mandataris\\S*', 'voorzitter\\S*', 'burgervader'),
];

/** The press called a schepen (rather than a department) for a reaction: agreement 51. */
export const SCHEPEN_CALLED: readonly RegExp[] = [
  near('schepen\\S*', '(?:werd|wordt|is|kreeg|krijgt|heeft)', 8),
  near(
    'belde|belt|telefoneerde|telefoneert|contacteerde|contacteert|mailde|mailt|sprak|spreekt|heeft|had|hebben',
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
    'mail',
    'mailtje',
    'berichtje',
  ),
];

/** We ourselves (first person): staff planning their own action, not an external's request. */
export const FIRST_PERSON_ACTION: readonly RegExp[] = [
  / (?:we|wij|ik|onze dienst|mijn dienst) (?:\S+ ){0,2}(?:willen|wil|gaan|ga|maken|maak|plannen|denken|zouden|zou|moeten|moet|kunnen|kan|mogen|mag) /,
  /^ (?:we|wij|ik) /,
];
