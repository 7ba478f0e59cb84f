// Example questions for section 5.3.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  18: [
    // Commercial neutrality in the municipality's own channels (issue 13: naming a shop or brand).
    {
      q: 'mogen we in het infoblad reclame maken voor de nieuwe supermarkt in het centrum?',
      verdict: 'mag-niet',
    },
    {
      q: 'kan ik in onze nieuwsbrief een bepaalde fietsenwinkel aanraden aan de inwoners',
      verdict: 'mag-niet',
    },
    {
      q: 'een cateraar wil dat we zijn naam vermelden in ons bericht op de gemeentewebsite, mag dat',
      verdict: 'mag-niet',
    },
    {
      q: 'De jeugddienst wil in haar post op de gemeentepagina een bepaald merk sportschoenen aanprijzen. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'krijgt een garage uit de gemeente gratis reclame in het gemeentemagazine omdat hij ons helpt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag de gemeente op haar website een bepaald restaurant aanbevelen aan bezoekers?',
      verdict: 'mag-niet',
    },
    { q: "wie let erop dat we geen firma's promoten in de gemeentelijke kanalen?", verdict: 'info' },
    {
      q: 'wie houdt bij ons in het oog dat publicaties van de gemeente politiek neutraal blijven',
      verdict: 'info',
    },
    { q: 'moet communicatie toezien op heldere taal in onze teksten?', verdict: 'moet' },
    { q: 'wat zijn de decretale normen voor overheidscommunicatie', verdict: 'info' },
    {
      q: 'wie kijkt na of onze flyer commercieel neutraal blijft als er sponsors op staan',
      verdict: 'info',
    },
    {
      q: 'Moet in onze communicatie duidelijk zijn of iets al beslist is of nog maar een voorstel?',
      verdict: 'moet',
    },
    {
      q: 'moet het altijd duidelijk zijn dat een bericht van de gemeente komt en niet van iemand anders',
      verdict: 'moet',
    },
    {
      q: 'wie ziet erop toe dat we als lokale overheid herkenbaar zijn in al onze communicatie',
      verdict: 'info',
    },
    {
      q: 'ik schrijf een tekst over het ontwerp van het mobiliteitsplan, moet ik vermelden dat het nog niet definitief beslist is',
      verdict: 'moet',
    },
    { q: 'welke regels gelden er voor overheidscommunicatie in Vlaanderen?', verdict: 'info' },
    {
      q: 'wie controleerd of we externe media zoals een advertentie in Het Belang van Limburg correct gebruiken',
      verdict: 'info',
    },
    {
      q: 'de schepen wil zijn foto groot op de affiche van de sportdag, wie bewaakt de neutraliteit van zoiets?',
      verdict: 'info',
    },
    { q: 'heldere taal verplicht voor gemeentelijke communicatie?', verdict: 'moet' },
    {
      q: 'Wij van de omgevingsdienst schrijven veel juridische teksten voor de website. Ziet communicatie erop toe dat die in heldere taal staan?',
      verdict: 'moet',
    },
    { q: 'decreet overheidscommunicatie wie bewaakt da bij ons', verdict: 'info' },
  ],
  19: [
    { q: 'wie helpt ons om een folder in klare taal te schrijven', verdict: 'info' },
    {
      q: 'is onze website toegankelijk voor mensen met een beperking, wie bewaakt dat',
      verdict: 'info',
    },
    {
      q: 'moeten we naast de website ook nog een papieren versie maken voor senioren',
      verdict: 'info',
    },
    { q: 'wat verstaan we onder inclusieve communicatie?', verdict: 'info' },
    {
      q: 'Het sociaal huis bereikt veel mensen die moeilijk lezen. Kan communicatie helpen om onze brieven eenvoudiger te maken?',
      verdict: 'info',
    },
    {
      q: 'wie kiest of we iets mondeling, op papier of digitaal communicren',
      verdict: 'info',
    },
    { q: 'klare taal hulp?', verdict: 'info' },
    { q: 'hoe zorgen we dat niemand uit de boot valt in onze communicatie', verdict: 'info' },
    { q: 'webtoegankelijkheid wie volgt da op', verdict: 'info' },
    {
      q: 'wij willen anderstalige nieuwkomers bereiken met info over de kinderopvang, wie kan ons daarbij helpen',
      verdict: 'info',
    },
    {
      q: 'is er iemand die nakijkt of onze teksten voor iedereen begrijpelijk zijn',
      verdict: 'info',
    },
    { q: 'moet alles ook op papier, niet iedereen heeft internet he', verdict: 'info' },
  ],
  20: [
    {
      q: 'mag ik een foto van het schepencollege voor het gemeentehuis op de cover van de folder zetten',
      verdict: 'moet',
    },
    { q: "welke foto's kiezen we voor de affiche, onze medewerkers of de bezoekers?", verdict: 'moet' },
    { q: "moeten we diversiteit tonen op onze foto's", verdict: 'moet' },
    {
      q: 'Voor de folder van het woonzorgcentrum wilde ik een foto van ons team gebruiken. Is het beter om bewoners te tonen?',
      verdict: 'moet',
    },
    { q: 'wie moet er centraal staan op de beelden in onze communicatie', verdict: 'info' },
    { q: "foto's van inwoners of van het personeel in het infoblad", verdict: 'moet' },
    {
      q: 'Moet er op onze beelden een mix van jong, oud en mensen met verschillende achtergronden staan?',
      verdict: 'moet',
    },
    {
      q: 'de burgemeester wil op de voorkant van de folder staan, past dat bij onze afspraken over beeldmateriaal',
      verdict: 'moet',
    },
    { q: 'beeldkeuze publiek centraal', verdict: 'moet' },
    {
      q: 'we maken een reel voor insta over de speelpleinwerking, zetten we dan de monitoren of de kinderen in beeld',
      verdict: 'moet',
    },
    {
      q: 'mogen we een foto van het gemeentehuis als coverbeeld nemen of moeten er mensen op staan',
      verdict: 'moet',
    },
    { q: 'bij elk artikel in het infoblad een foto van de schepen, is da de bedoeling?', verdict: 'moet' },
    {
      q: 'Voor de campagne rond de sportkampen zoeken we beelden. Waar moeten we op letten?',
      verdict: 'moet',
    },
    {
      q: 'tonen we op insta vooral onze eigen medewerkers aan het werk of de mensen voor wie we het doen',
      verdict: 'moet',
    },
  ],
  21: [
    { q: 'wie bewaakt de huisstijl?', verdict: 'info' },
    {
      q: 'Ik maak een affiche voor de jeugddienst, bij wie kan ik terecht voor de juiste kleuren en het lettertype?',
      verdict: 'info',
    },
    { q: 'welk lettertype moet ik gebruiken in een folder, bij wie kan ik dat navragen?', verdict: 'info' },
    {
      q: 'mag ik het logo een andere kleur geven zodat het beter past bij onze activiteit',
      verdict: 'info',
    },
    { q: 'wie controleert of onze flyer in de huisstijl is', verdict: 'info' },
    { q: 'de huisstijlgids van de gemeente, waar vind ik die', verdict: 'info' },
    { q: 'heeft communicatie een powerpointsjabloon in onze huistsijl', verdict: 'info' },
    { q: 'De kleuren van de gemeente: welke zijn dat en wie beheert die?', verdict: 'info' },
    {
      q: 'onze vereniging wil het gemeentelogo op hun affiche, wie moet ik daarvoor contacteren',
      verdict: 'info',
    },
    { q: 'huistijl gemeente wie', verdict: 'info' },
    { q: 'uit welke elementen bestaat een huisstijl?', verdict: 'info' },
    {
      q: 'kan communicatie ons helpen om de uitnodiging voor de nieuwjaarsreceptie in de huisstijl te maken',
      verdict: 'info',
    },
    { q: 'ik heb een word-sjabloon met het logo nodig voor een brief, wie heeft dat', verdict: 'info' },
    {
      q: 'wie zegt of ons logo juist gebruikt is op het spandoek voor de dorpsfeesten',
      verdict: 'info',
    },
    {
      q: 'Ik heb zelf een flyer ontworpen in Canva. Moet ik die laten nakijken door de communicatiedienst voor de huisstijl?',
      verdict: 'info',
    },
    { q: 'logo in hoge resolutie nodig voor ne banner', verdict: 'info' },
  ],
  22: [
    { q: 'spreek ik de burger aan met u of met je in een brief', verdict: 'moet' },
    { q: 'Moet ik in een brief over een omgevingsvergunning u gebruiken?', verdict: 'moet' },
    { q: 'op facebook schrijven we met je of met u', verdict: 'moet' },
    { q: 'welke aanspreekvorm gebruiken we op de webiste', verdict: 'moet' },
    { q: 'ge en gij in een post op insta, kan da?', verdict: 'moet' },
    {
      q: 'ik schrijf een mail terug aan een burger die een klacht had, tutoyeren of niet?',
      verdict: 'moet',
    },
    { q: 'in de nieuwsbrief de je-vorm of de u-vorm', verdict: 'moet' },
    {
      q: 'Mag ik in een brief aan de ouders van de speelpleinwerking je schrijven?',
      verdict: 'moet',
    },
    { q: 'moeten we in dossiers de u-vorm gebruike', verdict: 'moet' },
    { q: 'hoe sprekne we de inwoners aan in de folder van de bib', verdict: 'moet' },
    {
      q: "Ik maak een nieuwe webpagina over de afvalophaling. Spreek ik de lezer aan met 'je' of met 'u'?",
      verdict: 'moet',
    },
    { q: 'waarom gebruiken we je in het infoblad en u in brieven', verdict: 'info' },
    { q: 'aanspreekvorm in een officiële brief van het college', verdict: 'moet' },
    { q: 'tutoyeren op de website van de gemeente ok?', verdict: 'moet' },
    {
      q: 'de schepen vindt je te familiaar voor het infoblad en wil overal u, wat spreken we af',
      verdict: 'moet',
    },
  ],
  23: [
    { q: "wie maakt de richtlijnen voor foto's en privacy", verdict: 'info' },
    {
      q: 'Waar vind ik de afspraken over het fotograferen van kinderen op de speelpleinwerking?',
      verdict: 'info',
    },
    { q: 'is er een beeldbeleid bij de gemeente', verdict: 'info' },
    { q: 'foto kinderen sportkamp op facebook, waar staan de regels', verdict: 'info' },
    { q: 'wie beslist hoe we als gemeente omgaan met portretrecht', verdict: 'info' },
    {
      q: 'ik wil foto van bezoekers van het dorpsfeest op onze website zetten, wat zeggen de richtlijnen over privacy',
      verdict: 'info',
    },
    { q: 'wie ontwikkeld het beeldbeleid van de gemeente', verdict: 'info' },
    {
      q: "Bij wie kan ik terecht met vragen over toestemming voor foto's van deelnemers aan onze activiteit?",
      verdict: 'info',
    },
    {
      q: "welke kwaliteit moeten foto's hebben voor het infoblad, zijn daar richtlijnen voor",
      verdict: 'info',
    },
    { q: "privacy op foto's van de gemeente, wie regelt da", verdict: 'info' },
    {
      q: "Onze jeugddienst maakt veel foto's tijdens de grabbelpas. Zijn er afspraken over hoe we daarmee omgaan?",
      verdict: 'info',
    },
    { q: 'beeldbeleid wie coordineert', verdict: 'info' },
    {
      q: "de GDPR en foto's van inwoners, wie heeft daar bij ons richtlijnen over opgesteld",
      verdict: 'info',
    },
    {
      q: "een collega wil foto's van bewoners van het woonzorgcentrum op facebook zetten, welke richtlijnen gelden daarvoor?",
      verdict: 'info',
    },
    { q: "portretrecht foto's infoblad", verdict: 'info' },
  ],
  24: [
    { q: 'mag ik een foto van google gebruiken voor onze flyr', verdict: 'mag-mits' },
    { q: 'kan ik een afbeelding van internet op onze facebookpagina zetten?', verdict: 'mag-mits' },
    { q: "Mag ik een foto uit 't Nieuwsblad overnemen in ons infoblad?", verdict: 'mag-mits' },
    { q: "moeten we eigen foto's gebruiken of mogen we stockfoto's nemen", verdict: 'mag-mits' },
    { q: "auteursrecht foto's website", verdict: 'mag-mits' },
    {
      q: "een fotograaf heeft foto's gemaakt van de opening van het nieuwe zwembad, mogen we die zomaar gebruiken in de nieuwsbrief",
      verdict: 'mag-mits',
    },
    {
      q: 'ik vond een mooie tekening op pinterest voor de affiche van de kinderboekenweek, is dat ok',
      verdict: 'mag-mits',
    },
    {
      q: "Een vereniging stuurde ons foto's door voor een artikel over hun jubileum. Mogen we die gebruiken?",
      verdict: 'mag-mits',
    },
    { q: "gebruiken we best eigen foto's of beelden van het web", verdict: 'mag-mits' },
    { q: 'mag de bib de cover van een boek op insta posten', verdict: 'mag-mits' },
    { q: 'foto van een andere gemeente overnemen voor onze campagne, mag da', verdict: 'mag-mits' },
    {
      q: 'ik heb ne foto gevonden op facebook van de wielerwedstrijd, mag ik die gebruiken op onze website',
      verdict: 'mag-mits',
    },
    {
      q: 'beelden van een stockfotosite voor de affiche van het zwembad, kan dat?',
      verdict: 'mag-mits',
    },
    { q: 'auteursrechten op beelden, waar moet ik op letten', verdict: 'mag-mits' },
    {
      q: "De sportdienst wil foto's van profrenners van de website van Sporza gebruiken op de flyer van de wielerdag. Kan dat zomaar?",
      verdict: 'mag-mits',
    },
    {
      q: 'moogt ge zomaar een foto van het internet in uw powerpoint plakken voor de infoavond',
      verdict: 'mag-mits',
    },
  ],
  25: [
    { q: 'volgt de communicatiedienst opleidingen?', verdict: 'info' },
    { q: 'hoe blijft communicatie mee met de nieuwe trends', verdict: 'info' },
    { q: 'gaat de communicatiedienst naar studiedagen over communicatie?', verdict: 'info' },
    {
      q: 'wie houdt de kennis over communicatie up-to-date in onze gemeente',
      verdict: 'info',
    },
    { q: 'Waarom zit de communicatiedienst vandaag op een opleiding?', verdict: 'info' },
    { q: 'opleiding communicatiedienst', verdict: 'info' },
    { q: 'volgen onze communicatiemedewerkers de ontwikkelingen in het vak', verdict: 'info' },
    { q: 'blijft de communicatiedienst op de hoogte van nieuwe regels en tols', verdict: 'info' },
    {
      q: 'Is het de taak van communicatie om bij te leren over bv. TikTok en andere nieuwe kanalen?',
      verdict: 'info',
    },
    { q: 'hoe zorgt de communicatiedienst dat haar expertise actueel blijft', verdict: 'info' },
  ],
};
