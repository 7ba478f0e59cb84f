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
      statements: [
        {
          actor: 'communicatieverantwoordelijke',
          modality: 'moet',
          action: 'coordineren',
          objects: ['crisis'],
          summary:
            'Bij een gemeentelijke noodfase is de communicatieverantwoordelijke (D5) een cruciale schakel en wordt die snel ingezet vanuit het crisiscentrum.',
        },
      ],
    },
    {
      number: 41,
      lead: `De communicatieverantwoordelijke bepaalt als D5 wanneer welke informatie wordt gecommuniceerd en krijgt daartoe input van de verschillende disciplines (medisch, noodplanambtenaar, hulpverlening, politie ...).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatieverantwoordelijke',
          modality: 'info',
          action: 'beslissen',
          objects: ['crisis'],
          involve: ['ambtenaar-noodplanning'],
          summary:
            'In een crisis bepaalt de communicatieverantwoordelijke (D5) wanneer welke informatie gecommuniceerd wordt, met input van de andere disciplines.',
        },
      ],
    },
    {
      number: 42,
      lead: `Bij crisissituaties wordt steeds gecommuniceerd vanuit de burgemeester (of zijn vervanger) of de woordvoerder (diensthoofd communicatie of vervanger). Zij consulteren elkaar en de ambtenaar noodplanning over de inhoud van de boodschap.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'burgemeester',
          modality: 'moet',
          action: 'woord-voeren',
          objects: ['crisis'],
          involve: ['communicatieverantwoordelijke', 'ambtenaar-noodplanning'],
          summary:
            'In een crisis wordt gecommuniceerd vanuit de burgemeester (of zijn vervanger) of de woordvoerder; zij stemmen de boodschap af met de ambtenaar noodplanning.',
        },
        {
          actor: 'communicatieverantwoordelijke',
          modality: 'mag',
          action: 'woord-voeren',
          objects: ['crisis'],
          involve: ['burgemeester', 'ambtenaar-noodplanning'],
          summary:
            'In een crisis kan ook de woordvoerder (het diensthoofd communicatie of een vervanger) communiceren, in overleg met de burgemeester en de ambtenaar noodplanning.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'communiceren',
          objects: ['crisis'],
          involve: ['burgemeester', 'communicatieverantwoordelijke'],
          summary:
            'In een crisis communiceren enkel de burgemeester en de woordvoerder naar buiten, niet andere medewerkers.',
        },
        {
          actor: 'schepen',
          modality: 'mag-niet',
          action: 'communiceren',
          objects: ['crisis'],
          involve: ['burgemeester', 'communicatieverantwoordelijke'],
          summary:
            'In een crisis wordt gecommuniceerd vanuit de burgemeester of de woordvoerder, niet vanuit een schepen.',
        },
      ],
    },
  ],
};
