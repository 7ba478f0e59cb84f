// Every Dutch sentence of the press desk (forms, desk cards, 1:1 messages, commands).
import type { TriageKind } from '../../shared/triage/types';

export const KIND_LABELS: Record<TriageKind, string> = {
  'informatieve-vraag': 'Informatieve vraag',
  'reactie-of-standpunt': 'Vraag om reactie of standpunt',
  interview: 'Interview',
  beeldopname: 'Beeldopname',
  'advertentie-of-mediadeal': 'Advertentie of mediadeal',
  'persbericht-versturen': 'Persbericht versturen',
  persconferentie: 'Persconferentie',
  'geen-persvraag': 'Andere vraag',
};

export const pressStrings = {
  clarify: {
    title: 'Persvraag: feiten of een reactie?',
  },
  form: {
    title: 'Geef de persvraag door aan de communicatiedienst',
    intro: 'Vul in wat je weet; de communicatiedienst neemt het over. Velden met * zijn nodig.',
    medium: 'Medium (krant, radio, tv …)',
    journalist: 'Journalist',
    contact: 'Contactgegevens van de journalist (telefoon, e-mail)',
    // The renderer marks a required field with its own star.
    question: 'Wat vraagt de journalist?',
    questionMissing: 'Beschrijf kort wat de journalist vraagt.',
    deadlineDate: 'Deadline: datum',
    deadlineTime: 'Deadline: uur',
    deadlineDatePlaceholder: 'Kies een datum (dd/mm/jjjj)',
    deadlineTimePlaceholder: 'Kies een uur (bv. 16:30)',
    department: 'Jouw dienst',
    alreadySaid: 'Wat heb je al gezegd of beloofd?',
    submit: 'Doorgeven aan de communicatiedienst',
    badDeadline: 'Die deadline kan ik niet lezen. Kies een datum (en eventueel een uur) in de kalender.',
    openForm: 'Toch doorgeven aan de communicatiedienst',
    askTitle: 'Wat is er aan de hand?',
    ask:
      'Beschrijf in één bericht wat de journalist wil, bijvoorbeeld: "persvraag Radio 2 vraagt hoeveel bezoekers de bib had". ' +
      'Dan zeg ik je meteen wat je nu moet doen. Of vul hieronder alles in voor de communicatiedienst.',
  },
  submitted: {
    title: (n: string) => `Doorgegeven: ${n}`,
    body: (n: string) =>
      `Je persvraag is bewaard als ${n} en gaat naar de persdesk van de communicatiedienst. ` +
      'Je krijgt hier een bericht zodra iemand ze opneemt en wanneer ze afgesloten is.',
    already: (n: string) => `Deze persvraag was al doorgegeven als ${n}.`,
    noDesk:
      'De communicatiedienst heeft nog geen persdesk-kanaal ingesteld; je vraag is bewaard en komt daar zodra dat kanaal er is. ' +
      'Is het dringend, bel dan ook de communicatiedienst.',
    adviceTitle: 'Wat je nu doet',
    status: {
      open: 'Je vraag staat op de persdesk; nog niemand heeft ze opgenomen.',
      genomen: (who: string) => `${who} van de communicatiedienst volgt je vraag op.`,
      teruggegeven: 'De communicatiedienst heeft je vraag teruggegeven aan je dienst.',
      gesloten: 'Je vraag is afgesloten.',
    },
  },
  card: {
    title: (n: string, kind: string) => `${n} · ${kind}`,
    reminderTitle: (n: string) => `Herinnering: ${n} nadert de deadline en niemand heeft ze opgenomen`,
    ownReminderTitle: (n: string, owner: string | null) =>
      owner ? `Herinnering voor ${owner}: ${n}` : `Herinnering van de persdesk: ${n}`,
    reminderFact: 'Herinnering',
    status: {
      open: 'Nieuw, nog niet opgenomen',
      genomen: (who: string) => `Opgenomen door ${who}`,
      teruggegeven: (who: string) => `Teruggegeven aan de dienst door ${who}`,
      gesloten: (who: string) => `Afgesloten door ${who}`,
    },
    medium: 'Medium',
    journalist: 'Journalist',
    contact: 'Contact',
    question: 'Vraag',
    deadline: 'Deadline',
    noDeadline: 'geen deadline opgegeven',
    department: 'Dienst',
    requester: 'Doorgegeven door',
    alreadySaid: 'Al gezegd',
    description: 'Situatie',
    agreements: 'Afspraken',
    outcome: 'Uitkomst',
    handbackNote: 'Toelichting',
    informTitle: 'Wie moet geïnformeerd worden',
    informed: 'geïnformeerd',
    notInformed: 'nog te informeren',
    take: 'Ik neem dit op',
    handBack: 'Teruggeven aan de dienst',
    handBackNote: 'Toelichting voor de dienst (bv. "jullie mogen zelf antwoorden, afspraak 52")',
    close: 'Afsluiten',
    outcomeInput: 'Uitkomst (kort): wat is er geantwoord of afgesproken?',
    // Shown by Teams under the empty field; the store refuses an empty outcome in the same words.
    outcomeMissing: 'Schrijf kort hoe de persvraag afgehandeld is, dan kan je ze afsluiten.',
    markInformed: (label: string) => `✓ ${label}`,
    unmarkInformed: (label: string) => `↺ ${label}`,
    refresh: 'Vernieuwen',
    someoneElse: 'een collega',
  },
  requester: {
    taken: (n: string, who: string | null) =>
      who
        ? `Je persvraag ${n} is opgenomen door ${who} van de communicatiedienst. ${who} volgt ze verder op; geef zelf geen reactie aan de pers.`
        : `Je persvraag ${n} is opgenomen door de communicatiedienst, die ze verder opvolgt; geef zelf geen reactie aan de pers.`,
    closed: (n: string, outcome: string) => `Je persvraag ${n} is afgesloten. Uitkomst: ${outcome}`,
    handedBack: (n: string, note: string | null) =>
      `De communicatiedienst heeft je persvraag ${n} teruggegeven aan je dienst.` +
      (note
        ? ` Toelichting: ${note}`
        : ' Neem contact op met de communicatiedienst als iets niet duidelijk is.'),
  },
  desk: {
    setUp: (channel: string) =>
      `Dit kanaal${channel ? ` (${channel})` : ''} is nu de persdesk. Nieuwe persvragen verschijnen hier als kaart. ` +
      'Typ "overzicht" (met @Afspraak) voor de openstaande vragen.',
    notChannel:
      'Stel de persdesk in vanuit een kanaal van het team van de communicatiedienst: typ daar "@Afspraak persdesk instellen".',
    notMember: (whom: string) =>
      'Alleen de communicatiedienst kan de persdesk instellen of persvragen behandelen. ' +
      `Hoort dat bij jou? Vraag ${whom} om je als lid van de persdesk te laten toevoegen.`,
    notConfigured: (whom: string) =>
      'Er is nog niemand als lid van de persdesk ingesteld, dus niemand kan hem al instellen. ' +
      `Vraag ${whom} om de leden te laten toevoegen door de beheerder van Afspraak.`,
    overviewTitle: 'Openstaande persvragen, volgens deadline',
    overviewEmpty: 'Er staan geen persvragen open.',
    overviewLine: (n: string, kind: string, deadline: string, owner: string) =>
      `${n} · ${kind} · ${deadline} · ${owner}`,
    unowned: 'nog niemand',
  },
  refused: 'Alleen de communicatiedienst kan persvragen op de persdesk behandelen. Er is niets veranderd.',
  unknownRequest: 'Deze persvraag kan ik niet (meer) terugvinden.',
  unknownAction:
    'Die knop ken ik niet (meer); er is niets veranderd. Vernieuw de kaart en probeer het opnieuw. Lukt het niet, meld het dan aan de beheerder.',
};
