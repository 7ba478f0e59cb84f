// Example questions for section 5.14.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  85: [
    {
      q: 'Ik werk op de communicatiedienst. Mogen wij ChatGPT gebruiken om Facebookposts te schrijven?',
      verdict: 'mag-mits',
    },
    {
      q: 'mogen wij op communicatie eens uittesten of midjourney bruikbare beelden maakt voor het infoblad',
      verdict: 'mag-mits',
    },
    { q: 'Krijgt de communicatiedienst een opleidng over AI?', verdict: 'mag' },
    {
      q: 'Mag ik als communicatiemedwerker eender welke AI-tool gebruiken die ik online vind?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik wil als communicatiemedewerker een webinar over AI in overheidscommunicatie volgen. Kan dat?',
      verdict: 'mag',
    },
    { q: 'copilot uitproberen voor persteksten op de communicatiedienst, mag da?', verdict: 'mag-mits' },
    {
      q: 'Onze communicatieverantwoordelijke wil dat we leren werken met AI. Krijgen we daar tijd en opleiding voor?',
      verdict: 'mag',
    },
    {
      q: 'Mogen wij als communicatieteam een gratis AI-app voor ondertitels testen die de organisatie nog niet heeft goedgekeurd?',
      verdict: 'mag-mits',
    },
    { q: 'experimenteren met chatgpt op de dienst communicatie?', verdict: 'mag-mits' },
    {
      q: 'Is het ok dat de communicatiedienst AI gebruikt om ideeën voor een campagne te bedenken?',
      verdict: 'mag-mits',
    },
    {
      q: 'Hoe staat onze organisatie tegenover AI op de communicatiedienst',
      verdict: 'info',
    },
    {
      q: 'mag ik als communicatiemedewerker een opleiding volgen over het maken van beelden met ai',
      verdict: 'mag',
    },
    {
      q: 'Wij op communicatie willen de goedgekeurde Copilot gebruiken om de nieuwsbrief samen te vatten. Mag dat?',
      verdict: 'mag-mits',
    },
  ],
  86: [
    {
      q: 'Moeten we op de communicatiedienst vermelden dat een afbeelding met AI gemaakt is?',
      verdict: 'moet',
    },
    {
      q: 'Ik heb op communicatie met Copilot een eerste versie van een tekst gemaakt en die daarna grondig herschreven. Moet ik vermelden dat AI gebruikt is?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet er bij een AI-illustratie in het infoblad een vermelidng staan dat ze met AI gemaakt is?',
      verdict: 'moet',
    },
    { q: 'ai gebruikt voor tekst, moet dat erbij vermeld worden', verdict: 'moet' },
    {
      q: 'Communicatie heeft ChatGPT enkel gebruikt om een titel te zoeken voor een artikel. Moet daar AI bij staan?',
      verdict: 'mag-mits',
    },
    {
      q: 'De communicatiedienst heeft een filmpje met een AI-stem ingesproken. Moeten we dat aan de kijkers laten weten?',
      verdict: 'moet',
    },
    { q: 'Wanneer moet de communicatiedienst vermelden dat iets met AI gemaakt is?', verdict: 'info' },
    {
      q: 'Wij gebruiken op communicatie AI als hulpmiddel voor spelling en structuur en doen zelf de eindredactie. Moeten we dat telkens melden?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet de gemeente transparant zijn als een foto op Insta volledig door AI is gegenereerd?',
      verdict: 'moet',
    },
    { q: 'vermelding ai bij beelden in de gemeentelijke nieuwsbief?', verdict: 'moet' },
    {
      q: 'Is het niet overdreven om bij elke tekst van de communicatiedienst te zetten dat AI geholpen heeft?',
      verdict: 'mag-mits',
    },
    {
      q: 'We hebben de affiche van de nieuwjaarsreceptie volledig met AI laten ontwerpen op communicatie. Zetten we daar iets over op?',
      verdict: 'moet',
    },
    {
      q: 'moet communicatie het zeggen als een persbericht deels door chatgpt geschreven is en wij het daarna volledig herwerkt hebben',
      verdict: 'mag-mits',
    },
    {
      q: 'Hoe transparant moet de communicatiedienst zijn over AI-content op de website?',
      verdict: 'info',
    },
  ],
  87: [
    {
      q: 'Mag ik ChatGPT gebruiken om de tekst voor onze flyer te schrijven?',
      verdict: 'mag-mits',
    },
    {
      q: 'De jeugddienst maakt een filmpje met een AI-stem voor TikTok. Moeten we laten weten dat het AI is?',
      verdict: 'moet',
    },
    { q: 'mag de bib ai-beelden gebruiken op insta', verdict: 'mag-mits' },
    {
      q: 'Onze dienst gebruikt Copilot om de folder over de premies te schrijven. Waar moeten we op letten?',
      verdict: 'info',
    },
    { q: 'AI gebruiken voor de nieuwsbrief van de sportdienst, mag dat?', verdict: 'mag-mits' },
    {
      q: 'Mag een collega van het sociaal huis met AI een illustratie maken voor een brochure?',
      verdict: 'mag-mits',
    },
    {
      q: 'moet ik ergens zeggen dat ik chatgpt gebruikt heb voor de uitnodiging van onze infoavond',
      verdict: 'moet',
    },
    {
      q: 'Is het ok als de technische dienst met AI een kaartje laat maken voor de omleiding bij de wegenwerken?',
      verdict: 'mag-mits',
    },
    { q: 'Wat moet een dienst doen als ze AI gebruikt voor communicatiemateriaal?', verdict: 'info' },
    {
      q: 'Het cultuurcentrum wil een AI-gegenereerde affiche voor een voorstelling. Moet dat vermeld worden?',
      verdict: 'moet',
    },
    {
      q: 'mogen wij als dienst chat gpt gebruiken voor onze communicatie of is dat alleen voor de communicatiedienst',
      verdict: 'mag-mits',
    },
    {
      q: 'Mijn diensthoofd heeft met AI een tekst voor het intranet laten schrijven. Moet dat erbij staan?',
      verdict: 'moet',
    },
    { q: 'ai foto op onze facebookpost van de speelpleinwerking, vermelden?', verdict: 'moet' },
    {
      q: 'Kan onze dienst een AI-tool gebruiken om de teksten op onze webpagina eenvoudier te maken?',
      verdict: 'mag-mits',
    },
    {
      q: 'Wij willen met AI een mascote laten tekenen voor de campagne van de milieudienst. Moet dat transparant gebeuren?',
      verdict: 'moet',
    },
    { q: 'mag ik chatgtp gebruiken voor mijn mailing naar de verenigingen', verdict: 'mag-mits' },
  ],
};
