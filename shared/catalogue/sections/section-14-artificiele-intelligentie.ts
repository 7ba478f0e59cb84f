import type { Section } from '../types';

// Section 5.14 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.14',
  title: `Artificiële Intelligentie`,
  intro: `Artificiële intelligentie (AI) heeft het werk van de communicatiedienst grondig door elkaar geschud. AI biedt vele mogelijkheden, maar brengt ook risico’s met zich mee. Daarom is er nood aan een algemeen kader waarin er richtlijnen voor AI worden vastgelegd. Digitaal Vlaanderen creëerde enkele algemene richtlijnen. Daarnaast zijn deze richtlijnen relevant voor de communicatiedienst.`,
  readMore: [`Dossier - Artificiële Intelligentie`],
  agreements: [
    {
      number: 85,
      lead: `Om te zorgen voor een eigentijdse communicatiedienst, is de communicatiedienst op de hoogte van de mogelijkheden met AI en krijgt ze de ruimte om hiermee te experimenteren.`,
      points: [
        {
          text: `De communicatiedienst krijgt de speelruimte om te experimenteren met AI binnen de door de organisatie goedgekeurde tools.`,
        },
        { text: `De communicatiedienst krijgt de kans om hierover bij te leren tijdens opleidingen.` },
      ],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'mag-mits',
          action: 'experimenteren',
          objects: ['ai'],
          conditions: ['binnen de door de organisatie goedgekeurde tools'],
          summary:
            'De communicatiedienst mag experimenteren met AI, binnen de tools die de organisatie goedkeurde.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'mag',
          action: 'opleiden',
          objects: ['ai', 'opleiding'],
          summary: 'De communicatiedienst krijgt de kans om over AI bij te leren in opleidingen.',
        },
      ],
    },
    {
      number: 86,
      lead: `De communicatiedienst is transparant wanneer content (tekst, beeld ...) met AI werd gecreëerd.`,
      points: [
        {
          text: `Wanneer AI louter als hulpmiddel wordt gebruikt, en de communicatiedienst sterke eindredactie uitvoerde op het materiaal, is het niet relevant om te vermelden dat AI werd gebruikt.`,
        },
      ],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'vermelden',
          objects: ['ai-content'],
          conditions: ['wanneer content (tekst, beeld …) met AI werd gemaakt'],
          summary: 'De communicatiedienst is transparant wanneer tekst of beeld met AI werd gemaakt.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'mag-mits',
          action: 'gebruiken',
          objects: ['ai', 'ai-content'],
          conditions: ['AI louter als hulpmiddel', 'sterke eindredactie door de communicatiedienst'],
          summary:
            'Wordt AI louter als hulpmiddel gebruikt en deed de communicatiedienst sterke eindredactie, dan hoeft het AI-gebruik niet vermeld te worden.',
        },
      ],
    },
    {
      number: 87,
      lead: `Gemeentediensten die AI gebruiken voor communicatiemateriaal, zijn hierover transparant.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'vermelden',
          objects: ['ai-content'],
          summary: 'Diensten die AI gebruiken voor communicatiemateriaal zijn daar transparant over.',
        },
        {
          actor: 'medewerker',
          modality: 'moet',
          action: 'vermelden',
          objects: ['ai-content'],
          summary: 'Gebruik je AI voor communicatiemateriaal, wees daar dan transparant over.',
        },
        {
          actor: 'dienst',
          modality: 'mag-mits',
          action: 'gebruiken',
          objects: ['ai'],
          conditions: ['transparant over het gebruik van AI'],
          summary: 'Diensten mogen AI gebruiken voor communicatiemateriaal, als ze er transparant over zijn.',
        },
      ],
    },
  ],
};
