// Words that show a permission's condition is not met. Agreement 24 allows images "met respect voor
// de auteursrechten": a photo found on Google or Pinterest is, by default, someone else's work, so
// "mag ik die gebruiken?" gets no. Data: `condition` is a word of the statement's condition,
// `terms` what a question says when it is broken (a phrase needs all its words, in any order).
import type { LexiconRow } from './types';

export const CONDITION_BREAKER_ROWS: readonly LexiconRow<string>[] = [
  {
    id: 'auteursrechten',
    terms: [
      'pinterest',
      'google',
      'internet',
      'internetfoto',
      'gevonden',
      'vond',
      'gedownload',
      'downloaden',
      'geplukt',
      'overgenomen',
      'zonder toestemming',
      'zonder bronvermelding',
      'van een andere website',
    ],
  },
  {
    // 87: departments may use AI if they are "transparant over het gebruik van AI".
    id: 'transparant',
    terms: [
      'zonder het te zeggen',
      'zonder het te vermelden',
      'zonder te vermelden',
      'zonder vermelding',
      'zonder dat te melden',
      'zonder het te melden',
      'niet vermelden',
      'geheim houden',
    ],
  },
  {
    // 33: political communication "pas nadat de gemeente zelf gecommuniceerd heeft".
    id: 'nadat',
    terms: [
      'voor de gemeente',
      'eerder dan de gemeente',
      'sneller dan de gemeente',
      'vooraleer de gemeente',
      'al voor',
    ],
  },
  {
    // 61: an opinion on one's private account "met oog voor de integriteit …", never criticism of
    // colleagues or policy makers (the prohibition in the same agreement).
    id: 'integriteit',
    terms: [
      'kritiek collega',
      'kritiek collegas',
      'kritiek schepen',
      'kritiek burgemeester',
      'kritiek leidinggevende',
      'kritiek diensthoofd',
      'kritiek directeur',
      'kritiek baas',
      'afkraken collega',
      'afkraken schepen',
      'afkraken burgemeester',
    ],
  },
  {
    // 74: the logo "enkel voor communicatie vanuit het lokaal bestuur". A poster, flyer or
    // invitation of a club, committee, school or business is not the local government's own
    // communication, even when a staff member makes it.
    id: 'vanuit',
    terms: [
      'vereniging',
      'verenigingen',
      'club',
      'clubs',
      'vzw',
      'jeugdbeweging',
      'scouts',
      'chiro',
      'comite',
      'oudercomite',
      'feestcomite',
      'buurtcomite',
      'supportersclub',
      'handelaar',
      'handelaars',
      'bedrijf',
      'winkel',
      'zaak van',
      'privefeest',
      'trouwfeest',
      'eigen feest',
    ],
  },
  {
    // 37: liking or sharing a business's page only "als het professioneel noodzakelijk is".
    id: 'noodzakelijk',
    terms: ['omdat ik hem ken', 'vriend van mij', 'mijn favoriete', 'reclame voor'],
  },
];
