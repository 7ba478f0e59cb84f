import type { Section } from '../types';

// Section 5.1 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.1',
  title: `Afspraken die helpen om beleid te vertalen naar communicatiebeleid`,
  readMore: [],
  agreements: [
    {
      number: 1,
      lead: `De communicatiedienst maakt op basis van de organisatiedoelen een gepast communicatiebeleidsplan.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'opmaken',
          objects: ['communicatiebeleidsplan'],
          summary:
            'De communicatiedienst maakt het communicatiebeleidsplan op, vertrekkend van de organisatiedoelen.',
        },
      ],
    },
    {
      number: 2,
      lead: `De communicatiedienst is verantwoordelijk voor de planning, realisatie en evaluatie van het communicatiebeleidsplan.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'plannen',
          objects: ['communicatiebeleidsplan'],
          summary:
            'De communicatiedienst is verantwoordelijk voor de planning en de uitvoering van het communicatiebeleidsplan.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'evalueren',
          objects: ['communicatiebeleidsplan'],
          summary: 'De communicatiedienst evalueert het communicatiebeleidsplan.',
        },
      ],
    },
    {
      number: 3,
      lead: `De schepen van communicatie en de communicatieverantwoordelijke zitten op regelmatige basis samen om de realisatie van de communicatiedoelen te bespreken en bij te sturen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'schepen-van-communicatie',
          modality: 'moet',
          action: 'overleggen',
          objects: ['communicatiebeleidsplan'],
          involve: ['communicatieverantwoordelijke'],
          summary:
            'De schepen van communicatie en de communicatieverantwoordelijke zitten regelmatig samen om de communicatiedoelen te bespreken en bij te sturen.',
        },
        {
          actor: 'communicatieverantwoordelijke',
          modality: 'moet',
          action: 'overleggen',
          objects: ['communicatiebeleidsplan'],
          involve: ['schepen-van-communicatie'],
          summary:
            'De communicatieverantwoordelijke bespreekt de realisatie van de communicatiedoelen regelmatig met de schepen van communicatie.',
        },
      ],
    },
    {
      number: 4,
      lead: `De communicatiedienst bepaalt welke communicatie-acties nodig zijn om de noden van de burger en de organisatie tegemoet te komen. Daarbij worden noodzakelijke acties ter kennisgeving voorgelegd bij het college.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'beslissen',
          objects: ['communicatie-actie'],
          summary:
            'De communicatiedienst bepaalt welke communicatie-acties nodig zijn voor de noden van de burger en de organisatie.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'informeren',
          objects: ['communicatie-actie'],
          involve: ['college'],
          summary:
            'De communicatiedienst legt noodzakelijke communicatie-acties ter kennisgeving voor aan het college.',
        },
      ],
    },
    {
      number: 5,
      lead: `De communicatieverantwoordelijke is lid van het managementteam. Dat is nodig om beleid en beslissingen snel in communicatie om te zetten en om het hele management communicatie-alert te houden.`,
      points: [],
      variants: [
        {
          number: 1,
          label: 'Variant',
          text: `De communicatieverantwoordelijke is enkel waarnemend lid, en/of neemt niet deel aan het vergadergedeelte over delicate, persoonsgebonden agendapunten.`,
          statements: [
            {
              actor: 'communicatieverantwoordelijke',
              modality: 'mag-mits',
              action: 'deelnemen',
              objects: ['managementteam'],
              conditions: [
                'enkel als waarnemend lid',
                'en/of niet bij het vergadergedeelte over delicate, persoonsgebonden agendapunten',
              ],
              summary:
                'De communicatieverantwoordelijke neemt deel aan het managementteam, maar enkel als waarnemend lid en/of niet bij delicate, persoonsgebonden agendapunten.',
            },
            {
              actor: 'communicatieverantwoordelijke',
              modality: 'mag-niet',
              action: 'deelnemen',
              objects: ['managementteam'],
              conditions: ['bij delicate, persoonsgebonden agendapunten'],
              summary:
                'Bij delicate, persoonsgebonden agendapunten neemt de communicatieverantwoordelijke niet deel aan het managementteam (als de organisatie dat zo kiest).',
            },
          ],
        },
      ],
      readMore: [],
      statements: [
        {
          actor: 'communicatieverantwoordelijke',
          modality: 'info',
          action: 'deelnemen',
          objects: ['managementteam'],
          summary:
            'De communicatieverantwoordelijke is lid van het managementteam, om beleid en beslissingen snel in communicatie om te zetten.',
        },
      ],
    },
    {
      number: 6,
      lead: `De communicatieverantwoordelijke heeft inzage in de agenda van het college van burgemeester en schepenen en het managementteam en geeft vooraf communicatieadvies. De communicatieverantwoordelijke krijgt onmiddellijk na de vergadering informatie over de genomen en te communiceren beslissingen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatieverantwoordelijke',
          modality: 'mag',
          action: 'inzien',
          objects: ['agenda', 'collegebeslissing'],
          summary:
            'De communicatieverantwoordelijke heeft inzage in de agenda van het college en van het managementteam.',
        },
        {
          actor: 'communicatieverantwoordelijke',
          modality: 'moet',
          action: 'adviseren',
          objects: ['agenda', 'collegebeslissing'],
          involve: ['college', 'managementteam'],
          summary:
            'De communicatieverantwoordelijke geeft vooraf communicatieadvies over de agenda van het college en het managementteam.',
        },
        {
          actor: 'college',
          modality: 'moet',
          action: 'informeren',
          objects: ['collegebeslissing'],
          involve: ['communicatieverantwoordelijke'],
          summary:
            'Onmiddellijk na de vergadering krijgt de communicatieverantwoordelijke informatie over de genomen en te communiceren beslissingen.',
        },
      ],
    },
    {
      number: 7,
      lead: `Bij de te nemen beslissingen van managementteam en het college van burgemeester en schepenen voorzien we een communicatieparagraaf. Die duidt aan wie over deze beslissing geïnformeerd moet worden, en wie verantwoordelijk is voor deze communicatie.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'opmaken',
          objects: ['communicatieparagraaf', 'collegebeslissing'],
          involve: ['college', 'managementteam'],
          summary:
            'Bij elke te nemen beslissing van het college of het managementteam hoort een communicatieparagraaf: wie moet geïnformeerd worden en wie verantwoordelijk is voor die communicatie.',
        },
      ],
    },
  ],
};
