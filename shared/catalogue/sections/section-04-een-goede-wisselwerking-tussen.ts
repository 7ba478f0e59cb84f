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
      statements: [
        {
          actor: 'diensthoofd',
          modality: 'moet',
          action: 'informeren',
          objects: ['beleid', 'beleidsoverleg'],
          involve: ['burgemeester', 'schepen'],
          summary:
            'Diensthoofden houden de burgemeester en de schepenen continu op de hoogte van beleidszaken en de uitvoering ervan, met een maandelijks overleg.',
        },
        {
          actor: 'schepen',
          modality: 'moet',
          action: 'informeren',
          objects: ['beleid', 'beleidsoverleg'],
          involve: ['diensthoofd'],
          summary:
            'Burgemeester en schepenen houden de diensthoofden continu op de hoogte van beleidszaken, met een structureel maandelijks overleg.',
        },
      ],
    },
    {
      number: 27,
      lead: `Beleidsafspraken worden enkel gemaakt via het college van burgemeester en schepenen, niet individueel tussen een schepen en een ambtenaar/dienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'schepen',
          modality: 'mag-niet',
          action: 'afspraken-maken',
          objects: ['beleidsafspraak'],
          involve: ['college'],
          summary:
            'Een schepen maakt geen beleidsafspraken rechtstreeks met een ambtenaar of dienst; dat gebeurt enkel via het college.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'afspraken-maken',
          objects: ['beleidsafspraak'],
          involve: ['college'],
          summary:
            'Een ambtenaar of dienst maakt geen individuele beleidsafspraken met een schepen; beleidsafspraken lopen via het college.',
        },
        {
          actor: 'college',
          modality: 'moet',
          action: 'afspraken-maken',
          objects: ['beleidsafspraak'],
          summary: 'Beleidsafspraken worden enkel gemaakt via het college van burgemeester en schepenen.',
        },
      ],
    },
    {
      number: 28,
      lead: `De burgemeester en algemeen directeur voorzien met de betrokken diensten een terugkoppeling van de beslissingen van het college. Dat gebeurt snel na de vergadering, hetzij rechtstreeks via de vergadersoftware, hetzij via een toelichtingsmoment.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'algemeen-directeur',
          modality: 'moet',
          action: 'terugkoppelen',
          objects: ['collegebeslissing'],
          conditions: ['snel na de vergadering', 'via de vergadersoftware of een toelichtingsmoment'],
          involve: ['burgemeester', 'dienst'],
          summary:
            'De algemeen directeur en de burgemeester koppelen de beslissingen van het college snel na de vergadering terug naar de betrokken diensten.',
        },
        {
          actor: 'burgemeester',
          modality: 'moet',
          action: 'terugkoppelen',
          objects: ['collegebeslissing'],
          conditions: ['snel na de vergadering'],
          involve: ['algemeen-directeur', 'dienst'],
          summary:
            'De burgemeester en de algemeen directeur koppelen de beslissingen van het college snel terug naar de betrokken diensten.',
        },
      ],
    },
    {
      number: 29,
      lead: `Terugkoppeling over personeelsbeslissingen gebeuren via de algemeen directeur, niet via de leden van het college van burgemeester en schepenen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'algemeen-directeur',
          modality: 'moet',
          action: 'terugkoppelen',
          objects: ['personeelsbeslissing'],
          summary: 'Personeelsbeslissingen worden teruggekoppeld via de algemeen directeur.',
        },
        {
          actor: 'schepen',
          modality: 'mag-niet',
          action: 'terugkoppelen',
          objects: ['personeelsbeslissing'],
          involve: ['algemeen-directeur'],
          summary:
            'Een schepen koppelt personeelsbeslissingen niet zelf terug; dat doet de algemeen directeur.',
        },
        {
          actor: 'burgemeester',
          modality: 'mag-niet',
          action: 'terugkoppelen',
          objects: ['personeelsbeslissing'],
          involve: ['algemeen-directeur'],
          summary:
            'Ook de burgemeester koppelt personeelsbeslissingen niet zelf terug; dat doet de algemeen directeur.',
        },
      ],
    },
  ],
};
