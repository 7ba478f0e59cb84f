// Which kind of press situation a staff member describes. The cues are data (cues.ts, media.ts);
// this file holds the precedence between them, which follows the agreements: what we send or
// organise ourselves (44-49) first, then what the press or an external asks of us (50-55).
import {
  ADVERTISING,
  ADVERTISING_WITH_MEDIUM,
  CALLED_WORDS,
  CRISIS,
  CRISIS_PAST,
  FIRST_PERSON_ACTION,
  IMAGE_THINGS,
  IMAGES,
  INFORMATIVE,
  INTERVIEW,
  MANDATARY,
  OPINION,
  PRESS_CONFERENCE,
  PRESS_RELEASE_NOUN,
  PRESS_RELEASE_OUTBOUND,
  SCHEPEN_CALLED,
} from './cues';
import { EXTERNAL_IMAGE_MAKERS, MEDIA, PRESS_THINGS, PRESS_WORDS, detectMedium } from './media';
import { anyMatch, near, prepare } from './text';
import type { TriageKind } from './types';

export interface Classification {
  kind: TriageKind;
  /** The press or a medium is involved (named or generic). */
  press: boolean;
  /** The press (or an external) contacts us with a request: a concrete situation, not a plan. */
  inbound: boolean;
  /** The named medium, for prefilling the press desk form. */
  medium?: string;
  /** Agreement 51: the press called a schepen for a reaction. */
  schepenCalled: boolean;
  /** An interview with a mandataris rather than a staff member. */
  mandataryInterview: boolean;
  /** A crisis or incident under way (42): the press is answered by the burgemeester or the spokesperson. */
  crisis: boolean;
  /** The press wants the burgemeester (named, and no schepen): 50's "burgemeester en/of schepen". */
  asksBurgemeester: boolean;
  /**
   * The press asks something, but the description says neither that only facts are asked nor
   * that a view is: the route is the safe one (50) and the staff member is asked back.
   */
  unsure?: boolean;
  /** The prepared text, for subject look-ups. */
  prepared: string;
}

// Our own channels are not the press: social media (5.9), the infoblad (5.10), newsletters and the
// intranet (5.13), and a school's own paper. "De redactie van ons infoblad" is our own editors.
const OWN_CHANNELS =
  'infoblad\\S*|redactieraad\\S*|leerlingenkrant\\S*|\\S*krantje\\S*|\\S*nieuwsbrief\\S*|personeelsblad\\S*|personeelskrant\\S*|intranet\\S*|schoolkrant\\S*|gemeenteblad\\S*|stadsblad\\S*|sociale media\\S*|social media\\S*';
const OWN_CHANNEL = new RegExp(` (?:${OWN_CHANNELS}) `);
const NOT_PRESS = new RegExp(
  ` (?:(?:de )?redactie\\S* (?:van )?(?:ons|onze|het|de) (?:gemeentelijk\\S* )?)?(?:${OWN_CHANNELS})| mediatheek\\S*`,
  'g',
);

// Someone of the press (who can contact us), and anything of the press (also our persbericht).
const PRESS_ALTERNATIVES = [...MEDIA.flatMap((m) => m.patterns), ...PRESS_WORDS].join('|');
const PRESS = new RegExp(` (?:${[PRESS_ALTERNATIVES, ...PRESS_THINGS].join('|')}) `);

// Verbs by which someone outside reaches us or asks something of us.
const REQUEST_VERBS = [
  'belt',
  'belde',
  'belden',
  'gebeld',
  'opgebeld',
  'telefoon',
  'telefoontje',
  'telefoneert',
  'telefoneerde',
  'vraagt',
  'vroeg',
  'vroegen',
  'vragen',
  'vraag',
  'gevraagd',
  'gestuurd',
  'mailtje',
  'berichtje',
  'ingesproken',
  'geappt',
  'appte',
  'whatsappte',
  'verzocht',
  'verzoek',
  'wil',
  'willen',
  'wilt',
  'wou',
  'wouden',
  'wilde',
  'wilden',
  'mailt',
  'mailde',
  'mailden',
  'gemaild',
  'mail',
  'contacteert',
  'contacteerde',
  'gecontacteerd',
  'stuurt',
  'stuurde',
  'stelt',
  'stelde',
  'biedt',
  'bood',
  'aangeboden',
  'zoekt',
  'zocht',
  'komt',
  'kwam',
  'staat',
  'stond',
  'stonden',
  'benaderd',
  'benadert',
  'aangesproken',
  'sprak',
  'spreekt',
  'kreeg',
  'krijgt',
  'polst',
  'polste',
  'informeert',
  'informeerde',
  'plant',
  'is op zoek',
  'heeft vragen',
  'had vragen',
  'wacht',
  'aan de lijn',
  'aan de deur',
  'aan het loket',
  'heeft gebeld',
  'schreef',
  'schrijft',
  'publiceerde',
  'publiceert',
  'bracht',
  'berichtte',
  'meldde',
  'kopte',
  'titelde',
].join('|');

// Contact that reaches us from the press, with the press after the verb ("kreeg telefoon van HLN",
// "er belde iemand van VTM", "opgebeld door een journalist"). Not 'wil' or 'vraagt': in "een
// schepen wil een interview geven aan TV Limburg" we are the ones who want something.
const CONTACT_VERBS = [
  'belde',
  'belt',
  'belden',
  'gebeld',
  'opgebeld',
  'telefoneerde',
  'mailde',
  'gemaild',
  'kreeg',
  'kregen',
  'krijg',
  'stond',
  'staat',
  'staan',
  'stonden',
  'benaderd',
  'gecontacteerd',
  'aangesproken',
].join('|');
// Contact nouns count only with 'van'/'uit' before the press: "telefoon van HLN", not "een mail
// sturen naar het Nieuwsblad" (that is us sending).
const CONTACT_NOUNS =
  'telefoon|telefoontje|mail|mailtje|vraag|vragen|verzoek|bezoek|berichtje|bericht|oproep';

// People of the press (a named medium counts too): their presence in the message is contact.
const PRESS_PERSON =
  / (?:\S*journalist\S*|journaliste\S*|reporter\S*|reportster\S*|verslaggever\S*|verslaggeefster\S*|correspondent\S*|\S*redacteur\S*|redactrice\S*|persfotograaf\S*|cameraploeg\S*|tv-ploeg\S*|filmploeg\S*|\S*podcast\S*|columnist\S*|presentator\S*|presentatrice\S*|programmamaker\S*) /;

// Dutch puts the verb second: after a fronted phrase the press follows its verb ("Na de brand vraagt
// HLN …", "Gisteren belde VTM"). Not after 'ik' or 'we', who call or ask the press themselves.
const INVERTED_VERBS =
  'vraagt|vroeg|vroegen|belt|belde|belden|mailt|mailde|contacteert|contacteerde|zoekt|zocht|wil weten|wou weten|wilde weten';

// "Bij de overstromingen wil VRT NWS weten …": the press between 'wil' and 'weten'.
const INVERTED_WANTS = ` (?<!(?:ik|we|wij|je|jij|u|hij|zij|ze) )(?:wil|wou|wilde|wilden|willen) (?:(?:ook|nu|al) )?(?:(?:een|de|het|iemand van) )?(?:${PRESS_ALTERNATIVES}) (?:\\S+ ){0,3}weten `;

const INBOUND = [
  new RegExp(INVERTED_WANTS),
  new RegExp(
    ` (?<!(?:ik|we|wij|je|jij|u|hij|zij|ze|schepen|burgemeester|kabinet) )(?:${INVERTED_VERBS}) (?:(?:ook|nu|net|al|dan|ons|mij|me) )*(?:(?:een|de|het|iemand van|een journalist van|de journalist van) )?(?:${PRESS_ALTERNATIVES}) `,
  ),
  near(PRESS_ALTERNATIVES, REQUEST_VERBS, 8),
  near(CONTACT_VERBS, PRESS_ALTERNATIVES, 5),
  near(CONTACT_NOUNS, `(?:van|uit) (?:\\S+ ){0,2}(?:${PRESS_ALTERNATIVES})`, 1),
];

// "over de stormschade in het park": what something is about, up to three words after 'over'.
const ABOUT_PHRASE = / over (?:de |het |een |die |dat )?(?:\S+ ){0,3}/g;

const ASKS_BURGEMEESTER = / (?:burgemeester|burgervader|burgemoeder)\S* /;

// Someone outside who wants to film or photograph (53), as opposed to us hiring a photographer.
const EXTERNAL_WANTS = [
  near(
    EXTERNAL_IMAGE_MAKERS.join('|'),
    'wil|wilt|willen|wou|wilde|vraagt|vroeg|vragen|komt|kwam|mag|mogen|zou|zouden|is|zijn',
    6,
  ),
  near('staat|stond|staan|stonden|er is|er zijn|hangt', `(?:${EXTERNAL_IMAGE_MAKERS.join('|')})`, 3),
];

export function classify(description: string): Classification {
  const prepared = prepare(description);
  const forPress = prepared.replace(NOT_PRESS, ' ');
  const medium = detectMedium(forPress);
  const press = medium !== undefined || PRESS.test(forPress);
  const inbound = press && INBOUND.some((re) => re.test(forPress));
  // Someone of the press named in a staff member's message is there for a reason, whatever the
  // verb ("een journalist van Bruzz met een vraag over …"): for the kind, that is a press question.
  // Not for `inbound`, which tells a situation from a rule question (recognise.ts).
  const pressPresent = medium !== undefined || PRESS_PERSON.test(forPress);
  const schepenCalled =
    anyMatch(prepared, SCHEPEN_CALLED) &&
    (anyMatch(prepared, CALLED_WORDS) || / (?:belde|belt|telefoneerde|contacteerde) /.test(prepared));
  const crisis = anyMatch(prepared, CRISIS) && !anyMatch(prepared, CRISIS_PAST);
  const opinion = anyMatch(prepared, OPINION);
  // For an interview or a camera the crisis must be the setting ("bij de brand staat VTM aan de
  // afzetting"), not the subject ("live over de stormschade in het park").
  const crisisSetting = crisis && anyMatch(prepared.replace(ABOUT_PHRASE, ' '), CRISIS);
  const base = {
    press,
    inbound,
    medium,
    schepenCalled: false,
    mandataryInterview: false,
    crisis: false,
    asksBurgemeester: ASKS_BURGEMEESTER.test(prepared) && !/ schepen\S* /.test(prepared),
    prepared,
  };
  const result = (kind: TriageKind, extra: Partial<Classification> = {}): Classification => ({
    ...base,
    kind,
    ...extra,
  });

  // What we organise or send ourselves (44-49).
  if (anyMatch(prepared, PRESS_CONFERENCE)) return result('persconferentie');
  const releaseNoun = anyMatch(prepared, PRESS_RELEASE_NOUN);
  const outbound = anyMatch(forPress, PRESS_RELEASE_OUTBOUND);
  const firstPerson = anyMatch(prepared, FIRST_PERSON_ACTION);
  if (outbound || (releaseNoun && (!inbound || firstPerson))) return result('persbericht-versturen');

  // What a medium or an external asks of us (50-55).
  if (anyMatch(prepared, ADVERTISING) || (press && anyMatch(prepared, ADVERTISING_WITH_MEDIUM)))
    return result('advertentie-of-mediadeal');
  // "Interview" alone makes an interview request (a student, a writer), unless it is for our own channel.
  const interviewWord = / interview\S* /.test(prepared) && !OWN_CHANNEL.test(prepared);
  // In a crisis (42) an interview or a camera is as much the burgemeester's concern as a question.
  if (anyMatch(prepared, INTERVIEW) && (press || interviewWord))
    return result('interview', {
      mandataryInterview: isMandataryInterview(prepared),
      crisis: crisisSetting,
    });
  // A medium wants a staff member to talk or explain on air or in print: an interview (54).
  if (press && STAFF_SPEAKS.some((re) => re.test(prepared)) && !opinion)
    return result('interview', { crisis: crisisSetting });
  // Photographs someone has ("heeft foto's van het sluikstort") are the topic of a question for
  // our view, not a request to take them.
  const images = anyMatch(prepared, IMAGES) || (!opinion && anyMatch(prepared, IMAGE_THINGS));
  if (images && (press || EXTERNAL_WANTS.some((re) => re.test(prepared))))
    return result('beeldopname', { crisis: crisisSetting });
  if (!press || !(inbound || schepenCalled || pressPresent)) return result('geen-persvraag');
  // A question that asks for the municipality's view is a request for a reaction as a whole, even
  // when it asks for facts too (50).
  if (opinion) return result('reactie-of-standpunt', { schepenCalled, crisis });
  // In a crisis even facts go through the burgemeester or the spokesperson (42).
  if (crisis) return result('reactie-of-standpunt', { schepenCalled, crisis });
  if (anyMatch(prepared, INFORMATIVE) && !schepenCalled) return result('informatieve-vraag');
  // 50: the press contacts a department "voor een reactie of met een vraag"; without a sign that
  // only facts are asked, it is the communication service's. Unless a schepen was called (51,
  // whatever was asked), the staff member knows what was asked: the bot asks back.
  return result('reactie-of-standpunt', { schepenCalled, crisis, unsure: !schepenCalled });
}

// "de schepen interviewen", "de burgemeester spreken": the interviewee is a mandataris unless a
// staff member is named as well ("onze jeugdconsulent", "mij").
const STAFF_TARGET =
  / (?:mij|me|(?:ons|onze|een van onze)(?! (?:schepen|burgemeester|burgervader|voorzitter))|een collega|collega\S*|medewerker\S*|diensthoofd\S*|personeelslid|ambtena\S+|consulent\S*|\S+consulent|\S+ambtenaar|bibliothecaris|redder\S*|archivaris|\S+archivaris|stadsgids|gids|directeur) /;

const STAFF_WORDS =
  'onze \\S+|een van onze \\S+|een collega|collega\\S*|medewerker\\S*|diensthoofd\\S*|personeelslid|ambtena\\S+|\\S*consulent\\S*|\\S+ambtenaar|bibliothecaris|redder\\S*|\\S*archivaris|stadsgids|gids';
const SPEAK_WORDS =
  'praten|te praten|uitleggen|uit te leggen|legt|vertellen|te vertellen|vertelt|toelichten|toe te lichten|spreken|te spreken|getuigen|antwoorden op hun vragen|aan de telefoon|aan de lijn|in de studio|in de uitzending|voor de camera|voor de micro';
const STAFF_SPEAKS = [near(STAFF_WORDS, SPEAK_WORDS, 8), near(SPEAK_WORDS, `met (?:${STAFF_WORDS})`, 2)];

function isMandataryInterview(prepared: string): boolean {
  return anyMatch(prepared, MANDATARY) && !STAFF_TARGET.test(prepared);
}
