import type { Section } from '../types';

// Section 5.4 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.4',
  title: `Een goede wisselwerking tussen politieke mandatarissen en gemeentelijke diensten`,
  readMore: [],
  agreements: [
    {
      number: 26,
      lead: `Burgemeester, schepenen en diensthoofden houden elkaar continu op de hoogte van beleidsaangelegenheden en de uitvoering ervan. Zij voorzien hiervoor een structureel, maandelijks overleg.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 27,
      lead: `Beleidsafspraken worden enkel gemaakt via het college van burgemeester en schepenen, niet individueel tussen een schepen en een ambtenaar/dienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 28,
      lead: `De burgemeester en algemeen directeur voorzien met de betrokken diensten een terugkoppeling van de beslissingen van het college. Dat gebeurt snel na de vergadering, hetzij rechtstreeks via de vergadersoftware, hetzij via een toelichtingsmoment.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 29,
      lead: `Terugkoppeling over personeelsbeslissingen gebeuren via de algemeen directeur, niet via de leden van het college van burgemeester en schepenen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
  ],
};
