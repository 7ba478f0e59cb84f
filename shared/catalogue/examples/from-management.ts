// Example questions in the voice of mandatarissen, kabinet and management (second round).
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  // 5.1 Beleid vertalen naar communicatiebeleid
  1: [
    { q: 'Wie stelt bij ons eigenlijk het communicatiebeleidsplan op?', verdict: 'info' },
    {
      q: 'Ik ben nieuw als algemeen directeur: is de communicatiedienst verplicht om een communicatieplan af te leveren?',
      verdict: 'moet',
    },
    {
      q: 'Onze burgemeester wil weten of het communicatieplan vertrekt van de doelstellingen van de organisatie of los daarvan geschreven wordt',
      verdict: 'info',
    },
    {
      q: 'Graag bevestiging: de dienst communicatie moet zelf een plan maken dat aansluit bij onze organisatiedoelen?',
      verdict: 'moet',
    },
    { q: 'wie moet dat communicatieplan schrijven, het kabinet of de dienst?', verdict: 'info' },
    {
      q: 'Als diensthoofd: op welke basis wordt het plan voor onze communicatie gemaakt?',
      verdict: 'info',
    },
  ],
  2: [
    {
      q: 'Wie evalueert het communicatieplan op het einde van het jaar, het college of de communicatiedienst?',
      verdict: 'info',
    },
    {
      q: 'Bij wie ligt de verantwoordelijkheid als acties uit het communicatieplan niet uitgevoerd worden?',
      verdict: 'info',
    },
    {
      q: 'Ik ben schepen van communicatie, wie houdt de timing van het communicatiebeleidsplan bij?',
      verdict: 'info',
    },
    {
      q: 'Als oppositieraadslid wil ik weten wie instaat voor de uitvoering van het communicatieplan',
      verdict: 'info',
    },
    { q: 'Is het de dienst zelf die de uitvoering van het comunicatieplan plant?', verdict: 'info' },
    {
      q: 'Onze algemeen directeur vraagt wie de evaluatie van het communicatiebeleidsplan doet',
      verdict: 'info',
    },
  ],
  3: [
    {
      q: 'Moet ik als schepen van communicatie geregeld samenzitten met het diensthoofd communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Om de hoeveel tijd is er een overleg tussen mij als schepen van communicatie en de communicatieverantwoordelijke?',
      verdict: 'info',
    },
    {
      q: 'Is dat overleg tussen de schepen en de verantwoordelijke van communicatie verplicht of vrijblijvend?',
      verdict: 'moet',
    },
    {
      q: 'Waarover gaat het periodiek overleg tussen de schepen van communicatie en de communicatieverantwoordelijke?',
      verdict: 'info',
    },
    {
      q: 'Onze schepen wil de communicatiedoelen bijsturen, moet dat samen met de communicatieverantwoordelijke?',
      verdict: 'moet',
    },
    {
      q: 'ik werk op het kabinet van de schepen van communicatie: met wie plant zij de opvolging van de communicatiedoelen?',
      verdict: 'info',
    },
  ],
  4: [
    {
      q: 'Beslist het college welke communicatieacties er komen, of de communicatiedienst?',
      verdict: 'info',
    },
    { q: 'Moet de communicatiedienst haar acties eerst aan het college laten weten?', verdict: 'moet' },
    {
      q: 'Als schepen wil ik een campagne, maar wie bepaalt uiteindelijk welke communicatie nodig is?',
      verdict: 'info',
    },
    {
      q: 'Graag bevestiging: de noodzakelijke communicatieacties gaan ter kennisname naar het college, niet ter goedkeuring?',
      verdict: 'moet',
    },
    {
      q: 'Krijgt het schepencollege de belangrijke acties van de communicatiedienst te zien?',
      verdict: 'moet',
    },
    { q: 'Wie kiest welke acties er gebeuren om de noden van de inwoners in te vullen?', verdict: 'info' },
  ],
  5: [
    { q: 'Zit de communicatieverantwoordelijke bij ons in het managementteam?', verdict: 'info' },
    {
      q: 'Ik ben algemeen directeur: waarom zit de communicatieverantwoordelijke eigenlijk mee in het MT?',
      verdict: 'info',
    },
    { q: 'Is het diensthoofd communicatie een volwaardig lid van het managementteam?', verdict: 'info' },
    {
      q: 'Mag de communicatieverantwoordelijke blijven zitten als we in het MT personeelsdossiers bespreken?',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'Kan de communicatieverantwoordelijke als waarnemer mee aan tafel in het managementteam?',
      verdict: 'mag-mits',
      variant: 1,
    },
    {
      q: 'Bij ons is communicatie enkel waarnemend lid van het MT: mag die dan gewoon meevergaderen over de gewone punten?',
      verdict: 'mag-mits',
      variant: 1,
    },
  ],
  6: [
    { q: 'Mag de communicatieverantwoordelijke de agenda van het college vooraf inkijken?', verdict: 'mag' },
    {
      q: 'Moet de communicatiedienst vooraf advies geven bij de agendapunten van het schepencollege?',
      verdict: 'moet',
    },
    {
      q: 'Wanneer hoort de communicatieverantwoordelijke welke collegebeslissingen gecommuniceerd moeten worden?',
      verdict: 'info',
    },
    {
      q: 'Onze burgemeester vraagt of de communicatie-verantwoordelijke de MT-agenda ook mag zien',
      verdict: 'mag',
    },
    {
      q: 'Moeten wij als college de communicatieverantwoordelijke meteen na de zitting briefen over de beslissingen?',
      verdict: 'moet',
    },
    {
      q: 'als diensthoofd: krijgt communicatie inzage in de agenda van het managementteam vooraleer we vergaderen?',
      verdict: 'mag',
    },
  ],
  7: [
    { q: 'Moet er bij elk collegevoorstel een stukje over communicatie staan?', verdict: 'moet' },
    {
      q: 'Ik ben diensthoofd: wat moet ik invullen in de communicatieparagraaf van een beslissing?',
      verdict: 'info',
    },
    {
      q: 'Wie vult in het ontwerpbesluit in wie er over de beslissing geïnformeerd moet worden?',
      verdict: 'info',
    },
    { q: 'Kan een nota voor het managementteam zonder communicatieparagraaf?', verdict: 'moet' },
    {
      q: 'Als schepen wil ik weten: staat er in de besluiten wie verantwoordelijk is voor de communicatie erover?',
      verdict: 'info',
    },
    { q: 'Is een communicatieparagraaf verplicht in onze collegenotas?', verdict: 'moet' },
  ],

  // 5.2 Gemeentediensten en communicatiedienst
  8: [
    {
      q: 'Ik ben diensthoofd cultuur, helpt de communicatiedienst ons met de promotie van ons festival?',
      verdict: 'info',
    },
    {
      q: 'Kan de communicatiedienst een extern bureau inschakelen voor de campagne van onze dienst?',
      verdict: 'info',
    },
    { q: 'Wie beslist of de ondersteuning intern gebeurt of door een extern bureau?', verdict: 'info' },
    {
      q: 'Onze schepen wil dat communicatie de sportdienst ondersteunt bij hun nieuwe werking: hoe gaat dat?',
      verdict: 'info',
    },
    {
      q: 'Doet de communicatiedienst de communicatie voor de diensten zelf of begeleiden ze enkel?',
      verdict: 'info',
    },
    { q: 'als afdelingshoofd: op welke hulp van communicatie kan mijn afdeling rekenen?', verdict: 'info' },
  ],
  9: [
    {
      q: 'Ik ben diensthoofd en we starten binnen drie maanden met een nieuw project, wanneer moet ik communicatie erbij halen?',
      verdict: 'info',
    },
    { q: 'Moet mijn dienst de communicatiedienst al in de opstartfase betrekken?', verdict: 'moet' },
    {
      q: 'Kan ik de communicatiedienst de week voor de opening nog vragen om een campagne?',
      verdict: 'moet',
    },
    {
      q: 'Onze schepen wil een project lanceren; moeten we de kosten van communicatie vooraf met de communicatiedienst bespreken?',
      verdict: 'moet',
    },
    {
      q: 'Waarover overleg ik met communicatie als mijn afdeling een project voorbereidt?',
      verdict: 'info',
    },
    { q: 'Waarom vraagt de communicatiedienst dat we zo vroeg komen aankloppen?', verdict: 'info' },
  ],
  11: [
    {
      q: 'Helpt de communicatiedienst ook ons onthaalpersoneel om burgers goed te informeren?',
      verdict: 'info',
    },
    {
      q: 'Ik ben diensthoofd van de buitendienst: kan communicatie mijn ploeg ondersteunen bij vragen van inwoners?',
      verdict: 'info',
    },
    { q: 'Wie helpt de loketmedewerkers met hun informatieplicht?', verdict: 'info' },
    {
      q: 'Wat houdt de decretale informatieplicht in voor ons loket en wie begeleidt ons daarin?',
      verdict: 'info',
    },
    {
      q: 'Onze burgemeester wil dat het onthaal de dingen beter uitlegt aan de mensen, kan de communicatiedienst daar iets in betekenen?',
      verdict: 'info',
    },
  ],
  12: [
    { q: 'Wie behandelt een aanvraag tot openbaarheid van bestuur bij ons?', verdict: 'info' },
    {
      q: 'Als oppositieraadslid: naar wie stuur ik een inwoner die inzage wil in een dossier?',
      verdict: 'info',
    },
    {
      q: 'Ik krijg als diensthoofd een vraag om documenten in te kijken via openbaarheid, moet communicatie die behandelen?',
      verdict: 'moet',
    },
    { q: 'Moet de communicatiedienst de openbaarheidsaanvragen registreren?', verdict: 'moet' },
    { q: 'Wie legt aan de diensten uit wat openbaarheid van bestuur betekent?', verdict: 'info' },
    {
      q: 'Onze schepen vraagt wie er bijhoudt hoeveel vragen om inzage in bestuursdocumenten we krijgen',
      verdict: 'info',
    },
  ],
  13: [
    {
      q: 'Een inwoner klaagt bij mij als schepen over het containerpark, wie handelt de klacht af?',
      verdict: 'info',
    },
    {
      q: 'Waarom vraagt de klachtencoördinator mij als schepen om feedback over een klacht?',
      verdict: 'info',
    },
    {
      q: 'Wie beantwoordt uiteindelijk een klacht van een burger: het kabinet of de communicatiedienst?',
      verdict: 'info',
    },
    { q: 'Moet de communicatiedienst elke klacht registreren?', verdict: 'moet' },
    { q: 'Moet de communicatiedienst zelf de klager een antwoord sturen?', verdict: 'moet' },
    {
      q: 'Bij ons doet de dienst klantenbeheer de klachten, niet communicatie: moet die dienst dan ook registreren en antwoorden?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'Onze klachtenbehandeling zit bij het secretariaat: wie beantwoordt dan een klacht?',
      verdict: 'info',
      variant: 1,
    },
  ],
  14: [
    { q: 'Wie beheert de fotodatabank van de gemeente?', verdict: 'info' },
    {
      q: "Ik heb als schepen mooie foto's van een opening, waar komen die terecht in de beeldbank?",
      verdict: 'info',
    },
    { q: 'Heeft de gemeente een centrale beeldbank en wie houdt die bij?', verdict: 'info' },
    {
      q: "Als diensthoofd zoek ik foto's van onze werken, bij wie moet ik zijn voor de beeldendatabank?",
      verdict: 'info',
    },
    { q: 'Wie heeft die beelddatabank opgezet en wie onderhoudt ze?', verdict: 'info' },
  ],
  15: [
    { q: 'Wie zit er in de redactieraad en wat doet die precies?', verdict: 'info' },
    { q: 'Kan ik als schepen onderwerpen aanbrengen via de redactieraad?', verdict: 'info' },
    { q: 'Wie maakt de contentplanning voor website, nieuwsbrief en facebook?', verdict: 'info' },
    {
      q: 'Onze algemeen directeur wil weten wie bepaalt welke content op welk kanaal van de gemeente komt',
      verdict: 'info',
    },
    { q: 'Is er vastgelegd wie er in de redactieraad zetelt en met welke taken?', verdict: 'info' },
    {
      q: 'Als diensthoofd: wie bewaakt de kwaliteit van wat we over alle kanalen heen publiceren?',
      verdict: 'info',
    },
  ],
  16: [
    { q: 'Moeten mijn medewerkers zelf nieuwtjes doorgeven aan communicatie?', verdict: 'moet' },
    {
      q: 'Ik ben diensthoofd: verwacht de communicatiedienst dat mijn team onderwerpen aanbrengt?',
      verdict: 'moet',
    },
    { q: 'Wat wordt er bedoeld met communicatiereflexen bij het personeel?', verdict: 'info' },
    {
      q: 'Moet iedereen in de organisatie ideeën voor de nieuwsbrief en het intranet aanreiken?',
      verdict: 'moet',
    },
    {
      q: 'Als afdelingshoofd, waar moeten mijn mensen met suggesties voor interne communicatie naartoe?',
      verdict: 'info',
    },
  ],
  17: [
    {
      q: 'Ben ik als diensthoofd verantwoordelijk dat de info binnen mijn dienst doorstroomt?',
      verdict: 'moet',
    },
    {
      q: 'Wordt er bij de evaluatie van leidinggevenden gekeken naar hoe ze hun team informeren?',
      verdict: 'info',
    },
    {
      q: 'Moet ik als afdelingshoofd mijn medewerkers zelf op de hoogte houden van wat er beslist wordt?',
      verdict: 'moet',
    },
    { q: 'Welke rol hebben leidinggevenden in de communicatie van onze organisatie?', verdict: 'info' },
    {
      q: 'Onze algemeen directeur wil communicatie meenemen in de aanwervingsprocedure voor diensthoofden: klopt dat met de afspraken?',
      verdict: 'info',
    },
    {
      q: 'Kan ik de informatiedoorstroming in mijn afdeling gewoon aan de communicatiedienst overlaten?',
      verdict: 'moet',
    },
  ],

  // 5.3 Kwaliteitszorg
  18: [
    { q: 'Wie controleert of onze communicatie politiek neutraal en in heldere taal is?', verdict: 'info' },
    {
      q: 'Waarom houdt de communicatiedienst mijn tekst als schepen tegen omdat die niet neutraal zou zijn?',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst erop letten dat duidelijk is in welke fase een beslissing zit?',
      verdict: 'moet',
    },
    { q: 'Welke normen voor overheidscommunicatie bewaakt de communicatiedienst?', verdict: 'info' },
    { q: 'Als diensthoofd: waarom herschrijft communicatie onze teksten zo vaak?', verdict: 'info' },
    {
      q: 'Onze burgemeester vraagt wie toeziet op de commerciële neutraliteit in de gemeentelijke kanalen',
      verdict: 'info',
    },
    {
      q: 'Moet communicatie controleren of we herkenbaar zijn als lokale overheid in alles wat we uitsturen?',
      verdict: 'moet',
    },
  ],
  19: [
    {
      q: 'Wie zorgt ervoor dat onze communicatie ook mensen bereikt die niet digitaal mee zijn?',
      verdict: 'info',
    },
    {
      q: 'Kiest de communicatiedienst tussen een brief, een flyer of een online bericht?',
      verdict: 'info',
    },
    {
      q: 'Als schepen van welzijn wil ik dat kwetsbare inwoners alles begrijpen: wie bewaakt dat?',
      verdict: 'info',
    },
    { q: 'Wie houdt de toegankelijkheid van de website in het oog?', verdict: 'info' },
    { q: 'Wat doet de communicatiedienst om niemand uit de boot te laten vallen?', verdict: 'info' },
  ],
  20: [
    {
      q: 'Moeten de fotos in onze folders inwoners tonen in plaats van het bestuur?',
      verdict: 'moet',
    },
    {
      q: 'Wie moet er centraal staan op beelden van de gemeente: het bestuur of de inwoners?',
      verdict: 'info',
    },
    { q: 'Moeten we in ons beeldmateriaal rekening houden met diversiteit?', verdict: 'moet' },
    {
      q: 'ik ben diensthoofd: is een foto van ons eigen gebouw ok voor de cover of moeten er mensen op?',
      verdict: 'moet',
    },
    {
      q: 'Onze burgemeester wil een campagne met het college in beeld, past dat binnen de afspraken rond beeldmateriaal?',
      verdict: 'moet',
    },
    {
      q: "Waarom vraagt communicatie altijd foto's met burgers in plaats van met schepenen?",
      verdict: 'info',
    },
  ],
  21: [
    { q: 'Wie bewaakt of onze huisstijl correct gebruikt wordt?', verdict: 'info' },
    { q: 'Als diensthoofd: bij wie kan ik terecht voor de sjablonen in huisstijl?', verdict: 'info' },
    { q: 'Wie beslist of een affiche voldoet aan de huisstijl van de gemeente?', verdict: 'info' },
    { q: 'Kan het kabinet zelf bepalen welk lettertype we in de huisstijl gebruiken?', verdict: 'info' },
    { q: 'Onze schepen vraagt wie de huisstijlregels opvolgt', verdict: 'info' },
  ],
  22: [
    { q: 'Moet ik als burgemeester een brief aan een inwoner met u schrijven?', verdict: 'moet' },
    { q: 'In een bericht op de gemeentelijke facebook, moeten we tutoyeren?', verdict: 'moet' },
    {
      q: 'Mijn kabinet schrijft een antwoordbrief aan een inwoner, is de je-vorm daar ok?',
      verdict: 'moet',
    },
    { q: 'Welke aanspreekvorm gebruiken we in dossiers?', verdict: 'info' },
    { q: 'Graag bevestiging: op de website schrijven we met je en jij?', verdict: 'moet' },
    {
      q: 'Spreken we de lezers van het gemeentemagazine aan met je of met u?',
      verdict: 'info',
    },
  ],
  23: [
    { q: "Wie maakt de richtlijnen op over privacy bij foto's?", verdict: 'info' },
    {
      q: "Wat zegt ons beeldbeleid over foto's van kinderen op een speelplein, en wie heeft dat bepaald?",
      verdict: 'info',
    },
    { q: 'Wie bepaalt het beeldbeleid van onze gemeente?', verdict: 'info' },
    {
      q: 'Als diensthoofd van de kinderopvang: wie heeft de regels rond toestemming voor fotos opgesteld?',
      verdict: 'info',
    },
    { q: 'Waar vind ik de afspraken over de kwaliteit van de beelden die we gebruiken?', verdict: 'info' },
  ],
  24: [
    { q: 'Mag ik een foto van google gebruiken in mijn voorwoord?', verdict: 'mag-mits' },
    {
      q: 'Kan het kabinet een beeld van een persfotograaf overnemen voor een gemeentelijke uitnodiging?',
      verdict: 'mag-mits',
    },
    { q: "Mogen we stockfoto's gebruiken in de folder van onze dienst?", verdict: 'mag-mits' },
    {
      q: 'Waar moet ik op letten als ik een foto van een andere website wil hergebruiken?',
      verdict: 'info',
    },
    {
      q: "Als diensthoofd: mag ik foto's van de plaatselijke fotoclub op onze webpagina zetten?",
      verdict: 'mag-mits',
    },
  ],
  25: [
    { q: 'Volgt de communicatiedienst ook zelf opleidingen?', verdict: 'info' },
    {
      q: 'Ik ben algemeen directeur: waarom staan er opleidingen voor de communicatiedienst in het budget?',
      verdict: 'info',
    },
    { q: 'Hoe blijft de dienst communicatie mee met nieuwe evoluties in het vak?', verdict: 'info' },
    { q: 'Gaat de communicatiedienst naar bijscholingen?', verdict: 'info' },
    { q: 'Als schepen van communicatie: hoe houdt mijn dienst zijn kennis op peil?', verdict: 'info' },
  ],

  // 5.4 Mandatarissen en diensten
  26: [
    { q: 'Moet ik als schepen maandelijks samenzitten met mijn diensthoofden?', verdict: 'moet' },
    { q: 'Ik ben diensthoofd: hoe vaak is er overleg met de bevoegde schepen?', verdict: 'info' },
    {
      q: 'Moet ik mijn schepen op de hoogte houden van hoe het beleid uitgevoerd wordt?',
      verdict: 'moet',
    },
    { q: 'Moet de burgemeester de diensthoofden ook informeren over beleidszaken?', verdict: 'moet' },
    { q: 'Is er een vast overleg tussen het college en de diensthoofden?', verdict: 'info' },
    { q: 'Als afdelingshoofd: hoe houden wij en de schepenen elkaar op de hoogte?', verdict: 'info' },
  ],
  27: [
    {
      q: 'Mag ik als schepen rechtstreeks met een diensthoofd afspreken dat er een nieuw project komt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze schepen vraagt mij als diensthoofd om iets op te starten zonder collegebeslissing, mag ik daarop ingaan?',
      verdict: 'mag-niet',
    },
    { q: 'Langs waar moeten beleidsafspraken tussen schepen en dienst eigenlijk passeren?', verdict: 'info' },
    { q: 'Moet een beleidsafspraak altijd via het college?', verdict: 'moet' },
    {
      q: 'Kan ik als schepen met mijn dienst een deal maken over prioriteiten, buiten het college om?',
      verdict: 'mag-niet',
    },
    {
      q: 'Waarom mag ik als schepen niet gewoon zelf afspraken maken met mijn ambtenaar?',
      verdict: 'mag-niet',
    },
  ],
  28: [
    { q: 'Wie brengt de diensten op de hoogte van wat er op het college beslist is?', verdict: 'info' },
    {
      q: 'Ik ben diensthoofd: wanneer hoor ik wat het college beslist heeft over mijn dossier?',
      verdict: 'info',
    },
    { q: 'Moet de algemeen directeur de diensten snel informeren na het college?', verdict: 'moet' },
    {
      q: 'Hoe gebeurt de terugkoppeling van het college: via de vergadersoftware of een toelichting?',
      verdict: 'info',
    },
    {
      q: 'Moet de burgemeeser zelf zorgen dat de diensten de beslissingen kennen?',
      verdict: 'moet',
    },
    { q: 'Als burgemeester: hoe snel na de zitting koppelen we terug?', verdict: 'info' },
  ],
  29: [
    {
      q: 'Mag ik als schepen een medewerker laten weten dat hij de functie gekregen heeft?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wie brengt een medewerker op de hoogte van een personeelsbeslissing van het college?',
      verdict: 'info',
    },
    {
      q: 'Onze burgemeester wil een ontslagbeslissing zelf meedelen aan de betrokkene, kan dat?',
      verdict: 'mag-niet',
    },
    { q: 'Moet de algemeen directeur de personeelsbeslissingen terugkoppelen?', verdict: 'moet' },
    {
      q: 'Ik ben kabinetsmedewerker: mag de schepen een promotie al vertellen aan de medewerker?',
      verdict: 'mag-niet',
    },
    { q: 'Waarom koppelt de schepen van personeel de beslissing niet zelf terug?', verdict: 'info' },
  ],
};
