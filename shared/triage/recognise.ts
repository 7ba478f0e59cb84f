// Whether a chat message describes a press situation (triage) rather than asking who may do what
// (ask). The boundary: a general permission question ("mag ik zelf een persbericht sturen?",
// "wie verstuurt de persberichten?") belongs to ask; a concrete situation belongs to triage —
// someone from the press or an external has contacted us ("HLN belde, mag ik antwoorden?"), or
// staff describe a concrete plan or offer ("we willen een persbericht over de nieuwe speeltuin").
import { classify } from './classify';
import { prepare } from './text';

// A question about rules in general: opens with a modal or 'wie', or 'kan ik zelf …'.
const RULE_QUESTION =
  /^ (?:mag|mogen|moet|moeten|mocht|mochten|hoeft|hoeven|wie|wat mag|wat moet|is het toegestaan|is het de bedoeling|ben ik verplicht|zijn we verplicht|hoe moet|hoe mag|wanneer mag|wanneer moet|welke dienst|welke afspraak|waarom mag|waarom moet) /;
const SELF_QUESTION =
  /^ (?:kan|kun|kunnen|kunt) (?:ik|we|wij|jij|je|u|een dienst|onze dienst|mijn dienst) (?:\S+ ){0,3}zelf /;
// A rule question that refers back to the sentence before it ("moet dat via …?", "mag dat?").
const FOLLOW_UP = /^ (?:moet|mag|kan) (?:dat|dit|hij|zij|ze|hij dat|zij dat|ik dat|we dat|wij dat) /;
const ASK_ABOUT_AGREEMENTS = / (?:afspraak|afspraken|afsprakennota|regel|regels|procedure) /;

export function isPressSituation(text: string): boolean {
  const c = classify(text);
  if (c.kind === 'geen-persvraag') return false;
  // Someone outside has reached us: always a situation, even when phrased as a question.
  if (c.inbound || c.schepenCalled) return true;
  // "Een schepen wil een interview geven aan TV Limburg. Moet dat via de communicatiedienst?":
  // a rule question in any sentence makes the message a question for ask.
  const sentences = text.split(/[.?!\n]+/).map(prepare);
  if (sentences.some((s) => RULE_QUESTION.test(s) || SELF_QUESTION.test(s) || FOLLOW_UP.test(s)))
    return false;
  if (ASK_ABOUT_AGREEMENTS.test(c.prepared)) return false;
  return true;
}
