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
      statements: [],
    },
    {
      number: 69,
      lead: `De gemeentediensten overleggen ruim op voorhand met de communicatiedienst over de planning en realisatie van digitale en gedrukte communicatieproducten.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 70,
      lead: `Diensten bezorgen teksten, afbeeldingen, logo’s en heldere briefings voor de afgesproken deadline aan de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 71,
      lead: `De communicatiedienst stuurt de ontwerpen van communicatiemiddelen ter controle door naar de diensten. De diensten kijken de ontwerpen na en leggen ze ter goedkeuring voor aan het bevoegde lid van het management en de bevoegde mandataris(sen).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 72,
      lead: `We ontwerpen alle communicatiemiddelen volgens de huisstijl van de gemeente. Enkel diensten die een eigen huisstijl hebben, communiceren volgens hun huisstijl (cultuurcentrum, bibliotheek ...).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 73,
      lead: `Alle contacten met externe leveranciers (grafici, fotografen, drukkers, …) gebeuren via de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 74,
      lead: `Het logo van het lokaal bestuur wordt enkel gebruikt voor communicatie vanuit het lokaal bestuur. Politiek mandatarissen gebruiken het logo van de gemeente niet in hun eigen communicatie.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
  ],
};
