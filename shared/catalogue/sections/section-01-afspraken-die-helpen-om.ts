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
      statements: [],
    },
    {
      number: 2,
      lead: `De communicatiedienst is verantwoordelijk voor de planning, realisatie en evaluatie van het communicatiebeleidsplan.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 3,
      lead: `De schepen van communicatie en de communicatieverantwoordelijke zitten op regelmatige basis samen om de realisatie van de communicatiedoelen te bespreken en bij te sturen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 4,
      lead: `De communicatiedienst bepaalt welke communicatie-acties nodig zijn om de noden van de burger en de organisatie tegemoet te komen. Daarbij worden noodzakelijke acties ter kennisgeving voorgelegd bij het college.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 5,
      lead: `De communicatieverantwoordelijke is lid van het managementteam. Dat is nodig om beleid en beslissingen snel in communicatie om te zetten en om het hele management communicatie-alert te houden.`,
      points: [],
      variants: [
        { number: 1, label: 'Variant', text: `De communicatieverantwoordelijke is enkel waarnemend lid, en/of neemt niet deel aan het vergadergedeelte over delicate, persoonsgebonden agendapunten.`, statements: [] },
      ],
      readMore: [],
      statements: [],
    },
    {
      number: 6,
      lead: `De communicatieverantwoordelijke heeft inzage in de agenda van het college van burgemeester en schepenen en het managementteam en geeft vooraf communicatieadvies. De communicatieverantwoordelijke krijgt onmiddellijk na de vergadering informatie over de genomen en te communiceren beslissingen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 7,
      lead: `Bij de te nemen beslissingen van managementteam en het college van burgemeester en schepenen voorzien we een communicatieparagraaf. Die duidt aan wie over deze beslissing geïnformeerd moet worden, en wie verantwoordelijk is voor deze communicatie.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
  ],
};
