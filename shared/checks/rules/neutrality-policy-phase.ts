// neutrality.policy-phase (agreements 30, 31, 18): the phase of decision-making must be clear.
// 30: "Beleidspunten waarover nog geen beslissing genomen is komen niet in aanmerking voor
//     bekendmaking"; beleid-in-ontwikkeling may be shared to invite participation.
// 31: "Meerderheidsstandpunten of adviezen van het schepencollege mogen niet worden gecommuniceerd
//     alsof het lijkt dat de beslissing reeds effectief genomen is. Dat kan pas na goedkeuring door
//     de gemeenteraad."
// 18: the communication service watches over "duidelijkheid over de fase waarin de besluitvorming
//     zich bevindt".
//
// Two findings:
// - an intention announced as news ("we plannen een nieuw zwembad", "binnenkort komt er een
//   rotonde", "het college wil de markt verhuizen") with no decision and no invitation to take
//   part: a warning, since the writer knows whether it was decided;
// - the college (or "de meerderheid", a schepen) deciding a matter that only the council decides
//   (belastingen, retributies, reglementen, budget, meerjarenplan, beleidsplan, verkoop van
//   patrimonium …) with no word of the council's vote: an error.
import { finding } from '../finding';
import type { Finding, RuleContext } from '../types';
import { CONCRETE_DATE } from './neutrality-text';
import { adoptedAgreement, someType } from './rule-helpers';

const S = '[ \\t\\u00a0]+';

/** Who announces an intention. */
const ACTOR =
  '(?:(?:het|ons)' +
  S +
  '(?:schepen)?college|de' +
  S +
  'gemeente|het' +
  S +
  '(?:gemeente|stads)?bestuur|de' +
  S +
  'meerderheid|de' +
  S +
  '(?:burgemeester|schepen)|de' +
  S +
  'stad)';

/** What a municipality builds or changes: the verbs of a project or a policy measure. */
const WORKS_VERB =
  '(?:bouwen|aanleggen|heraanleggen|herinrichten|invoeren|renoveren|verbouwen|vernieuwen|verkopen|afbreken|slopen|afschaffen|verhogen|verlagen|sluiten|verhuizen|uitbreiden|vervangen|installeren|plaatsen|openen|opwaarderen|investeren|omvormen)';
const WORKS_PARTICIPLE =
  '(?:gebouwd|aangelegd|heraangelegd|heringericht|ingevoerd|gerenoveerd|verbouwd|vernieuwd|verkocht|afgebroken|gesloopt|afgeschaft|verhoogd|verlaagd|verhuisd|uitgebreid|vervangen|geïnstalleerd|geplaatst|opgewaardeerd|omgevormd)';

const FUTURE_TIME = `volgend${S}jaar|volgende${S}(?:zomer|lente|herfst|winter|maand|maanden|jaren)|binnenkort|weldra|straks|op${S}termijn|in${S}de${S}toekomst|in${S}de${S}komende${S}(?:maanden|jaren)|(?:tegen|in|eind|begin)${S}20\\d\\d|later`;
const PRESENT_WORKS =
  '(?:bouwt|bouwen|sloopt|verkoopt|verhuist|renoveert|verbouwt|vernieuwt|vervangt|verdwijnt|verdwijnen|breekt|schaft|voert|legt|richt|investeert|opent|sluit|komt|komen)';

const STRONG_WORKS =
  /\b(?:bouwt|sloopt|verkoopt|renoveert|verbouwt|bouwen|aanleggen|heraanleggen|herinrichten|invoeren|renoveren|verbouwen|verkopen|afbreken|slopen|afschaffen|verhogen|verlagen|verhuizen|uitbreiden|gebouwd|aangelegd|heraangelegd|heringericht|ingevoerd|gerenoveerd|verbouwd|verkocht|afgebroken|gesloopt|afgeschaft|verhoogd|verlaagd|verhuisd|uitgebreid)(?![\p{L}])/u;

const INTENTION = new RegExp(
  [
    `\\bwe${S}(?:plannen|zijn${S}van${S}plan|overwegen|denken${S}(?:erover${S}|eraan${S}|na${S}over)|dromen${S}van|bekijken${S}of|onderzoeken${S}of|willen${S}graag)`,
    `\\b${ACTOR}${S}(?:wil(?:${S}graag)?|plant|overweegt|denkt${S}(?:erover|eraan|na${S}over)|is${S}van${S}plan|droomt${S}van|heeft${S}plannen|onderzoekt${S}of|bekijkt${S}of)`,
    // Inverted after an adverb: "Daarnaast plant het college …", "Ook wil de gemeente …".
    `\\b(?:wil|plant|overweegt|bekijkt|onderzoekt)${S}${ACTOR}\\b`,
    `\\b(?:binnenkort|weldra|straks|in${S}de${S}toekomst|op${S}termijn|later|mogelijk|misschien|wellicht)${S}(?:zal|zullen|komt|komen|gaat|gaan|wordt|worden)\\b(?!${S}(?:je|u|jij|jullie)\\b)`,
    `\\b(?:zal|zullen)${S}(?:er${S})?(?:binnenkort|weldra|straks|later|in${S}de${S}toekomst|op${S}termijn)\\b`,
    `\\ber${S}(?:komt|komen|zou|zouden)${S}(?:(?:binnenkort|straks|later|mogelijk|wellicht|misschien|ook|eindelijk|dan)${S})*(?:een${S})?(?:(?:nieuwe?|extra|tweede|groter|grotere|eigen)${S})?\\p{L}+`,
    `\\bplannen${S}(?:voor|om)\\b`,
    `\\bhet${S}is${S}de${S}bedoeling${S}(?:om|dat)\\b`,
    `\\b(?:krijgt|krijgen)${S}(?:binnenkort|straks|later|in${S}de${S}toekomst|op${S}termijn|wellicht|mogelijk|misschien)\\b`,
    // The adverb after the verb: "De Dorpsstraat wordt binnenkort heraangelegd", "komt er later".
    `\\b(?:wordt|worden|komt|komen|gaat|gaan)${S}(?:(?:er|ook|dan|nu)${S})?(?:binnenkort|weldra|straks|later|in${S}de${S}toekomst|op${S}termijn|eerstdaags)\\b`,
    // "De gemeente gaat een sporthal bouwen", "We gaan de Markt heraanleggen": a works or policy verb.
    `\\b(?:${ACTOR}|we)${S}(?:gaat|gaan|zal|zullen)${S}[^.!?\\n]{0,80}?\\b${WORKS_VERB}(?![\\p{L}])`,
    // A time still to come opens the sentence, a works verb follows: "Volgend jaar bouwt de gemeente
    // een turnzaal", "In 2027 wordt het Marktplein heraangelegd", "Op termijn verdwijnt de parking".
    `^(?:${FUTURE_TIME})${S}[^.!?]{0,60}?\\b(?:${PRESENT_WORKS}|(?:wordt|worden)${S}(?:\\p{L}+${S}){0,4}?${WORKS_PARTICIPLE})(?![\\p{L}])`,
    // The future passive: "Het zwembad zal worden gerenoveerd", "zal verkocht worden".
    `\\b(?:zal|zullen)${S}(?:\\p{L}+${S}){0,4}?(?:worden${S}${WORKS_PARTICIPLE}|${WORKS_PARTICIPLE}${S}worden)(?![\\p{L}])`,
  ].join('|'),
  'gu',
);

/** What makes an intention a policy matter (not "we plannen een wandeling op 12 mei"). */
// Written as word endings without a leading \p{L}* (which backtracks on every letter of every
// word): "afvalbelasting", "recyclagepark" and "beleidsplan" end in a listed word.
const POLICY_OBJECT =
  /(?:zwembad|sporthal|sporthallen|park|parken|parking|plein|pleinen|school|scholen|centrum|zaal|fietspad|fietspaden|fietsstraat|brug|tunnel|rotonde|bibliotheek|gemeentehuis|woonwijk|woonproject|sociale woningen|verkaveling|markt|ring|omleiding|plan|zone 30|lez|lage-emissiezone|camera's|camera|belasting|belastingen|retributie|retributies|tarief|tarieven|reglement|verbod|subsidie|subsidies|premie|premies|investering|investeringen|project|projecten|nieuwbouw|renovatie|heraanleg|aanleg|afbraak|sluiting|fusie|verhuis|verhuizen|verkopen|verkoop|bouwen|aanleggen|invoeren|afschaffen|verhogen|verlagen|sluiten|slopen|heraanleggen|renoveren|herinrichten|uitbreiden|gebouwd|aangelegd|ingevoerd|gerenoveerd|verbouwd|verkocht|gesloopt|afgeschaft|verhoogd|verlaagd|uitgebreid|heringericht)(?![\p{L}\p{N}])/u;

/** The matter has been decided (or is decided on a known day). */
const DECIDED =
  /\b(?:beslist|besliste|besloten|besluit|beslissing|goedgekeurd|goedkeuring|keurde\p{L}*|keurt|vastgelegd|gegund|aanbesteed|aanbesteding|omgevingsvergunning|vergunning (?:is|werd) (?:verleend|afgeleverd)|in uitvoering|de werken (?:starten|beginnen)|gemeenteraad)\b/u;

/** Beleid-in-ontwikkeling shared to invite participation (30 allows it). */
const PARTICIPATION =
  /\b(?:inspraak|participatie\p{L}*|bevraging|enquête|enquete|geef (?:je|jouw|uw) mening|denk (?:mee|jij mee)|denkt u mee|laat (?:je|uw) stem horen|infoavond|informatieavond|infomoment|workshop|meedenken|ideeën|openbaar onderzoek|voorontwerp)\b/u;

/** Who decides as if for the council (31). */
const COLLEGE_SOURCE = `(?:(?:het|ons)${S}(?:schepen)?college(?:${S}van${S}burgemeester${S}en${S}schepenen)?|de${S}meerderheid|de${S}(?:burgemeester|schepen)(?:${S}van${S}\\p{L}+)?)`;
const COLLEGE = new RegExp(`\\b${COLLEGE_SOURCE}`, 'u');
const DECISION_VERB = new RegExp(
  `^[^.!?]{0,40}?\\b(?:(?:heeft|hebben)${S}(?:\\p{L}+${S}){0,8}?(?:beslist|besloten|goedgekeurd|vastgelegd|ingevoerd|verhoogd|verlaagd|afgeschaft|verkocht)|besliste|besloot|beslist|besluit|keurde|keurt|legde|legt|voert|voerde|verhoogt|verhoogde|verlaagt|verlaagde|schaft|schafte|verkoopt|verkocht|(?:gaf|geeft|heeft)${S}(?:\\p{L}+${S}){0,6}?groen${S}licht|(?:zette|zet)${S}(?:\\p{L}+${S}){0,6}?licht${S}op${S}groen|(?:ging|gaat)${S}akkoord|stemde${S}in|(?:nam|neemt)${S}de${S}beslissing|heeft${S}(?:\\p{L}+${S}){0,6}?(?:ingestemd|akkoord${S}gegeven))\\b`,
  'u',
);
/** "…, besliste het college", "Dat besliste het schepencollege": the verb before its subject. */
const DECISION_INVERTED = new RegExp(
  `\\b(?:besliste|besloot|beslist|keurde|verhoogt|verhoogde|verlaagt|verlaagde|voert|voerde|schaft|schafte)${S}${COLLEGE_SOURCE}`,
  'u',
);
/** Matters the council decides (Decreet Lokaal Bestuur): taxes, fees (what inhabitants pay), regulations
 *  (parking), budget, plans, property. */
const COUNCIL_MATTER =
  /(?:belasting|belastingen|retributie|retributies|reglement|reglementen|opcentiemen|budget|budgetten|begroting|meerjarenplan|meerjarenplanning|beleidsplan|jaarrekening|rooilijn|rooilijnplan|tarief|tarieven|afvalzak|afvalzakken|straatnaam|straatnamen|onteigening|onteigeningen|patrimonium|statuten|rechtspositieregeling|personeelsformatie)(?![\p{L}\p{N}])|\b(?:betaal|betaalt|betalen|betalend|betalende|parkeren|parkeer\p{L}*|parkeergeld)\b|\b(?:verkoop|verkopen|verkocht)\b[^.]{0,40}\b(?:grond\p{L}*|gebouw\p{L}*|pand|woning|terrein\p{L}*|site|perce(?:el|len)|pastorie|school|kerk)\b/u;
/** Phrased as a proposal, or the council's vote is named. */
const PROPOSAL =
  /\b(?:stelt|stellen|stelde)\b[^.]{0,60}\bvoor\b|\bvoorstel\p{L}*|\blegt\b[^.]{0,60}\bvoor aan\b|\bter goedkeuring\b|\bvoorgelegd\b|\bontwerp\p{L}*|\b(?:gemeente)?raad\b[^.]{0,80}\b(?:beslist|besliste|keurde|keurt|stemt|stemde|moet|zal|goedgekeurd|goedkeuring|ingestemd|stemming)|\bna (?:goedkeuring|de stemming) (?:door|in|van) de gemeenteraad\b/u;

const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
/** The council still has to vote: "De gemeenteraad stemt in december over het voorstel", "Het legt het
 *  voor aan de gemeenteraad", "Het dossier gaat naar de gemeenteraad", "In januari beslist de
 *  gemeenteraad". Present-tense "keurt goed" is left out: news writes past decisions that way. */
const COUNCIL_LATER = new RegExp(
  [
    `\\b(?:gemeente)?raad\\b[^.!?]{0,60}?\\b(?:stemt|beslist|beslissen|stemmen|oordeelt|buigt${S}zich)\\b[^.!?]{0,60}?\\b(?:over|erover|in${S}${MONTH}|op${S}\\d|volgende|later|nog|pas|definitief|binnenkort|eind|begin|half)\\b`,
    `\\b(?:in|op|eind|begin|half|volgende${S}\\p{L}+|later|pas)${S}[^.!?]{0,30}?\\b(?:stemt|beslist|oordeelt)${S}de${S}(?:gemeente)?raad\\b`,
    `\\b(?:gemeente)?raad${S}(?:moet|zal|gaat|kan)\\b[^.!?]{0,60}?\\b(?:nog|stemmen|beslissen|goedkeuren|instemmen|oordelen)\\b`,
    `\\b(?:legt|leggen|legde|legden|voorleggen)\\b[^.!?]{0,60}?\\bvoor${S}aan${S}de${S}(?:gemeente)?raad\\b`,
    `\\bvoorgelegd${S}aan${S}de${S}(?:gemeente)?raad\\b`,
    `\\b(?:gemeente)?raad\\b[^.!?]{0,40}?\\b(?:voorgelegd|geagendeerd)\\b`,
    `\\b(?:gaat|komt|gaan|komen)\\b[^.!?]{0,60}?\\b(?:naar|op)${S}de${S}(?:gemeente)?raad\\b`,
    `\\bop${S}de${S}(?:agenda|dagorde)${S}van${S}de${S}(?:volgende${S})?(?:gemeente)?raad\\b`,
    `\\bter${S}goedkeuring\\b[^.!?]{0,40}?\\b(?:gemeente)?raad\\b`,
    `\\b(?:neemt|nemen)${S}de${S}(?:gemeente)?raad${S}(?:\\p{L}+${S}){0,3}?beslissing\\b`,
    `\\b(?:gemeente)?raad${S}(?:neemt|spreekt${S}zich|heeft${S}het${S}laatste${S}woord)\\b`,
  ].join('|'),
  'u',
);
/** The council already voted: then the college's part may be told as history. */
const COUNCIL_DONE =
  /\b(?:gemeente)?raad\b[^.!?]{0,60}?\b(?:keurde|besliste|stemde|besloot|heeft[^.!?]{0,40}?\b(?:goedgekeurd|beslist|besloten|ingestemd|gestemd))\b|\b(?:keurde|besliste|stemde|besloot)\s+de\s+(?:gemeente)?raad\b|\bgoedgekeurd\s+door\s+de\s+(?:gemeente)?raad\b/u;
/** The college's own sentence calls it a proposal, a draft or a step towards the council. */
const PROPOSAL_HERE =
  /\b(?:stelt|stellen|stelde|stelden)\b[^.!?]{0,60}\bvoor\b|\bvoorstel\p{L}*|\bontwerp\p{L}*|\bvoor te leggen\b|\blegt\b[^.!?]{0,60}\bvoor\b|\bter goedkeuring\b|\bvoorgelegd\b|\bprincipieel\b|\bprincipe\p{L}*/u;

/** Where the college (or a schepen) is said to decide: subject then verb, or verb then subject. */
function collegeDecision(text: string): [number, number] | null {
  const college = COLLEGE.exec(text);
  if (college) {
    const verb = DECISION_VERB.exec(text.slice(college.index + college[0].length));
    if (verb) return [college.index, college.index + college[0].length + verb[0].length];
  }
  const inverted = DECISION_INVERTED.exec(text);
  return inverted ? [inverted.index, inverted.index + inverted[0].length] : null;
}

const ESSENCE_30 =
  'We communiceren enkel over beslist beleid of beleid-in-ontwikkeling; beleidspunten waarover nog geen beslissing ' +
  'genomen is, maken we niet bekend (afspraak 30). Maak duidelijk in welke fase de besluitvorming zit (afspraak 18).';
const ESSENCE_31 =
  'Een standpunt of voorstel van het college mag niet klinken alsof de beslissing al genomen is; dat kan pas na ' +
  'goedkeuring door de gemeenteraad (afspraak 31).';

/** The organisation by its place name announces too: "Zilverbeek gaat een recyclagepark bouwen". */
function placeIntentionOf(ctx: RuleContext): RegExp | undefined {
  const name = ctx.org.organisation.organisation.name.replace(/^(?:gemeente|stad|ocmw)\s+/i, '').trim();
  if (!/^[\p{L}-]+$/u.test(name)) return undefined;
  return new RegExp(
    `\\b${name.toLowerCase()}${S}(?:(?:gaat|wil|plant)${S}[^.!?\\n]{0,80}?\\b${WORKS_VERB}(?![\\p{L}])|(?:wil|plant|overweegt)${S}(?:graag${S})?(?:een|de|het|nieuwe?)\\b)`,
    'u',
  );
}

export function policyPhaseRule(ctx: RuleContext): Finding[] {
  const intentionAgreement = adoptedAgreement(ctx, [30, 18]);
  const collegeAgreement = adoptedAgreement(ctx, [31, 30, 18]);
  if (intentionAgreement === null && collegeAgreement === null) return [];
  const { doc, sentences } = ctx;
  const out: Finding[] = [];
  // Matched in lower case with case-sensitive patterns: much faster than /i over Unicode, and
  // toLowerCase keeps every offset for Dutch text (a sentence whose length would change is skipped).
  const lowerText = doc.text.toLowerCase();
  const sameLength = lowerText.length === doc.text.length;
  const lower = (k: number): string => {
    const span = sentences[k];
    if (!span) return '';
    const t = sameLength ? lowerText.slice(span.start, span.end) : span.text.toLowerCase();
    return t.length === span.text.length ? t : '';
  };
  // A few sentences either side: "… besliste het college. Het dossier gaat in maart naar de gemeenteraad."
  const window = (k: number): string => [k - 2, k - 1, k, k + 1, k + 2, k + 3].map(lower).join(' ');
  const placeIntention = placeIntentionOf(ctx);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const text = lower(i);
    if (!text) continue;
    const around = [lower(i - 1), text, lower(i + 1)].join(' ');

    if (collegeAgreement !== null) {
      const span = collegeDecision(text);
      // The matter may sit in the sentence before when this one points back to it:
      // "Je betaalt meer voor afvalzakken. Dat besliste het college."
      const matter =
        COUNCIL_MATTER.test(text) || (/^(?:dat|dit|zo)\b/.test(text) && COUNCIL_MATTER.test(lower(i - 1)));
      // A letter about the reader's own case ("Het college besliste uw bezwaar tegen de belasting
      // gegrond te verklaren") applies a regulation: that is the college's to decide.
      const ownCase = someType(ctx, (t) => t === 'brief' || t === 'uitnodiging') && /\b(?:u|uw)\b/.test(text);
      // The text itself says the council still votes ("De gemeenteraad stemt in december"), yet the
      // college's step reads as the decision: whatever the matter, that is what 31 forbids.
      const nearby = span && !ownCase && !PROPOSAL_HERE.test(text) ? window(i) : '';
      const pending = nearby !== '' && COUNCIL_LATER.test(nearby) && !COUNCIL_DONE.test(nearby);
      if (span && !ownCase && (pending || (matter && !PROPOSAL.test(around)))) {
        const start = s.start + span[0];
        const end = s.start + span[1];
        out.push(
          finding(doc, {
            rule: 'neutrality.policy-phase',
            agreement: collegeAgreement,
            severity: 'error',
            message: pending
              ? `Dit leest als een genomen beslissing, terwijl de gemeenteraad er volgens de tekst nog over moet stemmen. ${ESSENCE_31}`
              : `Dit leest als een genomen beslissing over een zaak waarover de gemeenteraad beslist. ${ESSENCE_31}`,
            start,
            end,
            suggestion:
              "Schrijf 'Het college stelt de gemeenteraad voor …' en zeg wanneer de gemeenteraad beslist " +
              "('De gemeenteraad beslist op …'); of meld de beslissing pas na de stemming in de gemeenteraad.",
          }),
        );
        continue;
      }
    }

    if (intentionAgreement !== null) {
      INTENTION.lastIndex = 0;
      const m = INTENTION.exec(text) ?? placeIntention?.exec(text);
      if (!m) continue;
      // Building, introducing or selling something is a policy matter by itself; "plaatsen" or
      // "openen" needs a policy object ("we plaatsen de tafels" is not one).
      if (!STRONG_WORKS.test(m[0]) && !POLICY_OBJECT.test(text)) continue;
      if (DECIDED.test(around) || PARTICIPATION.test(around) || CONCRETE_DATE.test(around)) continue;
      const start = s.start + m.index;
      out.push(
        finding(doc, {
          rule: 'neutrality.policy-phase',
          agreement: intentionAgreement,
          severity: 'warning',
          message: `Dit kondigt beleid aan waarover nog niet beslist lijkt. ${ESSENCE_30}`,
          start,
          end: start + m[0].length,
          suggestion:
            'Wacht met bekendmaken tot er een beslissing is, of zeg duidelijk dat het een voorstel in ontwikkeling is ' +
            'en hoe inwoners kunnen meedenken.',
        }),
      );
    }
  }
  return out;
}
