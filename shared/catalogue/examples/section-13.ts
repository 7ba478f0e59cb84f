// Example questions for section 5.13.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  79: [
    { q: 'Welke dienst staat in voor het intranet?', verdict: 'info' },
    { q: 'bij wie moet ik zijn met een vraag over het intranet', verdict: 'info' },
    { q: 'intranet beheer, is dat ict of communicatie?', verdict: 'info' },
    {
      q: 'Ik ben net begonnen op de personeelsdienst. Wie houdt het intranet in het algemeen in handen?',
      verdict: 'info',
    },
    { q: 'wie is de baas van het intranet', verdict: 'info' },
    { q: 'Hoe zit het met het beheer van het intranet bij ons?', verdict: 'info' },
    {
      q: 'De startpagina van het intranet ziet er romelig uit. Wie is daarvoor verantwoordelijk?',
      verdict: 'info',
    },
    { q: 'wie beheert het intarnet van de gemeente', verdict: 'info' },
    {
      q: 'Onze algemeen directeur vraagt wie het intranet beheert. Wie is dat?',
      verdict: 'info',
    },
  ],
  80: [
    { q: 'Wie is de intranetredacteur van onze dienst en wat doet die?', verdict: 'info' },
    {
      q: "Moet ik als redacteur de pagina's van onze dienst op het intranet up-to-date houden?",
      verdict: 'moet',
    },
    { q: 'door wie worden de intranetredacteurs van de diensten aangeduid en opgeleid', verdict: 'info' },
    { q: 'krijg ik een opleiding als ik redacteur word voor het intranet', verdict: 'info' },
    {
      q: 'Ik schrijf als redacteur een bericht voor het intranet. Wie zet het uiteindelijk online?',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst mijn intranetbericht nog nalzen voor het gepubliceerd wordt?',
      verdict: 'moet',
    },
    { q: 'wie houdt de intranetpagina van de sportdienst bij', verdict: 'info' },
    {
      q: 'Onze pagina op het intranet staat vol met oude procedures. Moet onze redacteur die bijwerken?',
      verdict: 'moet',
    },
    {
      q: 'Mijn diensthoofd wil dat ik redacteur word voor het intranet. Wie beslist dat eigenlijk?',
      verdict: 'info',
    },
    { q: 'redacteur intranet verantwoordelijk voor wat?', verdict: 'info' },
    {
      q: 'Doet de communicatiedienst de eindredactie van de berichten die de redacteurs aanleveren?',
      verdict: 'moet',
    },
    {
      q: 'Heeft elke dienst iemand die verantwoordelijk is voor haar berichten op het intranet?',
      verdict: 'info',
    },
    {
      q: 'moet ik als redactuer van de bib ook de documenten op onze intranetsite actueel houden',
      verdict: 'moet',
    },
  ],
  81: [
    { q: 'Mag ik een nieuw menu-item toevoegen op het intranet?', verdict: 'mag-mits' },
    {
      q: 'We willen een reservatietool voor vergaderzalen op het intranet. Kan dat zomaar?',
      verdict: 'mag-mits',
    },
    { q: 'navigatie intranet aanpassen, mag dat?', verdict: 'mag-mits' },
    {
      q: 'Kan de personeelsdienst een nieuwe functie op het intranet laten inbouwen om verlof aan te vragen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik vind het menu van het intranet onlogish. Mag ik als redacteur de structuur herschikken?',
      verdict: 'mag-mits',
    },
    { q: 'nieuwe knop in de menubalk van het intranet, wat moet ik doen', verdict: 'mag-mits' },
    {
      q: "Onze dienst wil een forum op het intranet waar collega's vragen kunnen stellen. Moet dat eerst overlegd worden?",
      verdict: 'mag-mits',
    },
    {
      q: 'Is het ok als de technische dienst een eigen rubriek in het hoofdmenu van het intranet maakt?',
      verdict: 'mag-mits',
    },
    { q: 'Mogen wij een nieuwe funtionaliteit op het intranet laten toevoegen?', verdict: 'mag-mits' },
    {
      q: "mag ik de volgorde van de menu's op het intranet veranderen zonder communicatie",
      verdict: 'mag-mits',
    },
    {
      q: 'De ICT-dienst wil een nieuwe zoekfunctie op het intranet. Moet de communicatiedienst daarbij betrokken worden?',
      verdict: 'mag-mits',
    },
  ],
  82: [
    { q: 'welke dienst publiceert nieuws op ons intranet', verdict: 'info' },
    {
      q: 'Kan de personeelsdienst zelf een nieuwtje over de nieuwe maaltijdcheques op het intranet zetten?',
      verdict: 'mag-niet',
    },
    { q: 'mag ik zelf een nieuwsberichtje op intranet plaatsen over onze teambuilding', verdict: 'mag-niet' },
    {
      q: 'Moet een nieuwsbericht op het intranet altijd door de communicatiedienst gepubliceerd worden?',
      verdict: 'moet',
    },
    { q: 'intranetbericht zelf online zetten?', verdict: 'mag-niet' },
    {
      q: 'Mijn diensthoofd wil dat ik snel een bericht over de sluiting van het gemeentehuis op het intranet zet. Mag ik dat zelf doen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wij hebben als sportdienst een eigen site op het intranet. Mogen we daar zelf nieuwsberichten op zetten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Is de communicatiedienst de enige die nieuws op het intranet publiceert?',
      verdict: 'moet',
    },
    {
      q: 'kan ne collega van de bib een nieuwsitem op het intranet publiceren als ik hem de rechten geef',
      verdict: 'mag-niet',
    },
    {
      q: 'De algemeen directeur wil dat zijn secretariaat nieuws rechtstreeks op het intranet zet. Kan dat volgens onze afspraken?',
      verdict: 'mag-niet',
    },
    { q: 'mogen redacteurs nieuwsberichten posten op het intarnet', verdict: 'mag-niet' },
    {
      q: 'Ik heb een bericht over het personeelsfeest klaar. Moet dat via communicatie gepubliceerd worden?',
      verdict: 'moet',
    },
  ],
  83: [
    { q: 'Kan ik een idee voor een nieuwsbericht op het intranet voorstellen?', verdict: 'mag' },
    { q: 'Wie beslist of mijn bericht op het intranet komt?', verdict: 'info' },
    {
      q: 'Ik wil een nieuwe pagina op het intranet over thuiswerken. Mag ik dat voorstellen aan communicatie?',
      verdict: 'mag',
    },
    {
      q: 'Waarom is mijn voorstel voor een intranetbericht niet gepubliceerd?',
      verdict: 'info',
    },
    { q: 'nieuwe intranetpagina aanvraagen kan dat', verdict: 'mag' },
    {
      q: 'Bepaalt de communicatiedienst of mijn nieuwtje voor het intranet nieuwswaardig genoeg is?',
      verdict: 'info',
    },
    {
      q: 'Onze collega gaat met pensioen na 40 jaar. Mogen we voorstellen om dat als nieuwsbericht op het intranet te zetten?',
      verdict: 'mag',
    },
    {
      q: 'mag ik als gewone medewerker een suggestie doen voor een pagina op het intranet',
      verdict: 'mag',
    },
    { q: 'Bij wie kan ik terecht met een voorstel voor het intranet?', verdict: 'info' },
    {
      q: 'Communicatie vond mijn bericht over de nieuwe printers niet nodig voor het intranet. Mogen zij dat beslissen?',
      verdict: 'info',
    },
    {
      q: 'De jeugddienst zoekt vrijwilligers onder het personeel. Kunnen we een intranetbericht voorstellen?',
      verdict: 'mag',
    },
    {
      q: "Zijn voorstellen voor nieuwe intranetpagina's welkom bij de communicatiedienst?",
      verdict: 'mag',
    },
  ],
  84: [
    {
      q: "Mag ik een stukje over onze nieuwe collega's aanleveren voor het personeelsmagazine?",
      verdict: 'mag',
    },
    { q: 'hoe krijg ik iets in de interne nieuwsbrief', verdict: 'info' },
    {
      q: 'Kan de sportdienst een item insturen voor de personeelsnieuwsbrief over de bedrijfsloop?',
      verdict: 'mag',
    },
    { q: 'Wie doet de opmaak van het personeelsbald?', verdict: 'info' },
    {
      q: 'kunnen diensten zelf items aanleveren voor de interne nieuwsbrief',
      verdict: 'mag',
    },
    { q: 'item voor personeelsmagazine, waar aanleveren?', verdict: 'info' },
    {
      q: 'Onze dienst organiseert een infosessie over de nieuwe verlofregeling voor het personeel. Kunnen we dat in de interne nieuwsbrief laten opnemen?',
      verdict: 'mag',
    },
    {
      q: 'Wie beslist hoe de interne nieuwsbrief eruitziet en wat erin komt?',
      verdict: 'info',
    },
    {
      q: 'mag ik een foto van onze teamuitstap doorsturen voor het personeelsblad',
      verdict: 'mag',
    },
    {
      q: 'Wie doet de eindredactie van de interne communicatie, zoals het personeelsmagazine?',
      verdict: 'info',
    },
    {
      q: 'Kan het sociaal huis een oproep aan het personeel laten opnemen in de interne nieuwsbrief?',
      verdict: 'mag',
    },
  ],
};
