import type { Section } from '../types';

// Section 5.2 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.2',
  title: `Gemeentediensten en communicatiedienst: elk met een eigen rol in communicatie`,
  readMore: [],
  agreements: [
    {
      number: 8,
      lead: `De communicatiedienst begeleidt en ondersteunt de diensten bij de communicatie over hun activiteiten. In onderling overleg en afhankelijk van de noden gebeurt deze ondersteuning in eigen huis of met inzet van externen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'ondersteunen',
          objects: ['project'],
          involve: ['dienst'],
          summary:
            'De communicatiedienst begeleidt en ondersteunt de diensten bij de communicatie over hun activiteiten, in eigen huis of met externen, in onderling overleg.',
        },
      ],
    },
    {
      number: 9,
      lead: `We vermijden een last-minute inzet van de communicatiedienst. Als een gemeentedienst een project voorbereidt dat communicatie veronderstelt, overlegt deze in een vroeg stadium met de communicatiedienst de doelen, aanpak, planning en eventuele kosten van de communicatie.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'overleggen',
          objects: ['project'],
          conditions: ['in een vroeg stadium, niet last-minute'],
          involve: ['communicatiedienst'],
          summary:
            'Een dienst die een project met communicatie voorbereidt, overlegt in een vroeg stadium met de communicatiedienst over de doelen, aanpak, planning en kosten van die communicatie.',
        },
      ],
    },
    {
      number: 10,
      lead: `De communicatiedienst is niet louter een producent en beheerder van kanalen. De communicatiedienst neemt ook rollen op als observator, communicatiestrateeg en communicatiecoach.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
      noStatements:
        'Beschrijft de rollen van de communicatiedienst (observator, communicatiestrateeg, communicatiecoach), geen afspraak over wie wat mag of moet.',
    },
    {
      number: 11,
      lead: `De communicatiedienst ondersteunt medewerkers, die dagelijks in contact komen met burgers (onthaal, buitendiensten, loket …) bij de uitvoering van hun informatietaak (de decretale informatieplicht).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'ondersteunen',
          objects: ['informatieplicht'],
          involve: ['medewerker'],
          summary:
            'De communicatiedienst ondersteunt medewerkers die dagelijks met burgers in contact komen (onthaal, loket, buitendiensten) bij hun informatieplicht.',
        },
      ],
    },
    {
      number: 12,
      lead: `De communicatiedienst informeert en sensibiliseert de diensten over openbaarheid van bestuur. Ze registreert en behandelt de aanvragen.`,
      points: [],
      variants: [],
      readMore: [`Wat is openbaarheid van bestuur?`],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'behandelen',
          objects: ['openbaarheid'],
          summary:
            'De communicatiedienst registreert en behandelt de aanvragen tot openbaarheid van bestuur.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'informeren',
          objects: ['openbaarheid'],
          involve: ['dienst'],
          summary:
            'De communicatiedienst informeert en sensibiliseert de diensten over openbaarheid van bestuur.',
        },
      ],
    },
    {
      number: 13,
      lead: `De communicatiedienst treedt op als klachtencoördinator. Deze registreert de klacht, vraagt intern feedback bij collega’s/ schepenen en beantwoordt de klacht.`,
      points: [],
      variants: [
        {
          number: 1,
          label: 'Variant',
          text: `De communicatiedienst is geen klachtencoördinator, deze taak wordt opgenomen door een andere dienst (specifieer).`,
          statements: [
            {
              actor: 'dienst',
              modality: 'moet',
              action: 'behandelen',
              objects: ['klacht'],
              summary:
                'Niet de communicatiedienst maar een andere dienst, door de organisatie aangeduid, coördineert de klachten.',
            },
          ],
        },
      ],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'behandelen',
          objects: ['klacht'],
          involve: ['dienst', 'schepen'],
          summary:
            'De communicatiedienst is klachtencoördinator: ze registreert de klacht en vraagt intern feedback aan collega’s en schepenen.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'beantwoorden',
          objects: ['klacht'],
          involve: ['dienst', 'schepen'],
          summary:
            'De communicatiedienst beantwoordt de klacht, na feedback van de betrokken collega’s en schepenen.',
        },
      ],
    },
    {
      number: 14,
      lead: `De communicatiedienst ontwikkelt en beheert een beelddatabank.`,
      points: [],
      variants: [],
      readMore: [`Hoe leg je best een beelddatabank aan?`],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'beheren',
          objects: ['beelddatabank'],
          summary: 'De communicatiedienst ontwikkelt en beheert de beelddatabank.',
        },
      ],
    },
    {
      number: 15,
      lead: `De communicatiedienst werkt samen met een redactieraad. Deze raad werkt mee aan redactiebeleid en aan het selecteren, plannen en aanleveren van content voor de verschillende kanalen van de gemeente: informatieblad, website, nieuwsbrief, sociale media …  De communicatiedienst maakt hier werk van contentplanning en kwaliteitszorg.`,
      points: [],
      tail: `Het is ook wenselijk om samenstelling, rollen en taken van de redactieraad te bepalen.`,
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'plannen',
          objects: ['redactiebeleid', 'infoblad', 'website', 'nieuwsbrief', 'sociale-media'],
          involve: ['redactieraad'],
          summary:
            'De communicatiedienst zorgt, samen met de redactieraad, voor de contentplanning en de kwaliteitszorg van de kanalen.',
        },
        {
          actor: 'redactieraad',
          modality: 'info',
          action: 'aanleveren',
          objects: ['redactiebeleid', 'infoblad', 'website', 'nieuwsbrief', 'sociale-media'],
          involve: ['communicatiedienst'],
          summary:
            'De redactieraad werkt mee aan het redactiebeleid en selecteert, plant en levert content aan voor infoblad, website, nieuwsbrief en sociale media.',
        },
      ],
    },
    {
      number: 16,
      lead: `Alle personeelsleden stellen zich informeringsgevoelig op: zij ontwikkelen communicatiereflexen en geven hun onderwerpen of andere suggesties met betrekking tot interne en/of externe communicatie door aan de communicatiedienst`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'medewerker',
          modality: 'moet',
          action: 'aanleveren',
          objects: ['communicatie-suggestie'],
          involve: ['communicatiedienst'],
          summary:
            'Elk personeelslid geeft onderwerpen en suggesties voor interne of externe communicatie door aan de communicatiedienst.',
        },
      ],
    },
    {
      number: 17,
      lead: `Leidinggevenden hebben een prominente verantwoordelijkheid als sleutelfiguur in interne en externe communicatie. In het bijzonder zijn ze mee verantwoordelijk voor een structurele informatiedoorstroming binnen hun dienst en afdeling. Zowel bij aanwerving, functioneringsgesprekken als evaluatie van leidinggevenden is dit een belangrijk aandachtspunt.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'leidinggevende',
          modality: 'moet',
          action: 'informeren',
          objects: ['informatiedoorstroming', 'interne-communicatie'],
          summary:
            'Leidinggevenden zijn mee verantwoordelijk voor een vlotte informatiedoorstroming binnen hun dienst en afdeling.',
        },
      ],
    },
  ],
};
