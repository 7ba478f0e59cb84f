// Example questions in the voice of writers and partners (second round).
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  1: [
    {
      q: 'Ik ben net begonnen als communicatiemedewerker en probeer de grote lijnen te snappen. Wie schrijft bij ons eigenlijk het communicatieplan?',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen waarop het communicatiebeleidsplan gebaseerd is? Ik wil in mijn artikel over onze nieuwe visie niets verkeerd zeggen.',
      verdict: 'info',
    },
    {
      q: 'Klopt het dat de communicatiedienst zelf het meerjarig communicatieplan moet opstellen, vertrekkend van de doelen van de organisatie?',
      verdict: 'moet',
    },
    {
      q: 'Als webredacteur van de sportdienst wil ik dat mijn paginas passen in het grotere geheel. Is er een overkoepelend plan en wie maakt dat op?',
      verdict: 'info',
    },
    {
      q: 'Wij zijn het bureau dat jullie campagne rond afval zou begeleiden. Bestaat er een communicatiebeleidsplan waar we op kunnen voortbouwen, en wie is daar eigenaar van?',
      verdict: 'info',
    },
    {
      q: 'Is de communicatiedienst verplicht om een beleidsplan voor communicatie te maken of is dat eerder een goed idee?',
      verdict: 'moet',
    },
  ],
  2: [
    {
      q: 'Ik schrijf voor het personeelsblad een terugblik op een jaar communicatiewerking. Wie volgt op of de acties uit het communicatieplan ook echt gebeurd zijn?',
      verdict: 'info',
    },
    {
      q: 'Ik zit in de redactie van het infoblad en vroeg me af wie het communicatieplan op het einde van het jaar evalueert.',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen wie verantwoordelijk is voor de timing van de acties uit het communicatieplan?',
      verdict: 'info',
    },
    {
      q: 'Bij wie kan ik terecht als ik wil weten hoever de uitvoering van het communicatieplan staat?',
      verdict: 'info',
    },
    {
      q: 'Nieuw op de dienst communicatie: zijn wij het die het plan uitvoeren en evalueren, of doet het managementteam dat?',
      verdict: 'info',
    },
    {
      q: 'Hoe gaat de evaluatie van het communicatiebeleidsplan in zijn werk, en wie trekt dat?',
      verdict: 'info',
    },
  ],
  3: [
    {
      q: 'Klopt het dat de schepen van communicatie geregeld samenzit met ons diensthoofd om de communicatiedoelen te bespreken?',
      verdict: 'moet',
    },
    {
      q: 'Ik schrijf een portret van de communicatiedienst voor het personeelsmagazine. Hoe vaak overlegt de communicatieverantwoordelijke met de schepen?',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatieverantwoordelijke de communicatiedoelen op regelmatige basis afstemmen met de bevoegde schepen?',
      verdict: 'moet',
    },
    {
      q: 'Wie bespreekt met de schepen of we onze communicatiedoelen halen en wat er bijgestuurd moet worden?',
      verdict: 'info',
    },
    {
      q: 'Moet er een vast overleg zijn tussen de schepen voor communicatie en de verantwoordelijke van de communicatiedienst, of mag dat ad hoc?',
      verdict: 'moet',
    },
    {
      q: 'Als communicatiebureau willen we weten met wie de schepen van communicatie de bijsturing van de doelen bespreekt, zodat we de juiste persoon briefen.',
      verdict: 'info',
    },
  ],
  4: [
    {
      q: 'Wie beslist welke communicatieacties er komen rond de nieuwe afvalregeling? Ik ben redacteur en wil weten wie ik moet volgen.',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst de acties die ze noodzakelijk vindt eerst aan het college voorleggen?',
      verdict: 'moet',
    },
    {
      q: 'Klopt het dat het college van noodzakelijke communicatieacties op de hoogte gebracht wordt ter kennisname?',
      verdict: 'moet',
    },
    {
      q: 'Als nieuwe communicatiemedewerker: bepalen wij zelf welke acties nodig zijn voor de burger, of komt dat van het bestuur?',
      verdict: 'info',
    },
    {
      q: 'Onze vereniging zou graag een gemeentelijke campagne zien rond vrijwilligerswerk. Wie bepaalt of zoiets er komt?',
      verdict: 'info',
    },
    {
      q: 'We plannen een grote sensibiliseringsactie rond trage wegen. Moeten we het college daarvan op de hoogte brengen?',
      verdict: 'moet',
    },
  ],
  5: [
    {
      q: 'Zit de communicatieverantwoordelijke mee in het managementteam? Ik schrijf een stuk over hoe beslissingen bij ons tot stand komen.',
      verdict: 'info',
    },
    {
      q: 'Een partnerorganisatie vroeg me waarom onze communicatieverantwoordelijke in het MT zit. Wat is de reden?',
      verdict: 'info',
    },
    {
      q: 'Ik ben nieuw op de communicatiedienst: is mijn diensthoofd een volwaardig lid van het managementteam?',
      verdict: 'info',
    },
    { q: 'Wat is de rol van het diensthoofd communicatie in het managementteam?', verdict: 'info' },
    {
      q: 'Klopt het dat de communicatieverantwoordelijke bij ons enkel als waarnemer in het MT zit?',
      verdict: 'mag-mits',
      variant: 1,
    },
    {
      q: 'Mag de communicatieverantwoordelijke blijven zitten als het MT een gevoelig personeelsdossier bespreekt?',
      verdict: 'mag-niet',
      variant: 1,
    },
  ],
  6: [
    {
      q: 'Mag de communicatieverantwoordelijke de agenda van het college al inkijken voor de vergadering?',
      verdict: 'mag',
    },
    {
      q: 'Ik maak de nieuwsbrief en wil snel weten wat er beslist is. Krijgt de communicatieverantwoordelijke na het college meteen info over de beslissingen?',
      verdict: 'moet',
    },
    {
      q: 'Moet de communicatieverantwoordelijke vooraf advies geven over de punten op de agenda van het college?',
      verdict: 'moet',
    },
    {
      q: 'Klopt het dat de communicatiedienst de agenda van het managementteam kan inzien? Dan kan ik mijn webplanning daarop afstemmen.',
      verdict: 'mag',
    },
    {
      q: 'Wanneer hoort de communicatiedienst welke collegebeslissingen gecommuniceerd moeten worden?',
      verdict: 'info',
    },
    {
      q: 'Geeft de communicatieverantwoordelijke advies over collegepunten nog voor ze besproken worden, of pas achteraf?',
      verdict: 'moet',
    },
  ],
  7: [
    {
      q: 'Ik schrijf een nota voor het college over de nieuwe speeltuin. Moet daar iets in staan over wie de buurt zal informeren?',
      verdict: 'moet',
    },
    {
      q: 'Wat is een communicatieparagraaf eigenlijk? Een collega had het erover bij mijn collegenota.',
      verdict: 'info',
    },
    {
      q: 'Moet elke beslissing van het managementteam vermelden wie verantwoordelijk is voor de communicatie erover?',
      verdict: 'moet',
    },
    {
      q: 'Klopt het dat er in een collegebeslissing moet staan wie er geïnformeerd moet worden?',
      verdict: 'moet',
    },
    {
      q: 'Het gaat maar om een klein puntje op de collegeagenda. Mag ik de communicatieparagraaf dan weglaten?',
      verdict: 'moet',
    },
    { q: 'Wie vult de communicatieparagraaf in bij een agendapunt voor het college?', verdict: 'info' },
  ],
};
