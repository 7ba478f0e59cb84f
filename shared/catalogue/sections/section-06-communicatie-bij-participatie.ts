import type { Section } from '../types';

// Section 5.6 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.6',
  title: `Communicatie bij participatie`,
  readMore: [`Dossier – Inspraak & participatie`],
  agreements: [
    {
      number: 38,
      lead: `De communicatiedienst wordt altijd op voorhand betrokken bij participatietrajecten. De communicatiedienst ondersteunt de trajecten met kwaliteitsvolle communicatie voor, tijdens en na het project.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'betrekken',
          objects: ['participatie'],
          conditions: ['altijd op voorhand'],
          involve: ['communicatiedienst'],
          summary: 'Wie een participatietraject opzet, betrekt de communicatiedienst altijd op voorhand.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'ondersteunen',
          objects: ['participatie'],
          summary:
            'De communicatiedienst ondersteunt participatietrajecten met communicatie voor, tijdens en na het project.',
        },
      ],
    },
    {
      number: 39,
      lead: `De gemeente communiceert altijd over wat er uiteindelijk met de output van een participatietraject wordt gedaan. Dit gebeurt met inzet van de expertise van de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'communiceren',
          objects: ['participatie'],
          involve: ['communicatiedienst'],
          summary:
            'De gemeente communiceert altijd over wat er met de resultaten van een participatietraject gebeurt, met de expertise van de communicatiedienst.',
        },
      ],
    },
  ],
};
