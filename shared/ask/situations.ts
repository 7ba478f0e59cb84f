// Each agreement's situation in a few plain words, for the buttons of a clarifying question ("Gaat
// het over een persbericht zelf versturen of over een eigen pagina op sociale media?") and for
// "Bedoel je misschien". A Teams button shows about 45 characters on one line, so each label keeps
// to 40. Written as a staff member would name the situation, not as the note titles it.
import type { EffectiveAgreement } from '../organisation/types';

export const MAX_LABEL_LENGTH = 40;

export const SITUATIONS: Readonly<Record<number, string>> = {
  1: 'het communicatiebeleidsplan opmaken',
  2: 'de opvolging van het communicatieplan',
  3: 'overleg van schepen en communicatie',
  4: 'welke communicatie-acties nodig zijn',
  5: 'communicatie in het managementteam',
  6: 'communicatieadvies bij collegepunten',
  7: 'de communicatieparagraaf bij een besluit',
  8: 'hulp bij de communicatie van je dienst',
  9: 'de communicatiedienst tijdig betrekken',
  10: 'de rollen van de communicatiedienst',
  11: 'steun voor onthaal en loket',
  12: 'openbaarheid van bestuur',
  13: 'klachten van burgers',
  14: 'de beelddatabank',
  15: 'de redactieraad',
  16: 'onderwerpen aanbrengen voor communicatie',
  17: 'leidinggevenden die info doorgeven',
  18: 'de normen voor overheidscommunicatie',
  19: 'toegankelijke en inclusieve communicatie',
  20: 'het publiek centraal in beelden',
  21: 'de huisstijl van de gemeente',
  22: 'je of u schrijven',
  23: 'het beeldbeleid en foto’s van mensen',
  24: 'auteursrecht op foto’s',
  25: 'opleiding van de communicatiedienst',
  26: 'beleidsoverleg schepen en diensthoofd',
  27: 'afspraken tussen schepen en dienst',
  28: 'terugkoppeling van collegebeslissingen',
  29: 'terugkoppeling over personeelszaken',
  30: 'beleid dat nog niet beslist is',
  31: 'een collegevoorstel vóór de raad beslist',
  32: 'mandatarissen in gemeentelijke kanalen',
  33: 'politieke communicatie van mandatarissen',
  34: 'mandatarissen bij posts van de gemeente',
  35: 'een burger die een mandataris aanspreekt',
  36: 'wie een brief ondertekent',
  37: 'politieke terughoudendheid van personeel',
  38: 'een participatietraject opzetten',
  39: 'terugkoppeling na participatie',
  40: 'communicatie in de noodfase',
  41: 'wie beslist over crisiscommunicatie',
  42: 'wie spreekt bij een crisis',
  43: 'de persplanning',
  44: 'een persbericht laten schrijven',
  45: 'een persbericht zelf versturen',
  46: 'een quote in het persbericht',
  47: 'wie het persbericht in kopie krijgt',
  48: 'de contactpersoon op een persbericht',
  49: 'een persconferentie houden',
  50: 'een journalist die om een reactie vraagt',
  51: 'de pers belt een schepen',
  52: 'een louter informatieve persvraag',
  53: 'filmen of fotograferen door externen',
  54: 'zelf een interview geven',
  55: 'advertenties en mediadeals',
  56: 'de sociale media van de gemeente',
  57: 'een eigen pagina op sociale media',
  58: 'reacties op de pagina’s van de gemeente',
  59: 'vragen van burgers op sociale media',
  60: 'lokale groepen op sociale media',
  61: 'kritiek op de gemeente op sociale media',
  62: 'de planning van het infoblad',
  63: 'het redactiestatuut van het infoblad',
  64: 'de inhoud van het infoblad',
  65: 'deadlines voor het infoblad',
  66: 'eindredactie van het infoblad',
  67: 'de activiteitenkalender van het infoblad',
  68: 'drukwerk laten maken',
  69: 'tijdig overleg over communicatiemiddelen',
  70: 'teksten en beelden aanleveren',
  71: 'een ontwerp nakijken en goedkeuren',
  72: 'een eigen huisstijl gebruiken',
  73: 'contact met drukkers en fotografen',
  74: 'het logo van de gemeente gebruiken',
  75: 'het beheer van de website',
  76: 'de inhoud van je webpagina’s',
  77: 'de structuur van de website aanpassen',
  78: 'een nieuwsbericht voor de website',
  79: 'het beheer van het intranet',
  80: 'de redacteur van je dienst op intranet',
  81: 'het menu van het intranet aanpassen',
  82: 'zelf iets op het intranet publiceren',
  83: 'een voorstel voor het intranet',
  84: 'de interne nieuwsbrief',
  85: 'AI bij de communicatiedienst',
  86: 'melden dat de dienst AI gebruikte',
  87: 'melden dat je AI gebruikte',
};

/**
 * The situation an agreement is about, lower case to stand inside a sentence. An organisation's own
 * agreement has no label here: its first statement's summary, or its text, cut at a word.
 */
export function situationLabel(a: EffectiveAgreement): string {
  const own = a.origin === 'added' ? undefined : SITUATIONS[a.number];
  if (own) return own;
  const source = (a.statements[0]?.summary ?? a.lead ?? a.text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]$/, '');
  return cutAtWord(source.charAt(0).toLowerCase() + source.slice(1), MAX_LABEL_LENGTH);
}

/** The label as a button title: a capital first. */
export function buttonLabel(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 2);
  const at = cut.lastIndexOf(' ');
  return `${cut.slice(0, at > 10 ? at : cut.length)} …`;
}
