// Whether a chat message describes a press situation (triage) rather than asking who may do what
// (ask). The boundary: a general permission question ("mag ik zelf een persbericht sturen?",
// "wie verstuurt de persberichten?") belongs to ask; a concrete situation belongs to triage —
// someone from the press or an external has contacted us ("HLN belde, mag ik antwoorden?"), or
// staff describe a concrete plan or offer ("we willen een persbericht over de nieuwe speeltuin").
import { classify } from './classify';

// A question about rules in general: opens with a modal or 'wie', or 'kan ik zelf …'.
const RULE_QUESTION =
  /^ (?:mag|mogen|moet|moeten|mocht|mochten|hoeft|hoeven|wie|wat mag|wat moet|is het toegestaan|is het de bedoeling|ben ik verplicht|zijn we verplicht|hoe moet|hoe mag|wanneer mag|wanneer moet|welke dienst|welke afspraak|waarom mag|waarom moet) /;
const SELF_QUESTION =
  /^ (?:kan|kun|kunnen|kunt) (?:ik|we|wij|jij|je|u|een dienst|onze dienst|mijn dienst) (?:\S+ ){0,3}zelf /;
const ASK_ABOUT_AGREEMENTS = / (?:afspraak|afspraken|afsprakennota|regel|regels|procedure) /;

export function isPressSituation(text: string): boolean {
  const c = classify(text);
  if (c.kind === 'geen-persvraag') return false;
  // Someone outside has reached us: always a situation, even when phrased as a question.
  if (c.inbound || c.schepenCalled) return true;
  if (RULE_QUESTION.test(c.prepared) || SELF_QUESTION.test(c.prepared)) return false;
  if (ASK_ABOUT_AGREEMENTS.test(c.prepared)) return false;
  return true;
}
