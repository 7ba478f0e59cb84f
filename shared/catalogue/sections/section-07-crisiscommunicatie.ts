import type { Section } from '../types';

// Section 5.7 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.7',
  title: `Crisiscommunicatie`,
  readMore: [`Dossier – Crisiscommunicatie`],
  agreements: [
    {
      number: 40,
      lead: `Bij de afkondiging van de gemeentelijke noodfase, is de communicatieverantwoordelijke als D5 een cruciale schakel. Dat veronderstelt in het noodplanningsproces een snelle inzet van de communicatieverantwoordelijke vanuit het crisiscentrum.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 41,
      lead: `De communicatieverantwoordelijke bepaalt als D5 wanneer welke informatie wordt gecommuniceerd en krijgt daartoe input van de verschillende disciplines (medisch, noodplanambtenaar, hulpverlening, politie ...).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 42,
      lead: `Bij crisissituaties wordt steeds gecommuniceerd vanuit de burgemeester (of zijn vervanger) of de woordvoerder (diensthoofd communicatie of vervanger). Zij consulteren elkaar en de ambtenaar noodplanning over de inhoud van de boodschap.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
  ],
};
