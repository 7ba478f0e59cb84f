import type { Section } from '../types';

// Section 5.9 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.9',
  title: `Sociale media`,
  intro: `Zie met betrekking tot dit onderdeel ook het luik ‘Politieke neutraliteit’, eerder in dit document bij afspraak 37.`,
  readMore: [],
  agreements: [
    {
      number: 56,
      lead: `De communicatiedienst coördineert de sociale media van het lokaal bestuur.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 57,
      lead: `Diensten en projecten die zich richten tot specifieke doelgroepen kunnen hun eigen socialmediapagina’s ontwikkelen, mits principiële goedkeuring door de communicatiedienst. De communicatiedienst vermijdt hierbij wildgroei.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 58,
      lead: `De communicatiedienst monitort de publieke gesprekken en reacties die ontstaan op berichten op hun eigen pagina. Bij belangrijke issues rapporteert de communicatiedienst hierover aan het college van burgermeester en schepenen, het managementteam en/of de betrokken dienst.`,
      points: [],
      variants: [],
      readMore: [`Hoe reageer je op berichten op sociale media?`],
      statements: [],
    },
    {
      number: 59,
      lead: `De communicatiedienst beantwoordt vragen en opmerkingen van burgers op de socialemediapagina’s van de gemeente. Hier interveniëren politici niet. Indien de burgemeester of schepenen een dringende tussenkomst wensen, dan contacteren zij hiervoor de communicatieverantwoordelijke.`,
      points: [
        { text: `De communicatiedienst ontwikkelt richtlijnen over hoe er wordt omgegaan met reacties op berichten op sociale media. Diensten die een eigen pagina hebben, houden zich aan dezelfde afspraken.` },
      ],
      variants: [],
      readMore: [`Hoe ga je om met polarisatie op sociale media?`],
      statements: [],
    },
    {
      number: 60,
      lead: `De communicatiedienst monitort de publieke gesprekken op lokale socialemediapagina’s (andere dan deze van het gemeentebestuur, bijvoorbeeld ‘Ge zijt van xxx’, pagina’s van lokale nieuwsmedia ...). Bij zich ontwikkelende, belangwekkende issues rapporteert de communicatiedienst hierover aan het college van burgemeester en schepenen, het managementteam en/of de betrokken dienst.  De communicatiedienst reageert alleen op berichten die op ‘gemeentelijke sociale media’ gepost worden.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 61,
      lead: `Gemeentelijke medewerkers stellen zich terughoudend op indien er op sociale media kritiek komt over gemeentebestuur of gemeentediensten.`,
      points: [],
      tail: `Op je privé-account je eigen mening geven kan, maar hou rekening met de integriteit die de gemeente als werkgever van jou verwacht. Je kan een open en kritische houding aannemen, maar je blijft daarbij loyaal tegenover de gemeente en vermijdt kritiek op collega’s en beleidspersonen van de gemeente.`,
      variants: [],
      readMore: [],
      statements: [],
    },
  ],
};
