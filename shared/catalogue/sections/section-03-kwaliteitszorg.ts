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
      statements: [],
    },
    {
      number: 19,
      lead: `De communicatiedienst bevordert, ondersteunt en bewaakt inclusieve communicatie. Ze ontwikkelt inhoud, kanalen en vormgeving zodat niemand uit de boot valt. Ze heeft aandacht voor klare taal en webtoegankelijkheid en maakt weloverwogen keuzes tussen mondelinge, gedrukte en digitale communicatie.`,
      points: [],
      variants: [],
      readMore: [`Dossier – Inclusieve communicatie`],
      statements: [],
    },
    {
      number: 20,
      lead: `In het beeldmateriaal zetten we niet onszelf als organisatie maar het publiek centraal, in al haar diversiteit.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 21,
      lead: `De communicatiedienst coördineert, faciliteert en bewaakt het correcte gebruik van de gemeentelijke huisstijl.`,
      points: [],
      variants: [],
      readMore: [`Uit welke elementen bestaat een huisstijl?`],
      statements: [],
    },
    {
      number: 22,
      lead: `In de gemeentelijke publiekskanalen hanteren we de laagdrempelige je-vorm. In correspondentie en in dossiers houden we het bij de meer zakelijke u-aanspreking.`,
      points: [],
      variants: [],
      readMore: [`'Je' of 'u': hoe spreek je je doelgroep aan?`],
      statements: [],
    },
    {
      number: 23,
      lead: `De communicatiedienst ontwikkelt en coördineert het beeldbeleid van de gemeente. Zij ontwikkelt richtlijnen die de kwaliteit en de bescherming van de privacy waarborgen.`,
      points: [],
      variants: [],
      readMore: [`Dossier - Wetgeving`],
      statements: [],
    },
    {
      number: 24,
      lead: `Bij beeldmateriaal zijn we alert voor het respecteren van auteursrechten. We maken zo veel als mogelijk gebruik van eigen foto’s.`,
      points: [],
      variants: [],
      readMore: [`Dossier - Wetgeving`],
      statements: [],
    },
    {
      number: 25,
      lead: `De communicatiedienst volgt de ontwikkelingen in het communicatievak en neemt deel aan opleidingen om haar kennis en expertise up-to-date te houden.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
  ],
};
