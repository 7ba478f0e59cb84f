// A small thesaurus for ranking: words whose meaning in this domain lies in words the agreements
// use. A photo "found on Pinterest" is about copyright (24); a photo of children is about privacy
// (23); a broken street lamp a citizen mentions is a melding (35). A mere "inwoner" or "burger" is
// no expansion: nearly every question about communication mentions them. The added words go into the
// search query at a lower weight; they are no lexicon ids and decide no verdict.
import type { LexiconRow } from './types';

export const EXPANSION_ROWS: readonly LexiconRow<string>[] = [
  {
    id: "auteursrechten eigen foto's",
    terms: [
      'andere website',
      'overnemen',
      'overgenomen',
      'van een website',
      'kopieren',
      'gekopieerd',
      'pinterest',
      'google',
      'internet',
      'gevonden',
      'gedownload',
      'downloaden',
      'stockfoto',
      'rechtenvrij',
      'copyright',
    ],
  },
  {
    id: 'privacy beeldbeleid',
    terms: ['kind', 'kinderen', 'minderjarige', 'minderjarigen', 'herkenbaar', 'portret', 'gdpr'],
  },
  {
    id: 'melding burger kanalen',
    terms: ['straatlamp', 'put', 'kapot', 'defect', 'afvalzakken', 'sluikstort'],
  },
  { id: 'reclame politicus', terms: ['stemmen', 'kiezen', 'verkiezingen', 'kieslijst', 'campagne'] },
  { id: 'klachtencoordinator klacht', terms: ['ontevreden', 'klagen', 'klaagt', 'beklag', 'klachten'] },
  { id: 'openbaarheid bestuur', terms: ['inzage', 'inkijken', 'dossier', 'dossiers', 'openbaar'] },
  {
    id: 'crisissituaties noodfase',
    terms: ['brand', 'overstroming', 'stroompanne', 'ramp', 'explosie', 'ongeval', 'noodweer', 'evacuatie'],
  },
  { id: 'deadlines', terms: ['deadline', 'te laat', 'tijdig', 'tegen wanneer', 'uiterlijk'] },
  {
    id: 'vroeg stadium overlegt',
    terms: [
      'vanaf wanneer',
      'hoe vroeg',
      'hoe lang op voorhand',
      'betrekken',
      'inschakelen',
      'verwittigen',
      'inlichten',
      'wanneer betrekken',
      'op voorhand',
      'vooraf',
      'tijdig',
      'starten',
    ],
  },
  {
    id: 'communicatieparagraaf',
    terms: ['wie communiceert', 'wie geinformeerd', 'vermeld worden wie', 'wie informeert'],
  },
  { id: 'politieke neutraliteit', terms: ['neutraal', 'neutraliteit', 'partijdig', 'partijpolitiek'] },
  { id: 'structuur navigatiestructuur', terms: ['menu', 'tabblad', 'knop', 'rubriek', 'navigatie'] },
  {
    id: 'beelddatabank',
    terms: ["foto's van de gemeente", 'fotos van de gemeente', 'beelden van de gemeente', 'fotoarchief'],
  },
  {
    id: 'redactieraad redactiebeleid',
    terms: ['kiest de artikels', 'wat er in het infoblad komt', 'inhoud van het infoblad'],
  },
  {
    id: 'inhoudelijk verantwoordelijk informatie up-to-date',
    terms: [
      'openingsuren',
      'contactgegevens',
      'tarieven',
      'praktische info',
      'foute info',
      'foute informatie',
      'verkeerde info',
      'verkeerde informatie',
      'klopt niet',
      'kloppen niet',
      'niet meer juist',
      'verouderd',
      'verouderde',
    ],
  },
  // The communication service's job (10): more than a shop for flyers.
  {
    id: 'producent beheerder kanalen observator communicatiestrateeg communicatiecoach',
    terms: [
      'strategie',
      'strategisch',
      'adviseur',
      'enkel drukwerk',
      'meer dan',
      'winkel',
      'bestellen',
      'bestelt',
      'strateeg',
      'strategen',
      'coach',
      'coaches',
      'rol van',
      'taak van',
      'uitvoerder',
    ],
  },
  // Who is pictured (20): the public, not the organisation or its politicians.
  {
    id: 'publiek centraal beeldmateriaal diversiteit',
    terms: ['centraal', 'inwoners in beeld', 'diversiteit', 'divers', 'wie staat er'],
  },
  // Political communication only after the municipality's (33).
  {
    id: 'pas na de gemeentelijke communicatie',
    terms: [
      'voor de gemeente',
      'voor wij',
      'voor we',
      'eerst',
      'vooraleer',
      'sneller dan',
      'eerder dan',
      'al posten',
      'nog voor',
    ],
  },
  // A citizen turning to a politician (35).
  { id: 'melding vraag burger kanalen', terms: ['rechtstreeks', 'aanspreekt', 'aangesproken', 'belt naar'] },
  // The magazine: audience and language (64), final editing (66).
  {
    id: 'hele bevolking doelgroepen eenvoudig toegankelijk taalniveau',
    terms: [
      'alle inwoners',
      'hele bevolking',
      'geschreven voor',
      'iedereen lezen',
      'voor wie',
      'doelpubliek',
      'lezers',
      'eenvoudige taal',
      'eenvoudig',
      'moeilijke taal',
    ],
  },
  {
    id: 'eindredactie',
    terms: [
      'herschreven',
      'herschrijven',
      'ingekort',
      'inkorten',
      'aangepast',
      'verbeterd',
      'nagelezen',
      'geschrapt',
    ],
  },
  // What a department delivers for a printed product (70).
  {
    id: 'teksten afbeeldingen logo briefings',
    terms: [
      'nodig hebben',
      'heeft nodig',
      'welke info',
      'wat hebben jullie nodig',
      'wat moet ik geven',
      'aanleveren',
      'bezorgen',
      'binnenbrengen',
      'meegeven',
    ],
  },
  // Short names of departments with their own house style (72).
  { id: 'bibliotheek', terms: ['bib', 'bibliothecaris'] },
  { id: 'cultuurcentrum', terms: ['cc', 'ccentrum'] },
  // Leaving things in a drawer, the magazine's contents, etc. are covered above; crisis speakers (42).
  {
    id: 'burgemeester woordvoerder',
    terms: ['wie spreekt', 'wie mag spreken', 'het woord voeren', 'woordvoering'],
  },
  // A department keeping its own press contacts (45 and its variant: the cultural centre).
  {
    id: 'persberichten versturen pers contacten',
    terms: [
      'contact houden met de pers',
      'contacten met de pers',
      'perscontacten',
      'programmatie',
      'zelf contact',
    ],
  },
];
