import type { Section } from '../types';

// Section 5.10 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.10',
  title: `Gemeentelijk infoblad`,
  readMore: [],
  agreements: [
    {
      number: 62,
      lead: `De redactieraad staat in voor het redactiebeleid en -planning van het gemeentelijk informatieblad (nvdr: dit is bij voorkeur geen aparte redactieraad voor het infoblad, maar een crossmediale redactieraad die betrokken is bij de planning en onderlinge wisselwerking van de verschillende centrale kanalen van de gemeente: infoblad, website, nieuwsbrief, sociale media…).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'redactieraad',
          modality: 'info',
          action: 'plannen',
          objects: ['redactiebeleid', 'infoblad', 'website', 'nieuwsbrief', 'sociale-media'],
          summary:
            'De redactieraad staat in voor het redactiebeleid en de planning van het infoblad, bij voorkeur over alle centrale kanalen heen.',
        },
      ],
    },
    {
      number: 63,
      lead: `De communicatiedienst maakt een redactiestatuut op. In het redactiestatuut komen bijkomende afspraken over de doelstellingen van het magazine, de invulling en de verwachting van de redactieraad.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'opmaken',
          objects: ['redactiestatuut', 'infoblad'],
          summary:
            'De communicatiedienst maakt een redactiestatuut op met afspraken over het infoblad en de redactieraad.',
        },
      ],
    },
    {
      number: 64,
      lead: `Het gemeentelijk informatieblad streeft inhoudelijk naar een goed evenwicht tussen het inspelen op de informatienoden van de bevolking enerzijds, en op de informeringsbehoeften van gemeentebestuur en -diensten anderzijds. Het blad richt zich tot de hele bevolking, en houdt rekening met de verschillende doelgroepen. De redactie ontwikkelt bijzondere aandacht voor een eenvoudig, toegankelijk lees- en taalniveau.`,
      points: [],
      variants: [],
      readMore: [`Wat staat er in een redactiestatuut?`],
      statements: [
        {
          actor: 'redactieraad',
          modality: 'moet',
          action: 'bewaken',
          objects: ['infoblad', 'taalgebruik'],
          summary:
            'De redactie van het infoblad richt zich tot de hele bevolking en zorgt voor een eenvoudig, toegankelijk lees- en taalniveau.',
        },
      ],
    },
    {
      number: 65,
      lead: `Er zijn afspraken over deadlines om teksten en beeldmateriaal aan te leveren. Wanneer deadlines niet worden gerespecteerd, kan dat ervoor zorgen dat artikels niet of later worden gepubliceerd.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'aanleveren',
          objects: ['teksten-en-beelden', 'infoblad'],
          conditions: ['voor de afgesproken deadline'],
          involve: ['communicatiedienst'],
          summary:
            'Teksten en beelden voor het infoblad lever je aan voor de afgesproken deadline; te laat kan betekenen dat het artikel niet of later verschijnt.',
        },
      ],
    },
    {
      number: 66,
      lead: `De communicatiedienst doet eindredactie in functie van redactionele kwaliteitszorg: klare taal, heldere structuur, goede beelden …`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'nalezen',
          objects: ['infoblad'],
          summary:
            'De communicatiedienst doet de eindredactie van het infoblad: klare taal, heldere structuur, goede beelden.',
        },
      ],
    },
    {
      number: 67,
      lead: `Er komen enkel activiteiten uit de UiTdatabank in de activiteitenkalender van het infoblad.`,
      points: [],
      variants: [],
      readMore: [`Hoe voer je eindredactie op je magazine uit?`],
      statements: [
        {
          actor: 'iedereen',
          modality: 'mag-mits',
          action: 'publiceren',
          objects: ['activiteitenkalender', 'infoblad'],
          conditions: ['de activiteit staat in de UiTdatabank'],
          summary:
            'Een activiteit komt enkel in de activiteitenkalender van het infoblad als ze in de UiTdatabank staat.',
        },
      ],
    },
  ],
};
