// Whether a chat message describes a press situation (triage) rather than asking who may do what
// (ask). The boundary: a general permission question ("mag ik zelf een persbericht sturen?",
// "wie verstuurt de persberichten?") belongs to ask; a concrete situation belongs to triage —
// someone from the press or an external has contacted us ("HLN belde, mag ik antwoorden?"), or
// staff describe a concrete plan or offer ("we willen een persbericht over de nieuwe speeltuin").
import { classify } from './classify';
import { prepare } from './text';

// A question about rules in general: a clause that opens with a modal, a question word or an
// inverted verb ("krijgen de collegeleden een kopie …?"), or 'kan ik zelf …'.
const RULE_QUESTION =
  /^ (?:mag|mogen|moet|moeten|mocht|mochten|hoeft|hoeven|wie|wat mag|wat moet|wat zetten|welk|welke|waar|hoe|wanneer mag|wanneer moet|waarom mag|waarom moet|is het|ben ik|zijn we|zijn wij|krijgen|krijgt|komen|komt|staan|staat|horen|hoort|geldt|gelden|bestaat|hebben we|heeft) /;
const SELF_QUESTION =
  /^ (?:kan|kun|kunnen|kunt) (?:ik|we|wij|jij|je|u|een dienst|onze dienst|mijn dienst|de dienst) (?:\S+ ){0,6}(?:zelf|rechtstreeks|gewoon|direct) /;
// "kan dat via onze dienst?", "regelen we dat zelf?": a rule question about the clause before.
const SELF_FOLLOW_UP =
  / (?:zelf|rechtstreeks) (?:regelen|doen|versturen|sturen|invullen|beslissen)? ?$| regelen (?:we|wij|ik) dat /;
// A rule question that refers back to the sentence before it ("moet dat via …?", "mag dat?").
const FOLLOW_UP =
  /^ (?:moet|mag|kan|mogen|moeten|kunnen) (?:dat|dit|hij|zij|ze|hij dat|zij dat|ik dat|we dat|wij dat) /;
const ASK_ABOUT_AGREEMENTS = / (?:afspraak|afspraken|afsprakennota|regel|regels|procedure) /;

export function isPressSituation(text: string): boolean {
  const c = classify(text);
  if (c.kind === 'geen-persvraag') return false;
  // Someone outside has reached us: always a situation, even when phrased as a question.
  if (c.inbound || c.schepenCalled) return true;
  // "Een schepen wil een interview geven aan TV Limburg. Moet dat via de communicatiedienst?":
  // a rule question in any sentence makes the message a question for ask.
  const clauses = text.split(/[.,;:?!\n]+/).map(prepare);
  if (
    clauses.some(
      (s) => RULE_QUESTION.test(s) || SELF_QUESTION.test(s) || FOLLOW_UP.test(s) || SELF_FOLLOW_UP.test(s),
    )
  )
    return false;
  if (ASK_ABOUT_AGREEMENTS.test(c.prepared)) return false;
  return true;
}
