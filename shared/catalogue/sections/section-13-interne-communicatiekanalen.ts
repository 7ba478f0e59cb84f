import type { Section } from '../types';

// Section 5.13 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.13',
  title: `Interne communicatiekanalen`,
  readMore: [`Dossier – Interne communicatiekanalen`],
  agreements: [
    {
      number: 79,
      subsection: `Intranet`,
      lead: `De communicatiedienst is verantwoordelijk voor het algemeen beheer van het intranet.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'beheren',
          objects: ['intranet'],
          summary: 'De communicatiedienst is verantwoordelijk voor het algemeen beheer van het intranet.',
        },
      ],
    },
    {
      number: 80,
      subsection: `Intranet`,
      lead: `Elke dienst heeft een aangestelde redacteur die verantwoordelijk is voor berichten op het intranet uit de betreffende dienst. Redacteurs worden aangesteld en opgeleid door de communicatiedienst. Ze beheren hun sites en pagina’s en houden die up-to-date. De communicatiedienst is verantwoordelijk voor de eindredactie en publicatie van berichten.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'redacteur',
          modality: 'moet',
          action: 'bijwerken',
          objects: ['intranet'],
          summary:
            'De redacteur van een dienst beheert de sites en pagina’s van die dienst op het intranet en houdt ze up-to-date.',
        },
        {
          actor: 'redacteur',
          modality: 'info',
          action: 'aanleveren',
          objects: ['nieuwsbericht', 'intranet'],
          involve: ['communicatiedienst'],
          summary: 'De redacteur is verantwoordelijk voor de berichten op het intranet uit de eigen dienst.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'publiceren',
          objects: ['nieuwsbericht', 'intranet'],
          summary: 'De communicatiedienst doet de eindredactie en publicatie van berichten op het intranet.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'aanstellen',
          objects: ['intranet'],
          involve: ['redacteur'],
          summary: 'De communicatiedienst stelt de redacteurs aan en leidt ze op.',
        },
      ],
    },
    {
      number: 81,
      subsection: `Intranet`,
      lead: `Nieuwe functionaliteiten of aanpassingen in de menu- en navigatiestructuur kunnen enkel na overleg met de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'mag-mits',
          action: 'aanpassen',
          objects: ['intranet-structuur', 'intranet'],
          conditions: ['enkel na overleg met de communicatiedienst'],
          involve: ['communicatiedienst'],
          summary:
            'Nieuwe functies of aanpassingen in de menu- en navigatiestructuur van het intranet kunnen enkel na overleg met de communicatiedienst.',
        },
      ],
    },
    {
      number: 82,
      subsection: `Intranet`,
      lead: `Enkel de communicatiedienst publiceert nieuwsberichten.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'publiceren',
          objects: ['nieuwsbericht', 'intranet'],
          summary: 'Enkel de communicatiedienst publiceert nieuwsberichten op het intranet.',
        },
        {
          actor: 'dienst',
          modality: 'mag-niet',
          action: 'publiceren',
          objects: ['nieuwsbericht', 'intranet'],
          involve: ['communicatiedienst'],
          summary:
            'Een dienst publiceert zelf geen nieuwsberichten op het intranet; dat doet de communicatiedienst.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'publiceren',
          objects: ['nieuwsbericht', 'intranet'],
          involve: ['communicatiedienst'],
          summary:
            'Een medewerker publiceert zelf geen nieuwsberichten op het intranet; dat doet de communicatiedienst.',
        },
        {
          actor: 'redacteur',
          modality: 'mag-niet',
          action: 'publiceren',
          objects: ['nieuwsbericht', 'intranet'],
          involve: ['communicatiedienst'],
          summary:
            'Ook een redacteur publiceert zelf geen nieuwsberichten op het intranet; dat doet de communicatiedienst.',
        },
      ],
    },
    {
      number: 83,
      subsection: `Intranet`,
      lead: `Voorstellen voor nieuwsberichten of nieuwe pagina’s zijn welkom bij de communicatiedienst. De communicatiedienst beslist over de nieuwswaarde en de wenselijkheid van het aangevraagde bericht of pagina.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'medewerker',
          modality: 'mag',
          action: 'voorstellen',
          objects: ['nieuwsbericht', 'intranet'],
          involve: ['communicatiedienst'],
          summary:
            'Voorstellen voor nieuwsberichten of nieuwe pagina’s op het intranet zijn welkom bij de communicatiedienst.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'beslissen',
          objects: ['nieuwsbericht', 'intranet'],
          summary:
            'De communicatiedienst beslist over de nieuwswaarde en de wenselijkheid van een gevraagd bericht of pagina.',
        },
      ],
    },
    {
      number: 84,
      subsection: `Andere interne communicatiekanalen`,
      lead: `De communicatiedienst is verantwoordelijk voor de samenstelling, eindredactie en opmaak van de interne communicatiekanalen (zoals de interne nieuwsbrief, het personeelsmagazine ...). Diensten kunnen items aanleveren via de afgesproken kanalen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'beheren',
          objects: ['interne-communicatie'],
          summary:
            'De communicatiedienst zorgt voor de samenstelling, eindredactie en opmaak van de interne kanalen, zoals de interne nieuwsbrief en het personeelsmagazine.',
        },
        {
          actor: 'dienst',
          modality: 'mag',
          action: 'aanleveren',
          objects: ['interne-communicatie'],
          conditions: ['via de afgesproken kanalen'],
          involve: ['communicatiedienst'],
          summary: 'Diensten kunnen items voor de interne kanalen aanleveren via de afgesproken kanalen.',
        },
      ],
    },
  ],
};
