import type { Section } from '../types';

// Section 5.13 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.13',
  title: `Interne communicatiekanalen`,
  readMore: [`Dossier – Interne communicatiekanalen`],
  agreements: [
    {
      number: 79,
      subsection: `Intranet`,
      lead: `De communicatiedienst is verantwoordelijk voor het algemeen beheer van het intranet.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 80,
      subsection: `Intranet`,
      lead: `Elke dienst heeft een aangestelde redacteur die verantwoordelijk is voor berichten op het intranet uit de betreffende dienst. Redacteurs worden aangesteld en opgeleid door de communicatiedienst. Ze beheren hun sites en pagina’s en houden die up-to-date. De communicatiedienst is verantwoordelijk voor de eindredactie en publicatie van berichten.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 81,
      subsection: `Intranet`,
      lead: `Nieuwe functionaliteiten of aanpassingen in de menu- en navigatiestructuur kunnen enkel na overleg met de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 82,
      subsection: `Intranet`,
      lead: `Enkel de communicatiedienst publiceert nieuwsberichten.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 83,
      subsection: `Intranet`,
      lead: `Voorstellen voor nieuwsberichten of nieuwe pagina’s zijn welkom bij de communicatiedienst. De communicatiedienst beslist over de nieuwswaarde en de wenselijkheid van het aangevraagde bericht of pagina.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 84,
      subsection: `Andere interne communicatiekanalen`,
      lead: `De communicatiedienst is verantwoordelijk voor de samenstelling, eindredactie en opmaak van de interne communicatiekanalen (zoals de interne nieuwsbrief, het personeelsmagazine ...). Diensten kunnen items aanleveren via de afgesproken kanalen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
  ],
};
