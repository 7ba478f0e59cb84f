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
      statements: [],
    },
    {
      number: 76,
      lead: `De gemeentediensten zijn zelf inhoudelijk verantwoordelijk voor de informatie op de website en houden deze informatie up-to-date.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 77,
      lead: `Nieuwe elementen of aanpassingen in de structuur van de website kunnen enkel na voorafgaand overleg met de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 78,
      lead: `Medewerkers of diensten kunnen voorstellen doen voor nieuwsberichten bij de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
  ],
};
