import type { Section } from '../types';

// Section 5.11 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.11',
  title: `Gedrukte publicaties`,
  readMore: [],
  agreements: [
    {
      number: 68,
      lead: `Het mag niet vanzelfsprekend zijn om voor elke communicatie in te zetten op gedrukte kanalen: we voorzien enkel drukwerk waar het écht meerwaarde heeft. De communicatiedienst adviseert wanneer drukwerk wel en niet nuttig is.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'adviseren',
          objects: ['drukwerk'],
          summary: 'De communicatiedienst adviseert wanneer drukwerk wel en niet nuttig is.',
        },
        {
          actor: 'dienst',
          modality: 'mag-mits',
          action: 'gebruiken',
          objects: ['drukwerk'],
          conditions: ['enkel waar drukwerk echt meerwaarde heeft'],
          involve: ['communicatiedienst'],
          summary:
            'Drukwerk voorzien we enkel waar het echt meerwaarde heeft; vraag advies aan de communicatiedienst.',
        },
      ],
    },
    {
      number: 69,
      lead: `De gemeentediensten overleggen ruim op voorhand met de communicatiedienst over de planning en realisatie van digitale en gedrukte communicatieproducten.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'overleggen',
          objects: ['communicatiemiddel', 'drukwerk'],
          conditions: ['ruim op voorhand'],
          involve: ['communicatiedienst'],
          summary:
            'Diensten overleggen ruim op voorhand met de communicatiedienst over de planning en realisatie van digitale en gedrukte communicatieproducten.',
        },
      ],
    },
    {
      number: 70,
      lead: `Diensten bezorgen teksten, afbeeldingen, logo’s en heldere briefings voor de afgesproken deadline aan de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'aanleveren',
          objects: ['teksten-en-beelden', 'communicatiemiddel'],
          conditions: ['voor de afgesproken deadline'],
          involve: ['communicatiedienst'],
          summary:
            'Diensten bezorgen teksten, afbeeldingen, logo’s en een heldere briefing voor de afgesproken deadline aan de communicatiedienst.',
        },
      ],
    },
    {
      number: 71,
      lead: `De communicatiedienst stuurt de ontwerpen van communicatiemiddelen ter controle door naar de diensten. De diensten kijken de ontwerpen na en leggen ze ter goedkeuring voor aan het bevoegde lid van het management en de bevoegde mandataris(sen).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'doorsturen',
          objects: ['communicatiemiddel'],
          involve: ['dienst'],
          summary:
            'De communicatiedienst stuurt de ontwerpen van communicatiemiddelen ter controle naar de diensten.',
        },
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'nalezen',
          objects: ['communicatiemiddel'],
          involve: ['managementteam', 'bevoegde-mandataris'],
          summary:
            'De dienst kijkt de ontwerpen na en legt ze ter goedkeuring voor aan het bevoegde lid van het management en de bevoegde mandataris(sen).',
        },
        {
          actor: 'bevoegde-mandataris',
          modality: 'moet',
          action: 'goedkeuren',
          objects: ['communicatiemiddel'],
          involve: ['managementteam'],
          summary:
            'De bevoegde mandataris en het bevoegde lid van het management keuren de ontwerpen van communicatiemiddelen goed.',
        },
      ],
    },
    {
      number: 72,
      lead: `We ontwerpen alle communicatiemiddelen volgens de huisstijl van de gemeente. Enkel diensten die een eigen huisstijl hebben, communiceren volgens hun huisstijl (cultuurcentrum, bibliotheek ...).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'iedereen',
          modality: 'moet',
          action: 'ontwerpen',
          objects: ['communicatiemiddel', 'huisstijl'],
          summary: 'Alle communicatiemiddelen ontwerpen we volgens de huisstijl van de gemeente.',
        },
        {
          actor: 'dienst',
          modality: 'mag-mits',
          action: 'gebruiken',
          objects: ['huisstijl'],
          conditions: [
            'enkel diensten die een eigen huisstijl hebben, zoals het cultuurcentrum of de bibliotheek',
          ],
          summary:
            'Enkel diensten met een eigen huisstijl (cultuurcentrum, bibliotheek …) communiceren in hun eigen huisstijl.',
        },
      ],
    },
    {
      number: 73,
      lead: `Alle contacten met externe leveranciers (grafici, fotografen, drukkers, …) gebeuren via de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'contact-opnemen',
          objects: ['externe-leverancier'],
          summary:
            'Alle contacten met externe leveranciers (grafici, fotografen, drukkers …) gebeuren via de communicatiedienst.',
        },
        {
          actor: 'dienst',
          modality: 'mag-niet',
          action: 'contact-opnemen',
          objects: ['externe-leverancier'],
          involve: ['communicatiedienst'],
          summary:
            'Een dienst neemt niet zelf contact op met grafici, fotografen of drukkers; dat loopt via de communicatiedienst.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'contact-opnemen',
          objects: ['externe-leverancier'],
          involve: ['communicatiedienst'],
          summary:
            'Een medewerker neemt niet zelf contact op met grafici, fotografen of drukkers; dat loopt via de communicatiedienst.',
        },
      ],
    },
    {
      number: 74,
      lead: `Het logo van het lokaal bestuur wordt enkel gebruikt voor communicatie vanuit het lokaal bestuur. Politiek mandatarissen gebruiken het logo van de gemeente niet in hun eigen communicatie.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'iedereen',
          modality: 'mag-mits',
          action: 'gebruiken',
          objects: ['logo'],
          conditions: ['enkel voor communicatie vanuit het lokaal bestuur'],
          summary:
            'Het logo van het lokaal bestuur wordt enkel gebruikt voor communicatie vanuit het lokaal bestuur.',
        },
        {
          actor: 'mandataris',
          modality: 'mag-niet',
          action: 'gebruiken',
          objects: ['logo', 'politieke-communicatie', 'persoonlijke-kanalen-mandataris'],
          summary:
            'Politieke mandatarissen gebruiken het logo van de gemeente niet in hun eigen communicatie, zoals een verkiezingsfolder.',
        },
        {
          actor: 'externe',
          modality: 'mag-niet',
          action: 'gebruiken',
          objects: ['logo'],
          summary:
            'Het gemeentelogo is enkel voor communicatie vanuit het lokaal bestuur, niet voor communicatie van anderen.',
        },
      ],
    },
  ],
};
