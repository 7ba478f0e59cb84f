// The controlled vocabulary of who-may-do-what statements: the actions and the objects or channels
// the 87 agreements talk about. Statements use these ids; the language lexicon maps the words users
// type (krant, Facebook, flyer, tekenen …) onto them. Ids are kebab-case and stable: renaming one
// breaks the lexicon, the ask tables and stored feedback, so add new ids rather than rename.

import type { Role } from './types';

export interface VocabularyEntry {
  /** Dutch label as a user reads it. */
  label: string;
  /** What the id covers, in plain Dutch, so the lexicon and reviewers know where it ends. */
  description: string;
}

/** Actions (verbs) that statements use. */
export const ACTIONS = {
  versturen: {
    label: 'versturen',
    description: 'Iets verzenden of uitsturen naar buiten (pers, burgers, partners).',
  },
  doorsturen: {
    label: 'doorsturen',
    description:
      'Iets dat je ontvangen of gemaakt hebt verder sturen naar iemand anders, zoals documenten naar de pers.',
  },
  ondertekenen: {
    label: 'ondertekenen',
    description: 'Een brief of uitnodiging tekenen, ook mee ondertekenen.',
  },
  publiceren: {
    label: 'publiceren',
    description:
      'Iets online zetten of verspreiden in een kanaal: website, intranet, sociale media, infoblad.',
  },
  delen: {
    label: 'delen',
    description: 'Een bericht van een ander (her)delen, bijvoorbeeld op sociale media.',
  },
  'leuk-vinden': { label: 'leuk vinden', description: 'Een pagina of bericht liken op sociale media.' },
  volgen: {
    label: 'volgen',
    description: 'Een pagina of persoon volgen of te vriend hebben op sociale media.',
  },
  reageren: {
    label: 'reageren',
    description: 'Een reactie of standpunt geven, bijvoorbeeld aan de pers of op sociale media.',
  },
  beantwoorden: {
    label: 'beantwoorden',
    description: 'Een vraag, opmerking, melding of klacht beantwoorden.',
  },
  'interview-geven': {
    label: 'een interview geven',
    description: 'Een journalist te woord staan voor een interview of een citaat.',
  },
  'woord-voeren': {
    label: 'het woord voeren',
    description: 'Namens de organisatie naar buiten spreken, als woordvoerder.',
  },
  goedkeuren: { label: 'goedkeuren', description: 'Toestemming of de finale goedkeuring geven.' },
  nalezen: { label: 'nalezen', description: 'Een tekst of ontwerp vooraf lezen en nakijken.' },
  doorverwijzen: {
    label: 'doorverwijzen',
    description: 'Iemand (pers, burger, externe) naar de juiste dienst of het juiste kanaal sturen.',
  },
  'contact-opnemen': { label: 'contact opnemen', description: 'Iemand aanspreken, bellen of mailen.' },
  terugkoppelen: {
    label: 'terugkoppelen',
    description: 'Iemand achteraf of vooraf op de hoogte brengen van wat gevraagd, gezegd of beslist is.',
  },
  informeren: {
    label: 'informeren',
    description: 'Iemand op de hoogte brengen of houden, ook in kopie zetten.',
  },
  beheren: {
    label: 'beheren',
    description: 'Een kanaal of middel onderhouden en er verantwoordelijk voor zijn.',
  },
  coordineren: { label: 'coördineren', description: 'Het geheel in goede banen leiden en afstemmen.' },
  ontwerpen: { label: 'ontwerpen', description: 'De vormgeving van een communicatiemiddel maken.' },
  opmaken: {
    label: 'opmaken',
    description: 'Een tekst of document schrijven en in vorm brengen (persbericht, redactiestatuut, plan).',
  },
  gebruiken: {
    label: 'gebruiken',
    description: 'Iets inzetten of toepassen, zoals het logo, beelden of AI.',
  },
  aanmaken: { label: 'aanmaken', description: 'Een nieuwe pagina, account of kanaal starten.' },
  aanpassen: {
    label: 'aanpassen',
    description: 'De structuur, navigatie of functies van een kanaal wijzigen.',
  },
  bijwerken: { label: 'up-to-date houden', description: 'Bestaande informatie actueel houden.' },
  vermelden: {
    label: 'vermelden',
    description: 'Iets of iemand noemen in een tekst: een contactpersoon, een quote, het gebruik van AI.',
  },
  melden: { label: 'melden', description: 'Een probleem, vraag of klacht doorgeven.' },
  adviseren: { label: 'adviseren', description: 'Advies geven, helpen inschatten.' },
  beslissen: { label: 'beslissen', description: 'Een beslissing nemen, bijvoorbeeld over nieuwswaarde.' },
  overleggen: { label: 'overleggen', description: 'Vooraf samen zitten en afstemmen.' },
  aanleveren: {
    label: 'aanleveren',
    description: 'Teksten, beelden, informatie of voorstellen bezorgen aan wie ze verwerkt.',
  },
  voorstellen: {
    label: 'voorstellen',
    description: 'Een idee of onderwerp voorstellen (een nieuwsbericht, een pagina).',
  },
  communiceren: { label: 'communiceren', description: 'Iets bekendmaken of erover communiceren.' },
  plannen: { label: 'plannen', description: 'Een planning maken en opvolgen.' },
  organiseren: {
    label: 'organiseren',
    description: 'Iets houden of op touw zetten, zoals een persconferentie.',
  },
  monitoren: { label: 'opvolgen', description: 'Gesprekken en reacties volgen en in het oog houden.' },
  rapporteren: { label: 'rapporteren', description: 'Verslag uitbrengen over wat is vastgesteld.' },
  behandelen: { label: 'behandelen', description: 'Een aanvraag of klacht registreren en afhandelen.' },
  ondersteunen: { label: 'ondersteunen', description: 'Helpen, begeleiden en coachen.' },
  bewaken: { label: 'bewaken', description: 'Toezien op de naleving van regels of kwaliteit.' },
  meewerken: { label: 'meewerken', description: 'Helpen aan iets dat van iemand anders is.' },
  'reclame-maken': { label: 'reclame maken', description: 'Iemand of iets aanprijzen of promoten.' },
  'afspraken-maken': { label: 'afspraken maken', description: 'Beleidsafspraken maken.' },
  aanvragen: { label: 'aanvragen', description: 'Iets vragen aan de organisatie, zoals een beeldopname.' },
  deelnemen: { label: 'deelnemen', description: 'Deel uitmaken van of deelnemen aan een overleg of groep.' },
  inzien: { label: 'inzien', description: 'Inzage hebben in een agenda of document.' },
  betrekken: { label: 'betrekken', description: 'Iemand vooraf mee aan boord nemen.' },
  aanstellen: { label: 'aanstellen', description: 'Iemand een taak of rol geven.' },
  opleiden: { label: 'opleiden', description: 'Iemand opleiden, of zelf opleidingen volgen.' },
  experimenteren: { label: 'experimenteren', description: 'Iets nieuws uitproberen.' },
  evalueren: { label: 'evalueren', description: 'Nagaan hoe iets gelopen is en bijsturen.' },
} as const satisfies Record<string, VocabularyEntry>;

/** Objects and channels that statements are about. */
export const OBJECTS = {
  persbericht: { label: 'persbericht', description: 'Een bericht aan de pers namens de organisatie.' },
  persuitnodiging: {
    label: 'persuitnodiging',
    description: 'Een uitnodiging aan de pers voor een persmoment.',
  },
  persconferentie: { label: 'persconferentie', description: 'Een persconferentie of persmoment.' },
  persvraag: {
    label: 'vraag van de pers',
    description: 'Een vraag of verzoek om reactie van een journalist of medium.',
  },
  'informatieve-persvraag': {
    label: 'louter informatieve vraag van de pers',
    description: 'Een feitelijke vraag van de pers zonder standpunt, zoals bezoekersaantallen.',
  },
  pers: { label: 'de pers', description: 'Journalisten en media als ontvanger.' },
  persplanning: { label: 'persplanning', description: 'De planning van persberichten en persmomenten.' },
  interview: { label: 'interview', description: 'Een interview of citaat voor de pers.' },
  quote: { label: 'quote', description: 'Een citaat van een mandataris in een persbericht.' },
  contactpersoon: { label: 'contactpersoon', description: 'De contactgegevens onderaan een persbericht.' },
  beeldopname: { label: 'beeldopname', description: 'Film- of foto-opnames door externen (tv, filmploeg).' },
  documenten: {
    label: 'documenten en informatie',
    description: 'Documenten of informatie van de organisatie.',
  },
  brief: { label: 'brief', description: 'Briefwisseling of correspondentie van het bestuur.' },
  uitnodiging: { label: 'uitnodiging', description: 'Een uitnodiging vanwege het bestuur.' },
  'sociale-media': {
    label: 'sociale media',
    description: 'De socialemediakanalen van de gemeente (Facebook, Instagram, LinkedIn …).',
  },
  socialemediapagina: {
    label: 'eigen socialemediapagina',
    description: 'Een eigen pagina of account van een dienst of project op sociale media.',
  },
  'lokale-socialemediapagina': {
    label: 'lokale socialemediapagina',
    description: "Pagina's van anderen over de gemeente, zoals 'Ge zijt van …' of lokale nieuwsmedia.",
  },
  'prive-account': {
    label: 'privé-account',
    description: 'Het persoonlijke socialemedia-account van een medewerker.',
  },
  'reactie-sociale-media': {
    label: 'reactie of vraag op sociale media',
    description: 'Een vraag, opmerking of reactie van een burger onder een bericht op sociale media.',
  },
  'kritiek-sociale-media': {
    label: 'kritiek op sociale media',
    description: 'Kritiek op het gemeentebestuur of de diensten op sociale media.',
  },
  'politieke-pagina': {
    label: 'pagina of bericht van een politicus of partij',
    description: 'Pagina’s of berichten van politici, politieke partijen, verenigingen of belangengroepen.',
  },
  'commerciele-pagina': {
    label: 'pagina of bericht van een merk of bedrijf',
    description: 'Pagina’s of berichten van merken, commerciële bedrijven en handelszaken.',
  },
  website: { label: 'website', description: 'De website van de gemeente.' },
  'website-structuur': {
    label: 'structuur van de website',
    description: 'Nieuwe elementen of aanpassingen in de structuur van de website.',
  },
  infoblad: { label: 'infoblad', description: 'Het gemeentelijk informatieblad of magazine.' },
  activiteitenkalender: {
    label: 'activiteitenkalender',
    description: 'De activiteitenkalender van het infoblad (gevoed door de UiTdatabank).',
  },
  redactiestatuut: {
    label: 'redactiestatuut',
    description: 'De afspraken over het infoblad en de redactieraad.',
  },
  redactiebeleid: {
    label: 'redactiebeleid en -planning',
    description: 'Welke inhoud wanneer in welke kanalen komt.',
  },
  nieuwsbrief: { label: 'nieuwsbrief', description: 'De (digitale) nieuwsbrief van de gemeente.' },
  intranet: { label: 'intranet', description: 'Het intranet, met zijn sites en pagina’s.' },
  'intranet-structuur': {
    label: 'structuur van het intranet',
    description: 'Nieuwe functies of aanpassingen in de menu- en navigatiestructuur van het intranet.',
  },
  nieuwsbericht: { label: 'nieuwsbericht', description: 'Een nieuwsbericht op de website of het intranet.' },
  'interne-communicatie': {
    label: 'interne communicatiekanalen',
    description: 'Interne nieuwsbrief, personeelsmagazine en andere kanalen voor het personeel.',
  },
  drukwerk: { label: 'drukwerk', description: 'Gedrukte publicaties: folders, flyers, affiches, brochures.' },
  communicatiemiddel: {
    label: 'communicatiemiddel',
    description: 'Een digitaal of gedrukt communicatieproduct (ontwerp, folder, affiche, banner …).',
  },
  'teksten-en-beelden': {
    label: 'teksten, beelden en briefing',
    description: 'Het materiaal dat een dienst aanlevert: teksten, afbeeldingen, logo’s, briefings.',
  },
  logo: { label: 'logo', description: 'Het logo van het lokaal bestuur.' },
  huisstijl: {
    label: 'huisstijl',
    description: 'De gemeentelijke huisstijl of de eigen huisstijl van een dienst.',
  },
  beeldmateriaal: {
    label: 'beeldmateriaal',
    description: 'Foto’s, illustraties en video in onze communicatie.',
  },
  beelddatabank: { label: 'beelddatabank', description: 'De databank met beelden van de gemeente.' },
  beeldbeleid: { label: 'beeldbeleid', description: 'De richtlijnen voor beelden, kwaliteit en privacy.' },
  advertentie: { label: 'advertentie', description: 'Een (betalende of gratis) advertentie in een medium.' },
  mediadeal: { label: 'mediadeal', description: 'Een afspraak of samenwerking met een medium.' },
  'externe-leverancier': {
    label: 'externe leverancier',
    description: 'Grafici, fotografen, drukkers en andere externe partners.',
  },
  klacht: { label: 'klacht', description: 'Een klacht van een burger.' },
  melding: { label: 'melding of vraag van een burger', description: 'Een melding of vraag van een burger.' },
  openbaarheid: {
    label: 'openbaarheid van bestuur',
    description: 'Aanvragen tot inzage in bestuursdocumenten.',
  },
  participatie: { label: 'participatietraject', description: 'Inspraak en participatie van burgers.' },
  crisis: { label: 'crisiscommunicatie', description: 'Communicatie bij een noodfase of crisis.' },
  ai: {
    label: 'AI',
    description: 'Artificiële intelligentie als hulpmiddel (ChatGPT, Copilot, beeldgenerators).',
  },
  'ai-content': {
    label: 'met AI gemaakte inhoud',
    description: 'Tekst, beeld of ander materiaal dat (mee) met AI werd gemaakt.',
  },
  'persoonlijke-kanalen-mandataris': {
    label: 'persoonlijke kanalen van een mandataris',
    description: 'De eigen Facebookpagina, website of folder van een politicus.',
  },
  'politieke-communicatie': {
    label: 'politieke communicatie',
    description: 'Communicatie van een partij of een mandataris als politicus.',
  },
  mandataris: {
    label: 'mandataris in beeld',
    description: 'Een politieke mandataris (naam, foto, quote, voorwoord) in een gemeentelijk kanaal.',
  },
  politicus: {
    label: 'politicus',
    description: 'Een politicus of politieke partij als onderwerp van reclame.',
  },
  'gemeentelijke-kanalen': {
    label: 'gemeentelijke kanalen',
    description: 'Alle publiekskanalen van de gemeente: infoblad, website, sociale media, nieuwsbrief …',
  },
  'bericht-lokaal-bestuur': {
    label: 'bericht van het lokaal bestuur',
    description: 'Een bericht dat de gemeente zelf gepubliceerd heeft.',
  },
  'bronnen-lokaal-bestuur': {
    label: 'bronnen van het lokaal bestuur',
    description: 'Foto’s, teksten en documenten van de gemeente.',
  },
  communicatiebeleidsplan: {
    label: 'communicatiebeleidsplan',
    description: 'Het communicatieplan van de organisatie.',
  },
  'communicatie-actie': {
    label: 'communicatie-actie',
    description: 'Een communicatie-actie of campagne om de noden van burger en organisatie te dienen.',
  },
  communicatieparagraaf: {
    label: 'communicatieparagraaf',
    description: 'Het stuk in een beslissing over wie geïnformeerd moet worden en wie communiceert.',
  },
  collegebeslissing: {
    label: 'beslissing van het college',
    description: 'Beslissingen van het college van burgemeester en schepenen.',
  },
  agenda: { label: 'agenda', description: 'De agenda van het college of het managementteam.' },
  managementteam: { label: 'managementteam', description: 'Het managementteam als overleg.' },
  beleid: { label: 'beleid', description: 'Beleid in het algemeen, beslist of in ontwikkeling.' },
  'niet-beslist-beleid': {
    label: 'niet-beslist beleid',
    description: 'Beleidspunten waarover nog geen beslissing genomen is.',
  },
  'beleid-in-ontwikkeling': {
    label: 'beleid in ontwikkeling',
    description: 'Beleid waarover publieke discussie en participatie gevraagd wordt.',
  },
  'beslist-beleid': { label: 'beslist beleid', description: 'Beleid dat beslist is.' },
  'advies-college': {
    label: 'standpunt of advies van het college',
    description:
      'Een meerderheidsstandpunt of advies van het schepencollege dat nog naar de gemeenteraad moet.',
  },
  beleidsafspraak: {
    label: 'beleidsafspraak',
    description: 'Een afspraak over beleid tussen bestuur en diensten.',
  },
  personeelsbeslissing: { label: 'personeelsbeslissing', description: 'Een beslissing over personeel.' },
  beleidsoverleg: {
    label: 'beleidsoverleg',
    description: 'Het structureel overleg tussen burgemeester, schepenen en diensthoofden.',
  },
  project: {
    label: 'project',
    description: 'Een project of activiteit van een dienst dat communicatie vraagt.',
  },
  informatieplicht: {
    label: 'informatieplicht',
    description: 'De decretale plicht om burgers te informeren (onthaal, loket, buitendiensten).',
  },
  informatiedoorstroming: {
    label: 'informatiedoorstroming',
    description: 'Informatie die binnen een dienst of afdeling doorgegeven wordt.',
  },
  'communicatie-suggestie': {
    label: 'onderwerp of suggestie voor communicatie',
    description: 'Een onderwerp of idee voor interne of externe communicatie.',
  },
  taalgebruik: {
    label: 'taalgebruik en aanspreekvorm',
    description: 'Klare taal en de je- of u-vorm in teksten.',
  },
  opleiding: { label: 'opleiding', description: 'Een opleiding of bijscholing.' },
} as const satisfies Record<string, VocabularyEntry>;

export type ActionId = keyof typeof ACTIONS;
export type ObjectId = keyof typeof OBJECTS;

export function isAction(id: string): id is ActionId {
  return Object.hasOwn(ACTIONS, id);
}

export function isObject(id: string): id is ObjectId {
  return Object.hasOwn(OBJECTS, id);
}

/** All role ids a statement may name, with a Dutch label (for replies and the tab). */
export const ROLE_LABELS = {
  medewerker: 'medewerker',
  dienst: 'dienst',
  diensthoofd: 'diensthoofd',
  leidinggevende: 'leidinggevende',
  communicatiedienst: 'communicatiedienst',
  communicatieverantwoordelijke: 'communicatieverantwoordelijke',
  burgemeester: 'burgemeester',
  schepen: 'schepen',
  'schepen-van-communicatie': 'schepen van communicatie',
  'bevoegde-schepen': 'bevoegde schepen',
  'bevoegde-mandataris': 'bevoegde mandataris',
  mandataris: 'mandataris',
  college: 'college van burgemeester en schepenen',
  gemeenteraad: 'gemeenteraad',
  'algemeen-directeur': 'algemeen directeur',
  managementteam: 'managementteam',
  redactieraad: 'redactieraad',
  redacteur: 'redacteur',
  kabinet: 'kabinet',
  pers: 'pers',
  externe: 'externe',
  'ambtenaar-noodplanning': 'ambtenaar noodplanning',
  iedereen: 'iedereen',
} as const satisfies Record<Role, string>;

export function isRole(id: string): id is Role {
  return Object.hasOwn(ROLE_LABELS, id);
}
