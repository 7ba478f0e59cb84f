// Every Dutch sentence the bot itself writes (the answers themselves come from shared/ask).
// Flemish usage, informal "je" as colleagues write to each other in Teams.
import type { Modality } from '../../shared/catalogue/types';

export const EXAMPLE_QUESTIONS = [
  'Mag ik zelf iets op Facebook zetten over ons jeugdkamp?',
  'Wie ondertekent een brief aan een bewoner over een bouwvergunning?',
  'Een schepen wil een interview geven aan TV Limburg. Moet dat via de communicatiedienst?',
  'Ik heb een tekst met ChatGPT geschreven. Moet ik dat melden?',
] as const;

export const strings = {
  welcome: {
    title: 'Dag! Ik ben Afspraak.',
    intro: (organisation: string) =>
      `Ik ken de communicatieafspraken van ${organisation}. Vraag me in je eigen woorden wie wat mag ` +
      'in communicatie: ik antwoord met wat er afgesproken is, wie je erbij betrekt en op welke afspraak dat steunt.',
    examplesTitle: 'Probeer bijvoorbeeld:',
    teamIntro: (organisation: string) =>
      `Dag allemaal! Ik ken de communicatieafspraken van ${organisation}. ` +
      'Noem mij (@Afspraak) in een bericht met je vraag, bijvoorbeeld:',
    helpHint: 'Typ "help" om te zien wat ik nog kan.',
  },
  help: {
    title: 'Wat kan ik voor je doen?',
    askTitle: 'Een vraag stellen',
    ask: 'Stel je vraag gewoon in je eigen woorden. Ik zeg of het mag, wie je erbij betrekt en op welke afspraak dat steunt.',
    pressTitle: 'Een journalist of de pers contacteert je',
    press:
      // What is asked decides who answers (facts: the department; a view: the service), so the
      // example says it; without it the bot asks back.
      'Beschrijf wat er gebeurt en wat de journalist vraagt (bijvoorbeeld "een journalist van Het Nieuwsblad belt en wil weten waarom het zwembad sluit") ' +
      'of typ "persvraag". Ik zeg wat je nu doet en geef de vraag zo nodig door aan de communicatiedienst.',
    channelTitle: 'In een kanaal of groepschat',
    channel: 'Noem mij met @Afspraak voor je vraag, anders zie ik je bericht niet.',
    feedbackTitle: 'Was het antwoord nuttig?',
    feedback:
      'Gebruik de knoppen onder elk antwoord. De communicatiedienst leest die reacties na ' +
      '(typ "feedback" als je bij de communicatiedienst hoort).',
    examplesTitle: 'Voorbeelden',
  },
  input: {
    empty: 'Ik kreeg een leeg bericht. Typ je vraag in een zin, bijvoorbeeld: ' + `"${EXAMPLE_QUESTIONS[0]}"`,
    attachmentOnly:
      'Ik kan geen bestanden of afbeeldingen lezen, alleen tekst. Typ je vraag in een zin. ' +
      'Wil je een document nakijken tegen de afspraken? Gebruik dan de Afspraak-invoegtoepassing in Word.',
    tooLong: (length: number) =>
      `Je bericht is te lang om te lezen (${formatNumber(length)} tekens). Stel je vraag kort, in een ` +
      'of twee zinnen. Wil je een hele tekst nakijken tegen de afspraken? Gebruik dan de ' +
      'Afspraak-invoegtoepassing in Word.',
    truncated: (length: number, kept: number) =>
      `Je bericht is erg lang (${formatNumber(length)} tekens). Ik heb alleen het begin gelezen ` +
      `(de eerste ${formatNumber(kept)} tekens) en antwoord daarop. Stel je vraag liefst kort en in een zin.`,
  },
  feedbackReview: {
    title: 'Reacties op de antwoorden',
    empty: 'Er zijn nog geen reacties op antwoorden.',
    totals: (helpful: number, notHelpful: number) =>
      `${helpful} keer nuttig, ${notHelpful} keer niet nuttig.`,
    worstTitle: 'Vaakst niet nuttig',
    agreementLine: (agreement: number | null, notHelpful: number, helpful: number) =>
      `${agreement === null ? 'Vragen buiten de afspraken' : `Afspraak ${agreement}`}: ${notHelpful} keer niet nuttig, ${helpful} keer nuttig`,
    recentTitle: 'Laatste vragen met een onnuttig antwoord',
    recentLine: (question: string, agreement: number | null, at: Date) =>
      `${formatDate(at)}: "${question.length > 200 ? `${question.slice(0, 200)} …` : question}" (${agreement === null ? 'buiten de afspraken' : `afspraak ${agreement}`})`,
    notMember:
      'Alleen de communicatiedienst kan de reacties op antwoorden bekijken. ' +
      'Hoor je daarbij? Vraag dan de beheerder om je toe te voegen aan PRESS_DESK_MEMBERS.',
  },
  smallTalk: {
    thanks: 'Graag gedaan! Nog een vraag over wie wat mag in communicatie? Stel ze gerust.',
  },
  errors: {
    apology:
      'Sorry, er ging iets mis aan mijn kant. Probeer het zo meteen opnieuw. ' +
      'Blijft het misgaan, neem dan contact op met de communicatiedienst.',
    tenantRefused:
      'Sorry, Afspraak is alleen beschikbaar voor medewerkers van de organisatie die de app heeft ingesteld. ' +
      'Ik bewaar niets van dit gesprek.',
    unknownAction: (verb: string) =>
      `Deze knop ("${verb}") ken ik niet (meer). Stel je vraag gerust opnieuw in de chat.`,
    badAction: 'Deze knop werkt niet zoals verwacht. Stel je vraag gerust opnieuw in de chat.',
    staleQuestion: 'Ik kan deze vraag niet meer terugvinden. Stel ze gerust opnieuw in de chat.',
  },
  answer: {
    contactTitle: 'Contacteer',
    agreementTitle: (n: number, section: string) => `Afspraak ${n} · ${section}`,
    quoteIntro: (n: number, section: string) =>
      `Zo staat het in afspraak ${n}${section ? ` (${section})` : ''}:`,
    variant: (label: string) => `(${label})`,
    openInTab: 'Open in Afspraken',
    otherMatchesTitle: 'Bedoel je misschien:',
    otherMatch: (n: number, excerpt: string) => `Afspraak ${n}: ${excerpt}`,
    helpful: 'Nuttig',
    notHelpful: 'Niet nuttig',
    feedbackQuestion: 'Was dit antwoord nuttig?',
    thanksHelpful: 'Bedankt! Fijn dat het antwoord hielp.',
    thanksNotHelpful: 'Bedankt voor je reactie. De communicatiedienst kijkt deze vraag na.',
    outOfScopeTitle: 'Dit staat niet in de afspraken',
    yourQuestion: (q: string) => `Je vraag: "${q}"`,
    noMoreMatches: 'Ik vond geen andere afspraken die bij je vraag passen.',
    shownOther: (n: number) => `Ik toon afspraak ${n}.`,
  },
  verdicts: {
    mag: 'Ja, dat mag.',
    'mag-niet': 'Nee, dat mag niet.',
    'mag-mits': 'Ja, maar onder voorwaarden.',
    moet: 'Ja, dat moet.',
    info: 'Dit is afgesproken:',
  } satisfies Record<Modality, string>,
} as const;

/** 25 november 2026, 14:05 (Brussels time). */
export function formatDate(at: Date): string {
  return new Intl.DateTimeFormat('nl-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Brussels',
  }).format(at);
}

/** 20000 → "20 000", as Flemish texts write large numbers. */
export function formatNumber(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
