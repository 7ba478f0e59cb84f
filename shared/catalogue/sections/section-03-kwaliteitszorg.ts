import type { Section } from '../types';

// Section 5.3 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.3',
  title: `Kwaliteitszorg`,
  readMore: [],
  agreements: [
    {
      number: 18,
      lead: `De communicatiedienst ziet toe op de naleving van de decretale normen voor overheidscommunicatie: heldere taal, duidelijkheid over de fase waarin de besluitvorming zich bevindt, herkenbaarheid als lokale overheid, politieke neutraliteit, commerciële neutraliteit, correct gebruik van externe media.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'bewaken',
          objects: ['gemeentelijke-kanalen', 'taalgebruik', 'beleid'],
          summary:
            'De communicatiedienst ziet toe op heldere taal, duidelijkheid over de fase van de besluitvorming, herkenbaarheid als lokale overheid, politieke en commerciële neutraliteit en correct gebruik van externe media.',
        },
        // Commercial neutrality is one of the decree's norms that 18 names: a municipal channel does
        // not promote a shop, firm or brand (the checker's neutrality.commercial reads it the same way).
        {
          actor: 'iedereen',
          modality: 'mag-niet',
          action: 'reclame-maken',
          objects: [
            'commerciele-pagina',
            'gemeentelijke-kanalen',
            'website',
            'infoblad',
            'sociale-media',
            'nieuwsbrief',
          ],
          summary:
            'In de gemeentelijke kanalen maken we geen reclame voor een handelszaak, bedrijf of merk: de communicatie is commercieel neutraal, en de communicatiedienst ziet daarop toe.',
        },
      ],
    },
    {
      number: 19,
      lead: `De communicatiedienst bevordert, ondersteunt en bewaakt inclusieve communicatie. Ze ontwikkelt inhoud, kanalen en vormgeving zodat niemand uit de boot valt. Ze heeft aandacht voor klare taal en webtoegankelijkheid en maakt weloverwogen keuzes tussen mondelinge, gedrukte en digitale communicatie.`,
      points: [],
      variants: [],
      readMore: [`Dossier – Inclusieve communicatie`],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'bewaken',
          objects: ['taalgebruik', 'website', 'gemeentelijke-kanalen'],
          summary:
            'De communicatiedienst bewaakt inclusieve communicatie: klare taal, webtoegankelijkheid en een bewuste keuze tussen mondelinge, gedrukte en digitale communicatie.',
        },
      ],
    },
    {
      number: 20,
      lead: `In het beeldmateriaal zetten we niet onszelf als organisatie maar het publiek centraal, in al haar diversiteit.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'iedereen',
          modality: 'moet',
          action: 'gebruiken',
          objects: ['beeldmateriaal'],
          conditions: ['het publiek in al zijn diversiteit centraal, niet de organisatie'],
          summary:
            'In beeldmateriaal zetten we het publiek in al zijn diversiteit centraal, niet onszelf als organisatie.',
        },
      ],
    },
    {
      number: 21,
      lead: `De communicatiedienst coördineert, faciliteert en bewaakt het correcte gebruik van de gemeentelijke huisstijl.`,
      points: [],
      variants: [],
      readMore: [`Uit welke elementen bestaat een huisstijl?`],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'coordineren',
          objects: ['huisstijl'],
          summary:
            'De communicatiedienst coördineert en faciliteert het gebruik van de gemeentelijke huisstijl en bewaakt of die correct gebruikt wordt.',
        },
      ],
    },
    {
      number: 22,
      lead: `In de gemeentelijke publiekskanalen hanteren we de laagdrempelige je-vorm. In correspondentie en in dossiers houden we het bij de meer zakelijke u-aanspreking.`,
      points: [],
      variants: [],
      readMore: [`'Je' of 'u': hoe spreek je je doelgroep aan?`],
      statements: [
        {
          actor: 'iedereen',
          modality: 'moet',
          action: 'gebruiken',
          objects: ['taalgebruik', 'infoblad', 'website', 'sociale-media', 'nieuwsbrief'],
          conditions: ['je-vorm'],
          summary:
            'In de publiekskanalen van de gemeente (infoblad, website, sociale media) spreken we de lezer aan met je.',
        },
        {
          actor: 'iedereen',
          modality: 'moet',
          action: 'gebruiken',
          objects: ['taalgebruik', 'brief'],
          conditions: ['u-vorm'],
          summary: 'In brieven, correspondentie en dossiers gebruiken we de zakelijke u-vorm.',
        },
      ],
    },
    {
      number: 23,
      lead: `De communicatiedienst ontwikkelt en coördineert het beeldbeleid van de gemeente. Zij ontwikkelt richtlijnen die de kwaliteit en de bescherming van de privacy waarborgen.`,
      points: [],
      variants: [],
      readMore: [`Dossier - Wetgeving`],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'opmaken',
          objects: ['beeldbeleid', 'beeldmateriaal'],
          summary:
            'De communicatiedienst ontwikkelt het beeldbeleid, met richtlijnen voor de kwaliteit van beelden en de bescherming van de privacy van wie erop staat.',
        },
        {
          actor: 'iedereen',
          modality: 'mag-mits',
          action: 'gebruiken',
          objects: ['beeldmateriaal', 'beeldbeleid'],
          conditions: ['volgens de richtlijnen van het beeldbeleid voor kwaliteit en privacy'],
          involve: ['communicatiedienst'],
          summary:
            'Wie beelden van mensen gebruikt, volgt de richtlijnen van het beeldbeleid van de communicatiedienst voor kwaliteit en privacy.',
        },
      ],
    },
    {
      number: 24,
      lead: `Bij beeldmateriaal zijn we alert voor het respecteren van auteursrechten. We maken zo veel als mogelijk gebruik van eigen foto’s.`,
      points: [],
      variants: [],
      readMore: [`Dossier - Wetgeving`],
      statements: [
        {
          actor: 'iedereen',
          modality: 'mag-mits',
          action: 'gebruiken',
          objects: ['beeldmateriaal'],
          conditions: ['met respect voor de auteursrechten', 'zo veel mogelijk eigen foto’s'],
          summary:
            'Beelden gebruiken mag als je de auteursrechten respecteert; gebruik zo veel mogelijk eigen foto’s.',
        },
      ],
    },
    {
      number: 25,
      lead: `De communicatiedienst volgt de ontwikkelingen in het communicatievak en neemt deel aan opleidingen om haar kennis en expertise up-to-date te houden.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'opleiden',
          objects: ['opleiding'],
          summary:
            'De communicatiedienst volgt de ontwikkelingen in het vak en volgt opleidingen om haar kennis up-to-date te houden.',
        },
      ],
    },
  ],
};
