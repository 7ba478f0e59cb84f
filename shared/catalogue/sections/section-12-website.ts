import type { Section } from '../types';

// Section 5.12 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.12',
  title: `Website`,
  readMore: [`Dossier - Website`],
  agreements: [
    {
      number: 75,
      lead: `De communicatiedienst beheert de website van de gemeente.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'beheren',
          objects: ['website'],
          summary: 'De communicatiedienst beheert de website van de gemeente.',
        },
      ],
    },
    {
      number: 76,
      lead: `De gemeentediensten zijn zelf inhoudelijk verantwoordelijk voor de informatie op de website en houden deze informatie up-to-date.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'bijwerken',
          objects: ['website'],
          summary:
            'Diensten zijn zelf inhoudelijk verantwoordelijk voor hun informatie op de website en houden die up-to-date.',
        },
      ],
    },
    {
      number: 77,
      lead: `Nieuwe elementen of aanpassingen in de structuur van de website kunnen enkel na voorafgaand overleg met de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'mag-mits',
          action: 'aanpassen',
          objects: ['website-structuur', 'website'],
          conditions: ['enkel na voorafgaand overleg met de communicatiedienst'],
          involve: ['communicatiedienst'],
          summary:
            'Nieuwe elementen of aanpassingen in de structuur van de website kunnen enkel na voorafgaand overleg met de communicatiedienst.',
        },
      ],
    },
    {
      number: 78,
      lead: `Medewerkers of diensten kunnen voorstellen doen voor nieuwsberichten bij de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'medewerker',
          modality: 'mag',
          action: 'voorstellen',
          objects: ['nieuwsbericht', 'website'],
          involve: ['communicatiedienst'],
          summary:
            'Medewerkers kunnen bij de communicatiedienst nieuwsberichten voor de website voorstellen.',
        },
        {
          actor: 'dienst',
          modality: 'mag',
          action: 'voorstellen',
          objects: ['nieuwsbericht', 'website'],
          involve: ['communicatiedienst'],
          summary: 'Diensten kunnen bij de communicatiedienst nieuwsberichten voor de website voorstellen.',
        },
      ],
    },
  ],
};
