// Example questions for section 5.12.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  75: [
    { q: 'Wie is de beheerder van de gemeentelijke website?', verdict: 'info' },
    { q: 'bij wie moet ik zijn voor iets op de site van de gemeente', verdict: 'info' },
    { q: 'Wie beheert zilverbeek.be eigenlijk?', verdict: 'info' },
    { q: 'wie beheert de webstie', verdict: 'info' },
    {
      q: 'Ik ben nieuw bij burgerzaken. Wie kan me helpn als er iets mis is met de website van de gemeente?',
      verdict: 'info',
    },
    { q: 'Hoe zit het met de website, wie is daar verantwoordelijk voor?', verdict: 'info' },
    { q: 'website gemeente beheer wie', verdict: 'info' },
    {
      q: 'Onze schepen vraagt wie de gemeentesite onderhoudt. Wat zeg ik hem?',
      verdict: 'info',
    },
    { q: 'Wie zorgt ervoor dat de website van de gemeente draait en er goed uitziet?', verdict: 'info' },
    {
      q: 'De knop om je aan te melden voor de nieuwsbrief op de homepage werkt niet. Wie beheert de site?',
      verdict: 'info',
    },
    { q: 'is de it-dienst of communicatie verantwoordelijk voor onze website', verdict: 'info' },
    { q: 'onze algemeen directeur wil weten welke dienst de gemeentelijke website beheert', verdict: 'info' },
    { q: 'Hoe zit het met de opmaak en het beheer van de website, wie doet dat?', verdict: 'info' },
    { q: 'wie beheert onze site, communicatie?', verdict: 'info' },
  ],
  76: [
    {
      q: 'De openingsuren van het recyclagepark op de website kloppen niet meer. Moeten wij dat zelf aanpassen?',
      verdict: 'moet',
    },
    { q: 'wie houdt de info over onze eigen dienst op zilverbeek.be actueel', verdict: 'info' },
    {
      q: 'Is de communicatiedienst verantwoordelijk voor de inhoud van onze pagna op de site?',
      verdict: 'moet',
    },
    { q: 'moeten wij zelf de tarieven van de sporthal op de site bijwerken', verdict: 'moet' },
    {
      q: 'Op de pagina van de bib staan nog de oude uitleentermijnen. Wiens taak is het om dat te verbeteren?',
      verdict: 'info',
    },
    {
      q: 'Moet de jeugddienst zelf controleren of de info over de speelpleinwerking op de website nog juist is?',
      verdict: 'moet',
    },
    { q: 'verouderde info op de webiste, wie past aan?', verdict: 'info' },
    {
      q: 'Mijn diensthoofd zegt dat communicatie de website bijhoudt, dus dat wij niks moeten doen. Klopt dat?',
      verdict: 'moet',
    },
    {
      q: 'Het reglement voor de premies is veranderd. Moet ik er zelf voor zorgen dat de nieuwe versie op de website komt?',
      verdict: 'moet',
    },
    { q: 'inhoud website dienst zelf verantwoordelijk?', verdict: 'moet' },
    {
      q: 'Zijn wij als sociaal huis verantwoordelijk voor de juistheid van wat over ons op de site staat?',
      verdict: 'moet',
    },
    {
      q: 'Een inwoner meldt dat de contactgegevens van de technische dienst op de website fout zijn. Aan wie is het om dat recht te zetten?',
      verdict: 'info',
    },
    {
      q: "moeten we als dienst onze webpagina's regelmatig nalezen of doet iemand anders dat",
      verdict: 'moet',
    },
    {
      q: 'Ik heb een fout gezien in de tekst over de omgevingsvergunning op de website. Moet onze dienst die verbeteren?',
      verdict: 'moet',
    },
    { q: 'Wie is inhoudelijk verantwoordelijk voor de informatie op de website?', verdict: 'info' },
  ],
  77: [
    { q: 'Mag ik een nieuwe pagina toevoegen aan de website van de gemeente?', verdict: 'mag-mits' },
    {
      q: 'Kunnen we een extra menu-item voor de zomerwerking op de site zetten?',
      verdict: 'mag-mits',
    },
    {
      q: 'De sportdienst wil een online inschrijvingsmodule op de website voor de sportkampen. Kan dat zomaar?',
      verdict: 'mag-mits',
    },
    { q: 'mag ik de strucuur van onze rubriek op de website omgooien', verdict: 'mag-mits' },
    {
      q: 'Onze dienst wil een aparte subsite voor het project rond de dorpskern. Wat moeten we doen?',
      verdict: 'mag-mits',
    },
    { q: 'nieuw onderdeel op de website, moet ik da eerst vragen?', verdict: 'mag-mits' },
    {
      q: 'Is het ok als ik een formulier voor zaalreservaties op de site plaats zonder eerst met communicatie te praten?',
      verdict: 'mag-mits',
    },
    {
      q: "Mijn diensthoofd wil dat we de pagina van de technische dienst opsplitsen in drie nieuwe pagina's. Moet communicatie dat eerst weten?",
      verdict: 'mag-mits',
    },
    { q: 'Mogen wij een chatbot op de gemeentelijke website zetten?', verdict: 'mag-mits' },
    {
      q: 'Kan de bib een eigen kalendertje inbouwen op haar pagina van de gemeentesite?',
      verdict: 'mag-mits',
    },
    { q: 'menu website aanpassen mag dat', verdict: 'mag-mits' },
    {
      q: 'De schepen wil een nieuwe rubriek "Uw vraag aan het college" op de website. Hoe pakken we dat aan?',
      verdict: 'mag-mits',
    },
    {
      q: 'We willen de volgorde van de tegels op de homepage veranderen. Mag dat?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kunnen we op de website een kaart met alle speelpleintjes toevoegen?',
      verdict: 'mag-mits',
    },
  ],
  78: [
    {
      q: 'Kan ik zelf een idee voor een nieuwsbericht op de website aanbrengen bij communicatie?',
      verdict: 'mag',
    },
    {
      q: 'Onze dienst heeft nieuws over de heraanleg van het park. Mogen we een nieuwsitem op de site voorstellen?',
      verdict: 'mag',
    },
    { q: 'hoe krijg ik een nieuwtje op de website van de gemeente', verdict: 'info' },
    { q: 'mag ik als gewone medewerker een idee voor een websitebericht doorgeven', verdict: 'mag' },
    {
      q: 'De bib heeft een nieuwe collectie strips. Kunnen we communicatie vragen om daar een nieuwsbericht van te maken?',
      verdict: 'mag',
    },
    { q: 'Bij wie dien ik een voorstel voor een nieuwsbericht op de site in', verdict: 'info' },
    { q: 'nieuwsbericht website voorstellen kan da?', verdict: 'mag' },
    {
      q: 'Is het ok als de jeugddienst voorstellen doet voor berichten in de nieuwsrubriek van de website?',
      verdict: 'mag',
    },
    {
      q: 'De technische dienst begint volgende maand met wegenwerken in de dorpstraat. Mag ik vragen om dat als nieuws op de website te zetten?',
      verdict: 'mag',
    },
    {
      q: 'Mogen ook gewone medewerkers, niet alleen dienshoofden, nieuws voor de website aanbrengen?',
      verdict: 'mag',
    },
    { q: 'Wat doe ik met een goed idee voor een nieuwsbericht op de gemeentesite?', verdict: 'info' },
    {
      q: 'ik heb een leuk verhaal over een vrijwilliger van het sociaal huis, mag ik dat aan communicatie voorstellen voor de website',
      verdict: 'mag',
    },
    {
      q: 'Kan het sportcentrum nieuws over de vernieuwde kleedkamers aanbrengen bij de communicatiedienst voor de site?',
      verdict: 'mag',
    },
    { q: 'Mogen wij suggesties geven voor nieuwsberichten op de website?', verdict: 'mag' },
  ],
};
