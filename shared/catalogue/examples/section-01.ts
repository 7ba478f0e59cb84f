// Example questions for section 5.1.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  1: [
    { q: 'wie schrijft bij ons het communicatiebeleidsplan?', verdict: 'info' },
    { q: 'Moet de communicatiedienst een communicatieplan voor de hele gemeente opmaken?', verdict: 'moet' },
    { q: 'van welke doelen vertrekt het communicatiebeleidsplan eigenlijk', verdict: 'info' },
    {
      q: 'Onze directeur vraagt wie het communicatiebeleidsplan opstelt: het managementteam of communicatie?',
      verdict: 'info',
    },
    {
      q: 'moet er een communicatiebeleidsplan zijn dat aansluit bij de doelen van de organisatie',
      verdict: 'moet',
    },
    {
      q: 'Mijn diensthoofd wil weten of wij als jeugddienst zelf een communicatiebeleidsplan moeten schrijven of dat communicatie dat doet.',
      verdict: 'info',
    },
    { q: 'communicatiebeleidsplan wie maakt da', verdict: 'info' },
    { q: 'is de communicatiedienst verplicht om een comunicatiebeleidsplan te maken', verdict: 'moet' },
    { q: 'hoe komt het communicatiebelijdsplan tot stand?', verdict: 'info' },
    {
      q: 'De nieuwe bestuursploeg heeft haar doelstellingen vastgelegd. Moet communicatie nu een communicatiebeleidsplan maken dat daarop aansluit?',
      verdict: 'moet',
    },
    { q: 'wie vertaald de organisatiedoelen naar een plan voor onze communicatie', verdict: 'info' },
    { q: 'ik zoek het communicatieplan van de gemeente, wie heeft dat gemaakt?', verdict: 'info' },
  ],
  2: [
    { q: 'wie doet op het einde van de rit de evaluatie van ons communicatiebeleidsplan?', verdict: 'info' },
    {
      q: 'wie volgt op of de acties uit het communicatiebeleidsplan ook echt uitgevoerd worden',
      verdict: 'info',
    },
    { q: 'Wie is verantwoordelijk voor de uitvoering van het communicatieplan?', verdict: 'info' },
    { q: 'hoe zit het met de evaluatie van ons communicatiebeleidsplan, wie doet dat', verdict: 'info' },
    {
      q: 'Een gemeenteraadslid vraagt wie de planning van het communicatiebeleidsplan bewaakt. Wie is dat bij ons?',
      verdict: 'info',
    },
    { q: 'communicatiebeleidsplan evaluatie wie', verdict: 'info' },
    { q: 'wie zorgt ervoor dat het communicatiebeleidsplan ook gerealiseerd wordt', verdict: 'info' },
    {
      q: 'Is de communicatiedienst verantwoordelijk voor de realisatie van het communicatiebeleidsplan?',
      verdict: 'info',
    },
    { q: 'wie houd de timing van het communicatiebeleidsplan in het oog', verdict: 'info' },
    {
      q: 'bij wie kan ik terecht als ik wil weten hoever het staat met het communicatieplan',
      verdict: 'info',
    },
    { q: 'wie maakt de jaarplanning van de acties uit het communicatiebeleidsplan?', verdict: 'info' },
    {
      q: 'Het communicatiebeleidsplan loopt bijna af. Wie bekijkt wat er gelukt is en wat niet?',
      verdict: 'info',
    },
  ],
  3: [
    {
      q: 'Hoe dikwijls overleggen de schepen van communicatie en onze communicatieverantwoordelijke?',
      verdict: 'info',
    },
    {
      q: 'moet de communicatieverantwoordelijke regelmatig overleggen met de schepen van communicatie',
      verdict: 'moet',
    },
    { q: 'met wie bespreekt onze communicatieverantwoordelijke de communicatiedoelen?', verdict: 'info' },
    {
      q: 'de burgmeester heeft communicatie in haar portefeuille, moet zij geregeld samenzitten met de communicatieverantwoordelijke?',
      verdict: 'moet',
    },
    { q: 'wie stuurt de communicatiedoelen bij als ze nie gehaald worden', verdict: 'info' },
    {
      q: 'is er een vast overleg tussen de communicatieverantwoordelijke en de schepen van communicatie',
      verdict: 'info',
    },
    {
      q: 'De schepen van communicatie wil de communicatiedoelen bijsturen. Moet hij dat bespreken met de communicatieverantwoordelijke?',
      verdict: 'moet',
    },
    { q: 'overleg schepen communicatie en communicatieverantwoordelijke, hoe vaak?', verdict: 'info' },
    {
      q: 'moet de schepen van communicatie op de hoogte blijven van hoe het loopt met de communicatiedoelen?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben nieuw als communicatieverantwoordelijke. Moet ik zelf een overleg met de schepen van communicatie inplannen?',
      verdict: 'moet',
    },
    {
      q: 'ge moet toch nie elke maand samenzitten met de schepen van communicatie?',
      verdict: 'moet',
    },
    { q: 'wie bespreekt de voortgang van onze communicatiedoelen met de schepen', verdict: 'info' },
  ],
  4: [
    {
      q: 'Wie bepaalt welke communicatie er komt rond de opening van het nieuwe cultuurcentrum, de schepen of de communicatiedienst?',
      verdict: 'info',
    },
    { q: 'moet communicatie haar acties laten goedkeuren door het college?', verdict: 'moet' },
    {
      q: 'moeten noodzakelijke communicatie-acties voorgelegd worden aan het schepencollege',
      verdict: 'moet',
    },
    { q: 'welke communicatie nodig is voor de burger, wie bepaalt dat bij ons', verdict: 'info' },
    { q: 'onze dienst wil ne grote campagne, wie beslist of die er komt', verdict: 'info' },
    {
      q: 'gaan de communicatie-acties naar het college ter goedkeuring of gewoon ter kennisname',
      verdict: 'moet',
    },
    {
      q: 'Moet de communicatiedienst het college verwittigen als ze een nieuwe campagne opstart?',
      verdict: 'moet',
    },
    {
      q: 'Wie kijkt welke communicatie nodig is om aan de noden van de inwoners tegemoet te komen?',
      verdict: 'info',
    },
    { q: 'communicatieacties kennisgeving college?', verdict: 'moet' },
    {
      q: 'De communicatiedienst wil een mailing naar alle inwoners sturen over de nieuwe afvalregeling. Moet dat eerst langs het college?',
      verdict: 'moet',
    },
  ],
  5: [
    {
      q: 'zit onze communicatieverantwoordelijke eigenlijk mee in het managementteam of niet?',
      verdict: 'info',
    },
    { q: 'is lies van communicatie lid van het mt', verdict: 'info' },
    { q: 'wie van de communicatiedienst neemt deel aan het managementteam', verdict: 'info' },
    {
      q: 'hoe zorgen we dat beslissingen van het MT snel gecommuniceerd worden, zit communicatie daar mee aan tafel?',
      verdict: 'info',
    },
    { q: 'communicatieverantwoordelijke mt lid?', verdict: 'info' },
    {
      q: 'Ons diensthoofd vroeg zich af waarom de communicatieverantwoordelijke bij het managementteam aanschuift.',
      verdict: 'info',
    },
    { q: 'Moet de communicatiedienst vertegenwoordigd zijn in het managementteam?', verdict: 'info' },
    {
      q: 'zit de communicatieverantwoordelijke in het managementtem om het management communicatie-alert te houden',
      verdict: 'info',
    },
    {
      q: 'mag de communicatieverantwoordelijke blijven zitten als het MT een tuchtdossier bespreekt?',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'Mag de communicatieverantwoordelijke als waarnemer naar het managementteam?',
      verdict: 'mag-mits',
      variant: 1,
    },
    {
      q: 'De communicatieverantwoordelijke is bij ons enkel waarnemend lid van het MT. Mag die wel mee vergaderen?',
      verdict: 'mag-mits',
      variant: 1,
    },
    {
      q: 'moet de communicatieverantwoordelijke de vergadering verlaten bij persoonsgebonden punten op het MT',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'mag communicatie mee luisteren als het managementteam delicate personeelszaken bespreekt',
      verdict: 'mag-niet',
      variant: 1,
    },
  ],
  6: [
    { q: 'mag de communicatieverantwoordelijke de collegeagenda inkijken?', verdict: 'mag' },
    { q: 'Heeft communicatie toegang tot de agenda van het college en het MT?', verdict: 'mag' },
    {
      q: 'moet de communicatieverantwoordelijke vooraf advies geven over punten op de collegeagenda',
      verdict: 'moet',
    },
    {
      q: 'wanneer hoort communicatie welke collegebeslissingen gecommuniceerd moeten worden',
      verdict: 'info',
    },
    {
      q: 'moet de communicatiedienst direct na het college weten wat er beslist is',
      verdict: 'moet',
    },
    { q: 'Mag Lies van communicatie de agenda van het managementteam op voorhand zien?', verdict: 'mag' },
    { q: 'wie geeft communicatieadvies bij de agendapunten van het schepencollege', verdict: 'info' },
    { q: 'ik zet een punt op de collegeagenda, krijgt communicatie dat vooraf te zien?', verdict: 'mag' },
    {
      q: 'Het college heeft gisteren beslist over de nieuwe parkeerregeling. Moet de communicatieverantwoordelijke daar meteen info over krijgen?',
      verdict: 'moet',
    },
    { q: 'mag de communicatieverantwoordelijke de ontwerpagenda van het cbs raadpelgen', verdict: 'mag' },
    { q: 'moet communicatie advies geven voordat het college beslist', verdict: 'moet' },
    { q: 'krijgt de communicatedienst info na elke collegezitting', verdict: 'moet' },
    {
      q: 'wie laat de communicatieverantwoordelijke weten wat er in het college beslist is en naar buiten mag?',
      verdict: 'info',
    },
  ],
  7: [
    { q: 'moet er bij elk collegevoorstel een communicatieparagraaf staan?', verdict: 'moet' },
    { q: 'wat is een communicatieparagraaf', verdict: 'info' },
    {
      q: 'Ik schrijf een nota voor het college over de heraanleg van het sportpark. Moet ik daar een stukje over communicatie in zetten?',
      verdict: 'moet',
    },
    { q: 'wat moet er in de communicatieparagraaf komen', verdict: 'info' },
    {
      q: 'moeten wij als bib een communicatieparagraaf toevoegen aan ons voorstel voor het MT',
      verdict: 'moet',
    },
    { q: 'communicatieparagraaf in collegenota verplicht?', verdict: 'moet' },
    {
      q: 'waar duid ik aan wie er over een collegebeslissing geïnformeerd moet worden',
      verdict: 'info',
    },
    {
      q: 'Hoe weet iedereen na een collegebeslissing wie er verantwoordelijk is voor de communicatie erover?',
      verdict: 'info',
    },
    {
      q: 'Moet de technische dienst in haar collegevoorstel vermelden wie de buurtbewoners verwittigt?',
      verdict: 'moet',
    },
    { q: 'is een communicatieparagraaf ook nodig voor beslissingen van het managmentteam', verdict: 'moet' },
    { q: 'moet ik in mijn ontwerpbesluit zetten wie er moet geinformeerd worden', verdict: 'moet' },
    { q: 'da stukske over communicatie onderaan de collegenota, is da verplicht?', verdict: 'moet' },
  ],
};
