// Actions that answer for each other in part. Whoever manages a channel is who publishes on it
// ("mag ik iets op Facebook zetten?" is answered by 56: the communicatiedienst coordinates social
// media); sending and forwarding, reacting and answering are near the same thing to a user.
import { relatedness, type RelatedPairs } from './relatedness';

const RELATED: RelatedPairs = [
  ['publiceren', 'beheren'],
  ['publiceren', 'coordineren'],
  ['publiceren', 'communiceren'],
  ['publiceren', 'vermelden'],
  ['aanpassen', 'beheren'],
  ['bijwerken', 'beheren'],
  ['versturen', 'doorsturen'],
  ['versturen', 'contact-opnemen'],
  ['reageren', 'beantwoorden'],
  ['opmaken', 'ontwerpen'],
  ['goedkeuren', 'nalezen'],
  ['goedkeuren', 'beslissen'],
  ['informeren', 'terugkoppelen'],
  ['informeren', 'communiceren'],
  ['melden', 'vermelden'],
  ['melden', 'informeren'],
  ['aanleveren', 'voorstellen'],
  ['overleggen', 'betrekken'],
  ['monitoren', 'rapporteren'],
  ['woord-voeren', 'communiceren'],
  ['interview-geven', 'reageren'],
  ['gebruiken', 'publiceren'],
  ['beheren', 'coordineren'],
  ['communiceren', 'terugkoppelen'],
  ['ondersteunen', 'meewerken'],
  ['ondersteunen', 'adviseren'],
  ['aanmaken', 'beheren'],
  // Using AI tools is what the communication service may experiment with (85).
  ['gebruiken', 'experimenteren'],
  // Answering a complaint is handling it: the complaints coordinator (13) answers them.
  ['beantwoorden', 'behandelen'],
  // What is on a page ('wat moet er op de website staan') is what its department keeps up to date (76).
  ['vermelden', 'bijwerken'],
  // Correcting information on a page is keeping it up to date (76).
  ['aanpassen', 'bijwerken'],
  // Who decides about the house style is who coordinates and guards it (21).
  ['beslissen', 'coordineren'],
  // Keeping someone's page up to date is working on it (37: staff do not work on a mandataris's
  // personal channels).
  ['bijwerken', 'meewerken'],
  ['beheren', 'meewerken'],
];

const RELATION = relatedness(RELATED);

/** 1 for the same action, 0.5 for a related one, else 0. */
export function actionFit(asked: readonly string[], statementAction: string): number {
  return RELATION.fit(asked, statementAction);
}
