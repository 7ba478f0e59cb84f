// A small thesaurus for ranking: words whose meaning in this domain lies in words the agreements
// use. A photo "found on Pinterest" is about copyright (24); a photo of children is about privacy
// (23); a broken street lamp a citizen mentions is a melding (35). The added words go into the
// search query at a lower weight; they are no lexicon ids and decide no verdict.
import type { LexiconRow } from './types';

export const EXPANSION_ROWS: readonly LexiconRow<string>[] = [
  {
    id: "auteursrechten eigen foto's",
    terms: [
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
    terms: [
      'inwoner',
      'inwoners',
      'bewoner',
      'bewoners',
      'burger',
      'straatlamp',
      'put',
      'kapot',
      'defect',
      'afvalzakken',
      'sluikstort',
    ],
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
    terms: ['wanneer betrekken', 'op voorhand', 'vooraf', 'tijdig', 'starten'],
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
  { id: 'informatie up-to-date', terms: ['openingsuren', 'contactgegevens', 'tarieven', 'praktische info'] },
];
