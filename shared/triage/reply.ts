// What the bot tells the staff member, in Dutch: what to do now, with names from the organisation
// file, then the organisation's own text of each agreement it rests on. Agreements that were not
// adopted are never cited; variants change the words (46) and the exceptions (45).
import type { EffectiveOrganisation } from '../organisation/types';
import type { Classification } from './classify';
import type { InformEntry } from './people';
import type { Decision } from './rules';
import type { InformRole, TriageClarification } from './types';

/** What a staff member does not do themselves during a crisis, per kind of request. */
const CRISIS_SELF: Partial<Record<Decision['kind'], string>> = {
  'reactie-of-standpunt': 'Geef zelf geen informatie, ook geen feiten of cijfers.',
  // 54's own line says that no staff member gives an interview.
  interview: '',
  beeldopname: 'Geef zelf geen toestemming om te filmen of te fotograferen.',
};

function cite(numbers: number[]): string {
  if (numbers.length === 1) return `(afspraak ${numbers[0]})`;
  return `(afspraken ${numbers.slice(0, -1).join(', ')} en ${numbers[numbers.length - 1]})`;
}

function quote(org: EffectiveOrganisation, n: number): string {
  const a = org.byNumber.get(n);
  if (!a) return '';
  const label =
    a.variant !== null ? `Afspraak ${n} (${(a.variantLabel ?? 'variant').toLowerCase()})` : `Afspraak ${n}`;
  return `• ${label}: “${a.text.replace(/\s+/g, ' ').trim()}”`;
}

export function buildReply(
  c: Classification,
  d: Decision,
  org: EffectiveOrganisation,
  describe: (role: InformRole) => InformEntry,
): string {
  const who = (role: InformRole) => describe(role).label;
  const has = (n: number) => org.byNumber.has(n);
  // The service's contact details once, on its first mention; the plain name after that.
  const cdFull = who('communicatiedienst');
  const cdShort = cdFull.replace(/ \([^)]*\)$/, '');
  let cdMentioned = false;
  const cd = (): string => {
    if (cdMentioned) return cdShort;
    cdMentioned = true;
    return cdFull;
  };
  const lines: string[] = [];
  // 42 is cited only for a crisis: it comes first, whatever the press wants.
  if (d.agreements.includes(42))
    lines.push(
      `Tijdens een crisis staan alleen ${who('burgemeester')} (of de vervanger) en de woordvoerder de pers te woord ${cite([42])}. ${CRISIS_SELF[d.kind] ?? CRISIS_SELF['reactie-of-standpunt']}`.trim(),
    );

  switch (d.kind) {
    case 'reactie-of-standpunt':
      if (d.factsOrView) {
        lines.push(...factsOrViewLines(org, who, cd));
        break;
      }
      if (has(51) && c.schepenCalled)
        lines.push(
          `Belt de pers een schepen voor een reactie, dan koppelt die terug naar ${who('burgemeester')}, ${who('diensthoofd')} en ${cd()}, zodat er geen tegenstrijdige communicatie ontstaat ${cite([51])}.`,
        );
      if (has(50))
        lines.push(
          `Geef zelf geen reactie of standpunt aan de pers. Verwijs de journalist door naar ${cd()}; die neemt contact op met ${who('burgemeester')} en/of ${who('bevoegde-schepen')} ${cite([50])}.`,
        );
      else if (!(has(51) && c.schepenCalled))
        lines.push(
          `Jullie afsprakennota regelt niet uitdrukkelijk wie de pers een reactie geeft. Geef zelf geen standpunt en overleg eerst met ${cd()}.`,
        );
      break;
    case 'informatieve-vraag':
      if (d.fallback === 'no-52')
        lines.push(
          has(50)
            ? `Jullie afsprakennota laat diensten persvragen niet zelf beantwoorden. Verwijs de journalist door naar ${cd()}; die neemt contact op met ${who('burgemeester')} en/of ${who('bevoegde-schepen')} ${cite([50])}.`
            : `Jullie afsprakennota regelt niet uitdrukkelijk wie informatieve persvragen beantwoordt. Overleg eerst met ${cd()}.`,
        );
      else
        lines.push(
          `Dit is een louter informatieve vraag: je dienst mag ze zelf beantwoorden, maar koppel vooraf even terug naar ${who('burgemeester')}, ${who('bevoegde-schepen')} en ${who('diensthoofd')} ${cite([52])}.`,
          `Geef alleen feiten en cijfers. Vraagt de journalist ook een reactie of een mening, verwijs dan door naar ${cd()}.`,
        );
      break;
    case 'interview':
      if (c.mandataryInterview && has(50))
        lines.push(
          `Spreek zelf niets af met de journalist: geef de vraag door aan ${cd()}, die contact opneemt met ${who('bevoegde-schepen')} en/of ${who('burgemeester')} ${cite([50])}.`,
        );
      if (has(54))
        lines.push(
          c.mandataryInterview
            ? `Medewerkers geven zelf geen interviews zonder overleg met en uitdrukkelijke toestemming van de bevoegde mandataris en ${cd()} ${cite([54])}.`
            : `Geef zelf geen interview: dat kan alleen na overleg met en uitdrukkelijke toestemming van de bevoegde mandataris (${who('bevoegde-schepen')}) en ${cd()} ${cite([54])}. Noteer wie wat vraagt en tegen wanneer, en geef het door.`,
        );
      else if (!lines.length)
        lines.push(
          `Jullie afsprakennota regelt interviews niet uitdrukkelijk. Spreek niets af voor je overlegd hebt met ${cd()}.`,
        );
      break;
    case 'beeldopname':
      lines.push(
        has(53)
          ? `Geef zelf geen toestemming om te filmen of te fotograferen. Aanvragen van externen voor beeldopnames gaan altijd naar ${cd()}, die terugkoppelt met het college van burgemeester en schepenen ${cite([53])}.`
          : `Jullie afsprakennota regelt beeldopnames door externen niet uitdrukkelijk. Geef zelf geen toestemming en overleg met ${cd()}.`,
      );
      break;
    case 'advertentie-of-mediadeal':
      lines.push(
        has(55)
          ? `Ga niet zelf in op het aanbod, ook niet als het gratis is: alle contacten voor mediadeals en advertenties lopen via ${cd()}, tenzij dat vooraf anders is afgesproken ${cite([55])}.`
          : `Jullie afsprakennota regelt mediadeals en advertenties niet uitdrukkelijk. Overleg met ${cd()} voor je iets toezegt.`,
      );
      break;
    case 'persbericht-versturen':
      lines.push(...pressReleaseLines(d, org, who, cd));
      break;
    case 'persconferentie':
      lines.push(
        has(49)
          ? `Overleg eerst met ${cd()}: die helpt inschatten of een persconferentie nuttig is. We gaan er spaarzaam mee om: alleen als het onderwerp veel uitleg nodig heeft, veel vragen kan oproepen of als er iets belangwekkends te tonen valt ${cite([49])}. Vaak volstaat een persbericht.`
          : `Jullie afsprakennota regelt persconferenties niet uitdrukkelijk. Overleg met ${cd()} of een persconferentie nuttig is.`,
      );
      break;
    case 'geen-persvraag':
      lines.push(
        'Dit lijkt geen pers- of mediavraag. Gaat het toch om de pers, beschrijf dan wie contact opnam en wat er gevraagd wordt, bijvoorbeeld: “Een journalist van Het Nieuwsblad vraagt hoeveel bezoekers het zwembad had.” Voor een vraag over wie wat mag doen, stel je de vraag gewoon, bijvoorbeeld: “Mag ik zelf een persbericht versturen?”',
      );
      break;
  }

  const quotes = d.agreements.map((n) => quote(org, n)).filter(Boolean);
  if (quotes.length) lines.push('', 'Wat jullie afsprakennota zegt:', ...quotes);
  return lines.join('\n');
}

/**
 * Both answers, when the description does not say whether only facts are asked: what the
 * department may do with facts (52) and what it does with anything else (50, the safe default).
 */
function factsOrViewLines(
  org: EffectiveOrganisation,
  who: (role: InformRole) => string,
  cd: () => string,
): string[] {
  const view = org.byNumber.has(50)
    ? `Geef dan zelf geen antwoord: verwijs de journalist door naar ${cd()}, die contact opneemt met ${who('burgemeester')} en/of ${who('bevoegde-schepen')} ${cite([50])}.`
    : `Geef dan zelf geen antwoord en overleg eerst met ${cd()}.`;
  return [
    'Uit je beschrijving kan ik niet opmaken of de journalist alleen feiten vraagt of ook een reactie, en dat bepaalt wie antwoordt.',
    `• Alleen feiten of cijfers (aantallen, data, uren, een adres …)? Dan mag je dienst zelf antwoorden, met vooraf even een terugkoppeling naar ${who('burgemeester')}, ${who('bevoegde-schepen')} en ${who('diensthoofd')} ${cite([52])}.`,
    `• Een reactie, een mening, uitleg bij een beslissing, of twijfel je? ${view}`,
  ];
}

/** The question back for facts-or-view, with where each answer leads (`facts`: the decision for facts only). */
export function factsOrViewQuestion(facts: Decision): TriageClarification {
  return {
    question: 'Wat wil de journalist weten?',
    choices: [
      { label: 'Alleen feiten of cijfers', kind: 'informatieve-vraag', route: facts.route },
      { label: 'Ook een reactie, of ik twijfel', kind: 'reactie-of-standpunt', route: 'communicatiedienst' },
    ],
  };
}

function pressReleaseLines(
  d: Decision,
  org: EffectiveOrganisation,
  who: (role: InformRole) => string,
  cd: () => string,
): string[] {
  const has = (n: number) => org.byNumber.has(n);
  const lines: string[] = [];
  const a45 = org.byNumber.get(45);
  if (d.fallback === 'exception-45')
    lines.push(
      `Het gaat over de programmatie van het cultuurcentrum: jullie afsprakennota maakt daarvoor een uitzondering, dus het cultuurcentrum mag hierover zelf contact hebben met de pers ${cite([45])}. Houd ${cd()} op de hoogte.`,
    );
  else if (has(44) || has(45)) {
    const nums = [44, 45].filter(has);
    lines.push(
      `Stuur zelf niets naar de pers. ${capitalise(cd())} ${has(44) ? 'maakt het persbericht op, beslist of het nieuwswaardig genoeg is en ' : ''}verstuurt het ${cite(nums)}; jouw dienst is inhoudelijk verantwoordelijk en levert de informatie aan.`,
    );
    if (a45?.variant === 1)
      lines.push(
        `Alleen bij vooraf afgesproken uitzonderingen (bijvoorbeeld het cultuurcentrum over zijn eigen programmatie) mag een dienst zelf persberichten versturen ${cite([45])}.`,
      );
  } else
    lines.push(
      `Jullie afsprakennota regelt niet uitdrukkelijk wie persberichten verstuurt. Overleg met ${cd()} voor je iets naar de pers stuurt.`,
    );
  const a46 = org.byNumber.get(46);
  if (a46?.variant === 1)
    lines.push(
      `${capitalise(who('bevoegde-schepen'))} leest het persbericht vooraf na; ${who('burgemeester')} geeft de finale goedkeuring ${cite([46])}.`,
    );
  else if (a46?.variant === 2)
    lines.push(`Het persbericht bevat een quote van ${who('bevoegde-schepen')} ${cite([46])}.`);
  else if (a46)
    lines.push(
      `Het persbericht wordt ter goedkeuring voorgelegd aan ${who('burgemeester')}, ${who('algemeen-directeur')} en de betrokken dienst ${cite([46])}.`,
    );
  if (has(47))
    lines.push(
      `De leden van het college, de gemeenteraad en het bijzonder comité krijgen het persbericht in kopie ${cite([47])}.`,
    );
  if (has(48))
    lines.push(
      `Als contactpersoon op het persbericht staat voor interviews, quotes en beleidsvragen ${who('bevoegde-schepen')} (met telefoon, e-mail en gsm), voor andere vragen de communicatiedienst ${cite([48])}.`,
    );
  return lines;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
