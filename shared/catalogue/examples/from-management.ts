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
    { q: 'Zit de communicatieverantwoordelijke bij ons in het managment team?', verdict: 'info' },
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
    { q: 'Moet er bij elk college voorstel een stukje over communicatie staan?', verdict: 'moet' },
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
    { q: 'Wie behandelt een aanvraag tot openbaarheid van bestur bij ons?', verdict: 'info' },
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
    { q: 'Moet de communicatiedienst elke klacht registeren?', verdict: 'moet' },
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
    { q: 'Wie maakt de content planning voor website, nieuwsbrief en facebook?', verdict: 'info' },
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
    { q: 'wie bewaakt of onze huistijl correct gebruikt wordt', verdict: 'info' },
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
    { q: 'Moet ik als schepen maandelijk samenzitten met mijn diensthoofden?', verdict: 'moet' },
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
      q: 'Graag bevestiging: ik kan als schepen mijn diensthoofd geen opdracht geven die niet via het college beslist is?',
      verdict: 'mag-niet',
    },
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
      q: 'Graag bevestiging: personeelsbeslissingen worden enkel via de algemeen directeur meegedeeld?',
      verdict: 'moet',
    },
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

  // 5.5 Politieke neutraliteit
  30: [
    {
      q: 'Het college heeft de nieuwe parkeer regeling goedgekeurd, mag dat in de nieuwsbrief?',
      verdict: 'mag',
    },
    {
      q: 'Mag ik als schepen een idee dat nog niet besproken is op de gemeentelijke website laten zetten?',
      verdict: 'mag-niet',
    },
    {
      q: 'We werken aan een nieuw mobiliteitsplan, kunnen we inwoners daar al over informeren via het infoblad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze burgemeester wil een plan aankondigen dat nog in de onderhandeling zit, kan dat in de gemeentelijke kanalen?',
      verdict: 'mag-niet',
    },
    { q: 'Waarom mag mijn voorstel nog niet op de facebook van de gemeente?', verdict: 'mag-niet' },
    {
      q: 'Als oppositieraadslid: mag de meerderheid haar plannen in het gemeentelijk blad verkondigen voor ze beslist zijn?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mogen we een bevraging over het nieuwe sportpark aankondigen terwijl het plan nog niet af is?',
      verdict: 'mag-mits',
    },
    { q: 'Hoe moet communicatie over beleid dat nog in ontwikkeling is eruitzien?', verdict: 'info' },
    {
      q: 'Ik ben diensthoofd: mag ik het nieuwe reglement dat de raad vorige week goedkeurde op de website zetten?',
      verdict: 'mag',
    },
    {
      q: 'Kan het kabinet een wervende tekst schrijven over een project dat nog in ontwikkeling is?',
      verdict: 'mag-mits',
    },
  ],
  31: [
    {
      q: 'Is het toegestaan om in het infoblad te schrijven dat de nieuwe sporthal er komt, terwijl enkel het college al akkoord ging?',
      verdict: 'mag-niet',
    },
    {
      q: 'Het college is akkoord met het nieuwe belastingreglement, mogen we dat al als beslist aankondigen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wanneer mogen we het standpunt van de meerderheid naar buiten brengen als een beslissing?',
      verdict: 'info',
    },
    {
      q: 'Mag ik als schepen zeggen dat de verkeersmaatregel er komt, terwijl de gemeenteraad nog moet stemmen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Kunnen we een collegeadvies als definitief communiceren na de stemming in de gemeenteraad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Graag bevestiging: een voorstel van het schepencollege brengen we pas als beslissing na goedkeuring door de raad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze burgemeester wil de nieuwe subsidieregeling al bekendmaken, de raad stemt pas volgende maand. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Als oppositie: mag de gemeente in de nieuwsbrief schrijven dat iets beslist is als het enkel op het college besproken werd?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik ben diensthoofd, de raad heeft het reglement gisteren goedgekeurd: mag het nu als beslissing gecommuniceerd worden?',
      verdict: 'mag-mits',
    },
  ],
  32: [
    {
      q: 'Kunnen we het nieuwe college na de verkiezingen voorstellen in de eerste editie van het infoblad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik als schepen met mijn foto in het infoblad staan bij de opening van de nieuwe sporthal?',
      verdict: 'mag-niet',
    },
    { q: 'Mag de burgemeester een voorword schrijven in het gemeentelijk magazine?', verdict: 'mag-mits' },
    {
      q: 'Komen wij als schepenen op de website op een pagina met het voltallige college?',
      verdict: 'mag-mits',
    },
    { q: 'Waarom sta ik als schepen niet op de foto in de gemeentelijke nieuwsbrief?', verdict: 'mag-niet' },
    {
      q: 'Bij een zware storm, mag de burgemeester dan op de gemeentelijke facebook het woord nemen?',
      verdict: 'mag',
    },
    {
      q: 'Kan een nieuw raadslid dat iemand vervangt voorgesteld worden in het infoblad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag de schepen van financiën het nieuwe meerjarenplan toelichten in het infoblad?',
      verdict: 'mag-mits',
    },
    { q: 'als oppositieraadslid: mag ik een stukje schrijven in het infoblaad?', verdict: 'mag-niet' },
    {
      q: 'Mogen we in een folder van de jeugddienst een foto van de schepen van jeugd zetten?',
      verdict: 'mag-niet',
    },
  ],
  33: [
    {
      q: 'In verkiezingstijd: mag ik de aankondiging van de nieuwe fietsstraat al op mijn kandidatenpagina zetten, nog voor de gemeente ze publiceert?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag ik op mijn partijpagina de nieuwe collegebeslissing al posten voor de gemeente dat doet?',
      verdict: 'mag-niet',
    },
    { q: 'Wanneer mag ik als schepen politiek communiceren over een nieuw project?', verdict: 'info' },
    {
      q: 'Mag ik het nieuwe project op mijn eigen facebook zetten nadat de gemeente het bekendgemaakt heeft?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze burgemeester wil de lancering van het fietsplan eerst via de partij aankondigen, kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Kan een gemeenteraadslid van de meerderheid een beslissing delen op de partijsite als het gemeentelijk bericht al uit is?',
      verdict: 'mag-mits',
    },
    {
      q: 'Waarom moet ik wachten met mijn persoonlijk bericht tot de gemeente gecommuniceerd heeft?',
      verdict: 'info',
    },
    {
      q: 'Als kabinet: mogen we het politieke bericht over de nieuwe speelpleinen al posten, voor de gemeentelijke nieuwsbrief vertrekt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik ben kabinetsmedewerker: mag de schepen zijn eigen bericht plaatsen zodra de gemeentelijke communicatie online staat?',
      verdict: 'mag-mits',
    },
  ],
  34: [
    {
      q: 'Is het toegestaan dat ik een gemeentelijk filmpje over de heraanleg van het marktplein gebruik in mijn verkiezingscampagne?',
      verdict: 'mag-niet',
    },
    { q: 'Mag ik als schepen een bericht van de gemeentelijke facebookpagina deelen?', verdict: 'mag' },
    {
      q: 'Mag ik op de gemeentepagina antwoorden op een vraag van een inwoner onder een bericht?',
      verdict: 'mag-niet',
    },
    {
      q: "Mag ik foto's van de gemeentelijke fotograaf gebruiken voor mijn verkiezingsfolder?",
      verdict: 'mag-niet',
    },
    {
      q: 'Kan ik de tekst van het gemeentelijk persbericht overnemen in ons partijblaadje?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze burgemeester wil een gemeentelijk bericht delen op zijn persoonlijke pagina, mag dat?',
      verdict: 'mag',
    },
    {
      q: 'Waarom mag ik als raadslid niet reageren onder de berichten van de gemeente?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag ik als oppositieraadslid een document van de gemeente gebruiken in een politieke post?',
      verdict: 'mag-niet',
    },
    { q: 'Als gemeenteraadslid de affiche van de gemeente delen op instagram, kan dat?', verdict: 'mag' },
  ],
  35: [
    {
      q: 'Een inwoner stuurt mij als schepen een melding over een kapotte straatlamp, wat moet ik doen?',
      verdict: 'moet',
    },
    {
      q: 'Mag ik als gemeenteraadslid zelf antwoorden op een vraag van een burger over zijn bouwvergunning?',
      verdict: 'mag-niet',
    },
    { q: 'Wie antwoordt de burger als hij zijn vraag aan de burgemeester stelde?', verdict: 'info' },
    {
      q: 'Moet ik de inwoner doorverwijzen naar het meldpunt als hij mij op de markt aanspreekt?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben diensthoofd: moeten wij de melding beantwoorden die een burger aan de schepen gaf?',
      verdict: 'moet',
    },
    {
      q: 'Kan ik als schepen een inwoner beloven dat de put in zijn straat volgende week gedicht wordt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze schepen kreeg een klacht via messenger, mag het kabinet die zelf beantwoorden?',
      verdict: 'mag-niet',
    },
  ],
  36: [
    { q: 'wie ondertekend een brief over de nieuwe afvalregeling?', verdict: 'info' },
    { q: 'Moet de algemeen directuer elke uitgaande brief mee ondertekenen?', verdict: 'moet' },
    {
      q: 'Ik ben schepen van mobiliteit, moet ik de brief aan de bewoners over de wegenwerken tekenen?',
      verdict: 'moet',
    },
    {
      q: 'Kan de schepen van cultuur mee ondertkenen bij een brief over sportsubsidies?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze OCMW-voorzitter vraagt of hij een brief over zijn bevoegdheid zelf ondertekent',
      verdict: 'moet',
    },
    { q: 'Ik ben diensthoofd: wie moet tekenen onder de uitnodiging voor de opening?', verdict: 'info' },
    {
      q: 'Mag er een tweede schepen zijn handtekening bijzetten als die erom vraagt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Bij ons tekent alles wat van het stadsbestuur komt door burgemeester en algemeen directeur: mag de bevoegde schepen dan ook tekenen?',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'Bij ons gaan alle brieven en uitnodigingen via burgemeester en algemeen directeur: moet de burgemeester dan ook een brief over sport tekenen?',
      verdict: 'moet',
      variant: 1,
    },
  ],
  37: [
    { q: 'Mag de gemeentelijke facebookpagina een post van mijn partij liken?', verdict: 'mag-niet' },
    {
      q: 'Ik ben schepen: kan iemand van de communicatiedienst mijn persoonlijke facebookpagina bijhouden?',
      verdict: 'mag-niet',
    },
    { q: "Mag de jeugdconsulent met z'n werkprofiel raadsleden volgen?", verdict: 'mag-mits' },
    {
      q: 'Mag de gemeentepagina een reclamepost van een lokale handelaar delen om hem te steunen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Kan de gemeente een bericht van de aannemer delen als dat nodig is om de omleiding van een werf te melden?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag een ambtenaar die voor mij werkt op het kabinet mijn verkiezingsposts maken?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een medewerker aan het onthaal flyers van een kandidaat-burgemeester uitdelen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag de gemeentelijke instagram een post van de burgemeester op zijn eigen account delen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moeten de socialemediakanalen van de gemeente politiek neutraal blijven in wie ze volgen?',
      verdict: 'moet',
    },
    {
      q: 'Onze schepen vraagt of de dienst comunicatie een filmpje voor zijn persoonlijke pagina kan monteren',
      verdict: 'mag-niet',
    },
  ],

  // 5.6 Participatie
  38: [
    {
      q: 'Ik ben diensthoofd en we starten een inspraaktraject over het dorpsplein, moet communicatie vanaf het begin betrokken zijn?',
      verdict: 'moet',
    },
    {
      q: 'Als schepen wil ik een inspraakavond organiseren, moet de communicatiedienst dat vooraf weten?',
      verdict: 'moet',
    },
    { q: 'Hoe helpt de communicatiedienst bij een burgerbevraging?', verdict: 'info' },
    {
      q: 'Kunnen we een bewonersbevraging zelf lanceren en communicatie achteraf informeren?',
      verdict: 'moet',
    },
    { q: 'Ondersteunt de communicatiedienst ook na afloop van een participatieproject?', verdict: 'info' },
    { q: 'Wie zorgt voor de communicatie tijdens een inspraaktraject?', verdict: 'info' },
  ],
  39: [
    {
      q: 'Als burgemeester: is het verplicht terug te koppelen naar de deelnemers van de bevraging?',
      verdict: 'moet',
    },
    { q: 'Wie helpt ons de resultaten van een participatietraject bekend te maken?', verdict: 'info' },
    {
      q: 'Ik ben diensthoofd: na de bevraging hebben we een rapport, moet dat met communicatie naar buiten?',
      verdict: 'moet',
    },
    { q: 'Hoe communiceren we wat er met de ideeën van inwoners gebeurd is?', verdict: 'info' },
    {
      q: 'Kunnen we de resultaten van een inspraaktraject gewoon in de la laten als het college er niets mee doet?',
      verdict: 'moet',
    },
  ],

  // 5.7 Crisiscommunicatie
  40: [
    {
      q: 'Wie doet de communicatie als de burgemeester de gemeentelijke noodfase afkondigt?',
      verdict: 'info',
    },
    {
      q: 'Moet het diensthoofd communicatie naar het crisiscentrum komen bij een noodsituatie?',
      verdict: 'moet',
    },
    { q: 'Wat is de rol van D5 in ons noodplan?', verdict: 'info' },
    {
      q: 'Als burgemeester: moet ik de communicatieverantwoordelijke meteen oproepen bij een ramp?',
      verdict: 'moet',
    },
    { q: 'Is de communicatieverantwoordelijke verplicht inzetbaar bij een crisis?', verdict: 'moet' },
    { q: 'Als algemeen directeur: wie is D5 in een noodsituatie?', verdict: 'info' },
  ],
  41: [
    {
      q: 'Beslis ik als burgemeester of de D5 over het tijdstip van de communicatie in een noodfase?',
      verdict: 'info',
    },
    { q: 'Van wie krijgt de communicatieverantwoordelijke input tijdens een ramp?', verdict: 'info' },
    { q: 'Bezorgt de politie haar info aan de D5 tijdens een crisis?', verdict: 'info' },
    {
      q: 'Als schepen: kan ik tijdens een crisis zelf beslissen wat we communiceren?',
      verdict: 'info',
    },
  ],
  42: [
    {
      q: 'Mag ik als schepen op tv iets zeggen over de brand in het industriegebied?',
      verdict: 'mag-niet',
    },
    { q: 'Wie spreekt de pers aan tijdens een crissis?', verdict: 'info' },
    {
      q: 'Moet de burgemeester zelf de pers te woord staan bij een grote overstromming?',
      verdict: 'moet',
    },
    {
      q: 'Mag de woordvoerder van de gemeente in plaats van de burgemeester communiceren tijdens een crisis?',
      verdict: 'mag',
    },
    {
      q: 'Ik ben diensthoofd van de technische dienst: mag ik bij een gaslek zelf info geven aan de omwonenden via facebook?',
      verdict: 'mag-niet',
    },
    { q: 'Met wie moet de burgemeester de crisisboodschap afstemmen?', verdict: 'info' },
    { q: 'Onze burgemeester is in het buitenland, wie communiceert bij een ramp?', verdict: 'info' },
    {
      q: 'Als kabinetsmedewerker: mag ik tijdens de crisis zelf updates posten over de evacuatie?',
      verdict: 'mag-niet',
    },
  ],

  // 5.8 Perscommunicatie
  43: [
    { q: 'Wie houdt bij ons de planning bij van wat we naar de pers brengen?', verdict: 'info' },
    { q: 'Heeft het college inspraak in de persplanning?', verdict: 'info' },
    {
      q: 'Hoe vaak krijgen we als college een overzicht van de geplande perscommunicatie?',
      verdict: 'info',
    },
    { q: 'Ik ben schepen: kan ik mijn dossiers laten opnemen in de persplanning?', verdict: 'info' },
    { q: 'Wie beslist mee welke persmomenten er de komende maand zijn?', verdict: 'info' },
    {
      q: 'Als burgemeester: zijn wij samen met communicatie verantwoordelijk voor de planning van wat er naar de pers gaat?',
      verdict: 'info',
    },
    { q: 'Is de persplanning een zaak van de communicatiedienst alleen?', verdict: 'info' },
    { q: 'Onze algemeen directeur vraagt wanneer de persplaning teruggekoppeld wordt', verdict: 'info' },
  ],
  44: [
    { q: 'wie schrijft de persberichten vd gemeente?', verdict: 'info' },
    { q: 'Wie beslist of mijn nieuws als schepen een persbericht waard is?', verdict: 'info' },
    {
      q: 'Ik ben diensthoofd: moet ik de inhoud aanleveren voor een persbericht over onze dienst?',
      verdict: 'moet',
    },
    { q: 'Moet de communicatiedienst de persberichten opmaken?', verdict: 'moet' },
    { q: 'Wie is verantwoordelijk voor de juistheid van de info in een persbericht?', verdict: 'info' },
    {
      q: 'Waarom beslist communicatie en niet ik als schepen of iets nieuwswaardig is?',
      verdict: 'info',
    },
    { q: 'Wat moet mijn afdeling aanleveren als we een persberciht willen?', verdict: 'info' },
    {
      q: 'Onze burgemeester wil een persbericht over de nieuwe brandweerkazerne, wie stelt dat op?',
      verdict: 'info',
    },
  ],
  45: [
    {
      q: 'Mag ik als schepen een persbericht rechtstreeks naar een journalist van de regionale krant mailen?',
      verdict: 'mag-niet',
    },
    { q: 'Wie verstuurt de persuitnodiging voor de opening van het zwembad?', verdict: 'info' },
    {
      q: 'Ik ben diensthoofd: mag ik documenten over ons project naar een journalist doorsturen?',
      verdict: 'mag-niet',
    },
    { q: 'Moet elk persbericht via de communicatiedienst vertrekken?', verdict: 'moet' },
    { q: 'Waarom mag mijn dienst niet zelf de pers uitnodigen?', verdict: 'mag-niet' },
    {
      q: 'Onze burgemeester wil een persuitnodiging zelf versturen naar zijn contacten bij de pers, kan dat?',
      verdict: 'mag-niet',
    },
    { q: 'Graag bevestiging: de communicatiedienst stuurt alle persberichten uit?', verdict: 'moet' },
    {
      q: 'Als diensthoofd van het cultuurcentrum: mag ik zelf de pers mailen over onze nieuwe voorstellingen?',
      verdict: 'mag-mits',
      variant: 1,
    },
    {
      q: 'Bij ons mag de bib haar programmatie zelf naar de pers sturen: geldt dat ook voor het kabinet?',
      verdict: 'mag-niet',
      variant: 1,
    },
  ],
  46: [
    { q: 'Moet ik als burgemeester elk persbericht goedkeuen?', verdict: 'moet' },
    { q: 'Wie keurt een persbericht goed vooraleer het verstuurd wordt?', verdict: 'info' },
    { q: 'Mag ik als bevoegde schepen het persbericht goedkeuren?', verdict: 'mag-niet' },
    {
      q: 'Ik ben algemeen directeur: moeten persberichten ook langs mij passeren?',
      verdict: 'moet',
    },
    { q: 'Moet mijn dienst het persbericht over ons project nog goedkeuren?', verdict: 'moet' },
    {
      q: 'Waarom krijg ik als schepen het persbericht niet ter goedkeuring voor het vertrekt?',
      verdict: 'info',
    },
    {
      q: 'Bij ons leest de bevoegde schepen mee: moet ik als schepen het persbericht nalezen vooraleer het weg gaat?',
      verdict: 'moet',
      variant: 1,
    },
    { q: 'Mag de kabinetsmedewerker het persbericht vooraf nalezen?', verdict: 'mag', variant: 1 },
    {
      q: 'Wie geeft de finale goedkeuring voor een persbericht als de schepen het al heeft nagelezen?',
      verdict: 'info',
      variant: 1,
    },
  ],
  47: [
    { q: 'krijg ik als gemeenteraadslid de persberichten in copie?', verdict: 'moet' },
    {
      q: 'Als oppositieraadslid: word ik op de hoogte gebracht van de persberichten van de gemeente?',
      verdict: 'moet',
    },
    { q: 'Wie zit er in cc als de gemeente een persbericht verstuurt?', verdict: 'info' },
    {
      q: 'Moet de communicatiedienst de leden van het bijzonder comité in kopie zetten bij persberichten?',
      verdict: 'moet',
    },
    { q: 'Waarom zitten alle raadsleden in kopie van de persmails?', verdict: 'info' },
    {
      q: 'Ik ben schepen: ontvang ik ook de persberichten die niet over mijn bevoegdheid gaan?',
      verdict: 'moet',
    },
    { q: 'Onze burgemeester vraagt of de gemeenteraad de persberichten ook krijgt', verdict: 'moet' },
    {
      q: 'Ik ben kabinetsmedewerker, hoe blijft de schepen op de hoogte van wat er naar de pers gaat?',
      verdict: 'info',
    },
  ],
  48: [
    { q: 'Wiens nummer komt er onderaan het persbericht voor een interview?', verdict: 'info' },
    { q: 'Moet mijn gsmnummer als schepen op het persbericht staan?', verdict: 'moet' },
    { q: 'Als diensthoofd: sta ik als contactpersoon op het persbericht?', verdict: 'info' },
    {
      q: 'Wie is het aanspreekpunt voor journalisten met praktische vragen over een persbericht?',
      verdict: 'info',
    },
    {
      q: 'Mag de communicatiedienst mij als ambtenaar vragen om een antwoord voor een journalist op te stellen?',
      verdict: 'mag',
    },
    {
      q: 'Onze schepen wil liever niet dat zijn gsm-nummer op het persbericht komt, moet dat?',
      verdict: 'moet',
    },
    { q: 'Moet het e-mailadres van de bevoegde mandataris in het persbericht?', verdict: 'moet' },
    { q: 'Wie belt een journalist als hij een quote van het bestuur wil?', verdict: 'info' },
  ],
  49: [
    {
      q: 'Mag ik als schepen een persconferentie houden over de nieuwe speeltuin?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze burgemeester wil een persmoment over het nieuwe zwembad, wanneer is dat zinvol?',
      verdict: 'info',
    },
    { q: 'Wie helpt inschatten of een persconferentie nuttig is?', verdict: 'info' },
    {
      q: 'Kunnen we een persconferentie organiseren om iets te tonen op de werf?',
      verdict: 'mag-mits',
    },
    {
      q: 'Als diensthoofd: mogen wij de pers uitnodigen op een perslunch voor een kleine aankondiging?',
      verdict: 'mag-mits',
    },
    { q: 'Waarom houden we zo weinig persconferenties?', verdict: 'info' },
    { q: 'Mag het college een persconferentie geven over de begroting?', verdict: 'mag-mits' },
    {
      q: 'Is een persconferentie ok als het onderwerp veel vragen gaat oproepen?',
      verdict: 'mag-mits',
    },
  ],
  50: [
    {
      q: 'Een journalist belt mij als diensthoofd voor een reactie over de wegenwerken, wat doe ik?',
      verdict: 'moet',
    },
    { q: 'Mag ik als afdelingshoofd zelf een reactie geven aan de krant?', verdict: 'mag-niet' },
    { q: 'Wie verwittigt de burgemeester als de pers een vraag stelt aan een dienst?', verdict: 'info' },
    {
      q: 'Moet de communicatiedienst de bevoegde schepen contacteren als de pers bij een dienst aanklopt?',
      verdict: 'moet',
    },
    { q: 'Als schepen: hoor ik het als de pers mijn dienst belt?', verdict: 'moet' },
    {
      q: 'Een journalist mailt de milieudienst, moeten ze die doorsturen naar communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Onze burgemeester vraagt waarom diensten niet zelf antwoorden aan journalisten',
      verdict: 'info',
    },
    {
      q: 'Kan mijn dienst zelf een standpunt geven aan een journalist van de regionale tv?',
      verdict: 'mag-niet',
    },
  ],
  51: [
    {
      q: 'Is het toegestaan dat ik als schepen een journalist te woord sta zonder dat de communicatiedienst erbij is?',
      verdict: 'mag-mits',
    },
    { q: 'Een journalsit belt mij als schepen, mag ik reageren?', verdict: 'mag-mits' },
    { q: 'Moet ik de burgemeester verwittigen als de pers mij gebeld heeft?', verdict: 'moet' },
    { q: 'Wie moet ik op de hoogte brengen na een telefoon van een journalist?', verdict: 'info' },
    {
      q: 'Als schepen heb ik de krant te woord gestaan, moet ik dat aan het diensthoofd laten weten?',
      verdict: 'moet',
    },
    {
      q: 'Mag de schepen van sport zelf de krant te woord staan als ze hem rechtstreeks bellen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Waarom moet ik communicatie inlichten als ik een journalist gesproken heb?',
      verdict: 'info',
    },
    {
      q: 'Ik ben kabinetsmedewerker: de pers heeft de schepen gebeld, wie moeten we verwittigen?',
      verdict: 'info',
    },
    {
      q: 'Moet ik als schepen ook de communicatiedienst op de hoogte brengen na een persgesprek?',
      verdict: 'moet',
    },
  ],
  52: [
    {
      q: 'Mag mijn dienst een journalist zeggen hoeveel bezoekers er op de kertmarkt waren?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik ben diensthoofd bib: een journalist vraagt wat er in boeken achtergelaten wordt, mag ik antwoorden?',
      verdict: 'mag-mits',
    },
    { q: 'Moet ik de schepen verwittigen voor ik een cijfer aan de pers geef?', verdict: 'mag-mits' },
    { q: 'Welke persvragen mag een dienst zelf beantwoorden?', verdict: 'info' },
    { q: 'Als schepen: mag mijn dienst zelf cijfers doorgeven aan een journalist?', verdict: 'mag-mits' },
    {
      q: 'Mag de sportdienst aan de krant meedelen hoeveel inschrijvingen er voor het kamp zijn?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze burgemeester wil weten of diensten zomaar feitelijke info aan de pers mogen geven',
      verdict: 'mag-mits',
    },
    {
      q: 'Kan ik als afdelingshoofd zelf op een simpele vraag van een journalist antwoorden, zoals de openingsuren?',
      verdict: 'mag-mits',
    },
  ],
  53: [
    {
      q: 'Een tv-ploeg wil filmen in het gemeentehuis, bij wie moet die aanvraag terechtkomen?',
      verdict: 'info',
    },
    { q: 'Mag ik als diensthoofd zelf een filmploeg toelaten in ons zwembad?', verdict: 'moet' },
    { q: 'Wie beslist over een aanvraag om beelden te maken in ons stadhuis?', verdict: 'info' },
    {
      q: 'Moet het college op de hoogte gebracht worden als een productiehuis wil filmen in de gemeente?',
      verdict: 'moet',
    },
    {
      q: 'Als schepen kreeg ik een vraag van een productiehuis om opnames te maken in het park, wat doe ik daarmee?',
      verdict: 'info',
    },
    { q: 'Moet een dienst een vraag om beelden te maken doorgeven aan communicatie?', verdict: 'moet' },
    { q: 'Ik ben burgemeester: wie koppelt terug met het college over een filmaanvraag?', verdict: 'info' },
  ],
  54: [
    { q: 'Mag mijn diensthoofd een intervieuw geven aan de lokale radio?', verdict: 'mag-mits' },
    {
      q: 'Ik ben diensthoofd: mag ik een interview geven over ons project zonder het aan iemand te vragen?',
      verdict: 'mag-niet',
    },
    { q: 'Wie moet toestemming geven als een medewerker een interview wil doen?', verdict: 'info' },
    {
      q: 'Moet de schepen akkoord gaan voor een ambtenaar van zijn dienst met een journalist praat?',
      verdict: 'mag-mits',
    },
    {
      q: 'Als schepen: mag mijn milieuambtenaar uitleg geven op tv over de nieuwe afvalregels?',
      verdict: 'mag-mits',
    },
    { q: 'Een vakblad vraagt mij als afdelingshoofd een interview, mag dat?', verdict: 'mag-mits' },
    { q: 'Waarom mogen medewerkers niet zomaar interviews geven?', verdict: 'info' },
    {
      q: 'Kan een medewerker een interview geven als alleen de schepen akkoord is en communicatie nog van niets weet?',
      verdict: 'mag-niet',
    },
  ],
  55: [
    {
      q: 'Mag ik als diensthoofd zelf een advertensie in het regionale weekblad bestellen?',
      verdict: 'mag-niet',
    },
    { q: 'Wie regelt de contacten voor een gratis advertentie in de lokale krant?', verdict: 'info' },
    {
      q: 'Een radiozender biedt ons een mediadeal aan, mag mijn dienst die zelf afsluiten?',
      verdict: 'mag-niet',
    },
    { q: 'Moet een advertentie voor onze vacature via de communicatiedienst?', verdict: 'moet' },
    {
      q: 'Als schepen wil ik een advertentie voor het zomerfestival, wie neemt contact op met de krant?',
      verdict: 'info',
    },
    {
      q: 'Onze burgemeester wil een mediapartnerschap met de regionale tv, loopt dat via communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Mag een medewerker van de toerismedienst zelf onderhandelen met een magazine over een advertorial?',
      verdict: 'mag-niet',
    },
  ],

  // 5.9 Sociale media
  56: [
    { q: 'Wie coördineert alle sociale media van ons bestuur?', verdict: 'info' },
    { q: 'Als schepen: wie beslist wat er op de instagram van de gemeente komt?', verdict: 'info' },
    {
      q: 'Ik ben diensthoofd: wie moet ik aanspreken als ik iets op de gemeentelijke sociale media wil?',
      verdict: 'info',
    },
    { q: 'Is de communicatiedienst eindverantwoordelijk voor alle socialemediakanalen?', verdict: 'info' },
    {
      q: 'Onze burgemeester wil weten wie het overzicht heeft van al onze accounts op sociale media',
      verdict: 'info',
    },
    { q: 'Wie houdt het socialmediabeleid van de gemeente in handen?', verdict: 'info' },
    { q: 'Bij wie kan ik terecht met vragen over de linkedin van de gemeente?', verdict: 'info' },
  ],
  57: [
    { q: 'Mag mijn jeugdienst een eigen insta account starten?', verdict: 'mag-mits' },
    {
      q: 'Ik ben diensthoofd van de bib, kunnen we een eigen facebookpagina hebben?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik als schepen van sport een aparte pagina voor de sportdienst laten aanmaken?',
      verdict: 'mag-mits',
    },
    { q: 'Wie moet een nieuwe socialmediapagina van een dienst goedkeuren?', verdict: 'info' },
    { q: 'Moet de communicatiedienst akkoord geven voor een project een tiktok opstart?', verdict: 'moet' },
    { q: 'Waarom mag niet elke dienst zomaar een eigen pagina aanmaken?', verdict: 'info' },
    { q: 'Onze dienst welzijn wil een pagina voor senioren, kan dat?', verdict: 'mag-mits' },
    {
      q: 'Als afdelingshoofd: mag ik een facebookgroep opstarten voor ons buurtproject?',
      verdict: 'mag-mits',
    },
  ],
  58: [
    { q: "Wie volgt de reactie's op de gemeentelijke facebook op?", verdict: 'info' },
    {
      q: 'Moet de communicatiedienst het college verwittigen als er veel negatieve reacties komen?',
      verdict: 'moet',
    },
    {
      q: 'Als burgemeester: word ik op de hoogte gebracht als er een storm van reacties is op onze pagina?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben diensthoofd: hoor ik het als er commentaar komt op een bericht over mijn dienst?',
      verdict: 'moet',
    },
    {
      q: 'Rapporteert de communicatiedienst aan het managementteam over wat er leeft op onze sociale media?',
      verdict: 'moet',
    },
    {
      q: "Hoe worden belangrijke issues op de gemeentelijke pagina's gemeld aan het bestuur?",
      verdict: 'info',
    },
  ],
  59: [
    {
      q: 'Waarom mag ik als burgemeester niet antwoorden op de facebook van de gemeente?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag ik als schepen reageren op een vraag van een inwoner onder een post van de gemeente?',
      verdict: 'mag-niet',
    },
    {
      q: 'Er staat foute info in de reacties op de gemeentepagina, wat moet ik als burgemeester doen?',
      verdict: 'moet',
    },
    { q: 'Wie antwoordt op vragen van burgers op de facebookpagina van de gemeente?', verdict: 'info' },
    {
      q: 'Als oppositieraadslid: mag ik een reactie zetten onder een bericht van de gemeente?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze schepen wil dringend iets rechtzetten op de gemeentelijke pagina, hoe gaat dat?',
      verdict: 'moet',
    },
    {
      q: 'Mag de jeugddienst zelf antwoorden op reacties op haar eigen instagram?',
      verdict: 'mag-mits',
    },
    { q: 'Zijn er richtlijnen voor hoe we op reacties antwoorden?', verdict: 'info' },
    {
      q: 'Ik ben diensthoofd: mag ik als persoon zelf reageren op een klacht onder een post van de gemeente?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet de communicatiedienst regels opstellen voor het beantwoorden van reacties online?',
      verdict: 'moet',
    },
  ],
  60: [
    {
      q: "Volgt de communicatiedienst ook wat er gezegd wordt in de groep 'Ge zijt van' van ons dorp?",
      verdict: 'info',
    },
    {
      q: 'Gaat de gemeente reageren op een fout bericht in een lokale facebookgroep?',
      verdict: 'mag-niet',
    },
    {
      q: 'Als burgemeester: krijg ik een seintje als er op lokale groepen een discussie ontspoort over ons beleid?',
      verdict: 'moet',
    },
    {
      q: 'Mag de communicatiedienst een reactie plaatsen op de pagina van de regionale krant?',
      verdict: 'mag-niet',
    },
    { q: 'Houdt iemand bij ons de lokale dorpsgroepen op facebook in de gaten?', verdict: 'info' },
    {
      q: 'Ik ben diensthoofd: hoor ik het als er in een buurtgroep veel commentaar is op onze dienst?',
      verdict: 'moet',
    },
    { q: 'Waarom reageert de gemeente niet op een leugen in een dorpsgroep?', verdict: 'info' },
    {
      q: "Moet communicatie het college inlichten over wat er op externe pagina's leeft?",
      verdict: 'moet',
    },
  ],
  61: [
    {
      q: 'Mag een medewerker op zijn privé-facebook kritiek geven op mij als schepen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze burgemeester ergert zich aan een medewerker die kritische posts deelt over het bestuur, wat is de afspraak?',
      verdict: 'info',
    },
    {
      q: 'Mogen mijn medewerkers in een facebookdiscussie over de gemeente hun eigen mening geven?',
      verdict: 'mag-mits',
    },
    { q: 'Mag een ambtenaar online de algemeen directeur afkrakken?', verdict: 'mag-niet' },
    {
      q: 'Hoe moeten medewerkers zich opstellen als de gemeente online kritiek krijgt?',
      verdict: 'info',
    },
    {
      q: 'Als afdelingshoofd: mag mijn medewerker op zijn privéprofiel reageren op kritiek op onze dienst?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kan een personeelslid privé kritiek geven op een collega van een andere dienst op facebook?',
      verdict: 'mag-niet',
    },
  ],

  // 5.10 Gemeentelijk infoblad
  62: [
    { q: 'Wie bepaalt uiteindelijk welke onderwerpen in ons infoblad verschijnen?', verdict: 'info' },
    { q: 'Als schepen: kan ik een artikel in het gemeentelijk magazine vragen?', verdict: 'info' },
    {
      q: 'Is er een aparte redactieraad voor het infoblad of één voor alle kanalen?',
      verdict: 'info',
    },
    { q: 'Wie maakt de planning van het gemeentemagazine?', verdict: 'info' },
    {
      q: 'Onze burgemeester wil meer zeggen over de inhoud van het infoblad, wie bepaalt het redactiebeleid?',
      verdict: 'info',
    },
    { q: 'Ik ben diensthoofd: hoe komt ons onderwerp in de planning van het infoblad?', verdict: 'info' },
    { q: 'Bepaalt het college de inhoud van het gemeentelijk blad?', verdict: 'info' },
    { q: 'Wie zit er mee aan tafel om de edities van het infoblad te plannen?', verdict: 'info' },
  ],
  63: [
    {
      q: 'Is er een redactiestatuut voor het gemeentelijk magazine en wie schrijft het?',
      verdict: 'info',
    },
    { q: 'Moet de communicatiedienst een redactiestatuut opstellen?', verdict: 'moet' },
    { q: 'Waar staat wat het doel is van ons infoblad?', verdict: 'info' },
    { q: 'Als schepen van communicatie: wat staat er in het redactiestatuut?', verdict: 'info' },
    { q: 'Wie legt vast wat er van de redactieraad verwacht wordt?', verdict: 'info' },
    {
      q: 'Ik ben algemeen directeur: is een redactiestatuut verplicht voor ons blad?',
      verdict: 'moet',
    },
    {
      q: 'Onze burgemeester wil de doelstellingen van het magazine herzien, waar liggen die vast?',
      verdict: 'info',
    },
    { q: 'Moet het redactiestatuut ook de invulling van het infoblad beschrijven?', verdict: 'moet' },
  ],
  64: [
    { q: 'Waarom staat er niet meer nieuws over het bestuur in het infoblad?', verdict: 'info' },
    { q: 'Moet het infoblad rekening houden met alle doelgroepen in de gemeente?', verdict: 'moet' },
    {
      q: 'Als burgemeester wil ik meer beleidsnieuws in het blad, hoe zit het met het evenwicht?',
      verdict: 'info',
    },
    { q: 'Moet de redactie letten op een eenvoudig taal niveau?', verdict: 'moet' },
    {
      q: 'Ik ben diensthoofd: is het infoblad er vooral voor de diensten of voor de inwoners?',
      verdict: 'info',
    },
    { q: 'Voor wie schrijven we het gemeentemagazine?', verdict: 'info' },
    {
      q: 'Moet de redactieraad zorgen dat wat de inwoners willen weten ook aan bod komt?',
      verdict: 'moet',
    },
    {
      q: 'Als oppositieraadslid: hoe wordt erover gewaakt dat het infoblad geen spreekbuis van het bestuur wordt?',
      verdict: 'info',
    },
  ],
  65: [
    {
      q: 'Wat gebeurt er als mijn dienst de tekst voor het infoblad te laat aanlevert?',
      verdict: 'info',
    },
    {
      q: "Ik ben diensthoofd: tegen wanneer moeten we teksten en foto's voor het infoblad bezorgen?",
      verdict: 'info',
    },
    { q: 'Moet mijn dienst zich aan de dealines van het infoblad houden?', verdict: 'moet' },
    { q: 'Onze schepen wil een artikel na de deadline nog in het blad, kan dat?', verdict: 'moet' },
    {
      q: 'Als schepen: waarom stond het artikel van mijn dienst niet in het laatste nummer?',
      verdict: 'info',
    },
    { q: "Moeten foto's voor het infoblad ook voor de deadline binnen zijn?", verdict: 'moet' },
    { q: 'Zijn er vaste deadlines voor kopij in het gemeentemagazine?', verdict: 'info' },
    { q: 'Kan een dienst zijn tekst nog een week na de deadline doorsturen?', verdict: 'moet' },
  ],
  66: [
    { q: 'Wie legt de laatste hand aan de artikels voor ons gemeentelijk blad?', verdict: 'info' },
    {
      q: 'Past de communicatiedienst mijn tekst als schepen nog aan voor het infoblad?',
      verdict: 'info',
    },
    { q: 'Moet de communicatiedienst de teksten van de diensten nalezen voor het blad?', verdict: 'moet' },
    { q: 'Ik ben diensthoofd: waarom is onze tekst in het infoblad zo ingekort?', verdict: 'info' },
    { q: "Wie kiest de foto's bij de artikels in het magazine?", verdict: 'info' },
    { q: 'Moet de communicatiedienst nagaan of de artikels in klaare taal staan?', verdict: 'moet' },
    {
      q: 'Als burgemeester: wie zorgt voor de kwaliteit van de teksten in het gemeentelijk magazine?',
      verdict: 'info',
    },
    { q: 'Moet elk artikel in het infoblad langs de eindredactie van communicatie?', verdict: 'moet' },
  ],
  67: [
    { q: 'Kan de activiteit van onze dienst in de kalender van het infoblad?', verdict: 'mag-mits' },
    {
      q: 'Ik ben schepen van cultuur: hoe krijgen verenigingen hun activiteit in de agenda van het magazine?',
      verdict: 'info',
    },
    {
      q: 'Mag een activiteit die niet in UiT staat toch in de kalender van het blad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet ons evenement in de UiTdatabank staan om in de kalender van het infoblad te komen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Waar haalt de redactie de activiteiten voor de kalender van het infoblad?',
      verdict: 'info',
    },
    {
      q: 'Als diensthoofd: kan ik onze infoavond in de activiteitenkalender laten opnemen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze burgemeester wil de opening van de nieuwe school in de agenda van het blad, wat moet daarvoor gebeuren?',
      verdict: 'mag-mits',
    },
    {
      q: 'Wie beslist welke activiteiten in de kalender van het gemeentemagazine komen?',
      verdict: 'info',
    },
  ],

  // 5.11 Gedrukte publicaties
  68: [
    { q: 'Mag ik als diensthoofd een folder laten drukken voor elke activitiet?', verdict: 'mag-mits' },
    {
      q: 'Onze schepen wil een brochure in alle bussen, is drukwerk altijd nodig?',
      verdict: 'mag-mits',
    },
    { q: 'Wie adviseert of een affiche zinvol is?', verdict: 'info' },
    { q: 'Als burgemeester: waarom drukken we minder folders dan vroeger?', verdict: 'info' },
    { q: 'Kan mijn dienst een flyer laten maken als het online ook kan?', verdict: 'mag-mits' },
    { q: 'Wanneer kiezen we voor drukwerk?', verdict: 'info' },
  ],
  69: [
    {
      q: 'Moet ik als diensthoofd de communicatiedienst ruim op voorhand contacteren voor een nieuwe brochure?',
      verdict: 'moet',
    },
    { q: 'Hoe vroeg moeten we met communicatie overleggen over een digitale campagne?', verdict: 'info' },
    {
      q: 'Onze schepen wil volgende week een folder, moeten we dat eerder met communicatie afspreken?',
      verdict: 'moet',
    },
    {
      q: 'Moet mijn afdeling de planning van een affichecampagne afstemmen met communicatie?',
      verdict: 'moet',
    },
    { q: 'Wie plant samen met de dienst de realisatie van een brochure?', verdict: 'info' },
    {
      q: 'Als schepen: moet mijn dienst de timing van een digitale nieuwsbrief vooraf bespreken met communicatie?',
      verdict: 'moet',
    },
  ],
  70: [
    { q: 'Wat moet mijn dienst aan communicatie bezorgen voor een nieuwe folder?', verdict: 'info' },
    { q: "Moeten wij als dienst de logo's van partners zelf aanleveren?", verdict: 'moet' },
    { q: 'Ik ben diensthoofd: is een briefing nodig als we een affiche vragen?', verdict: 'moet' },
    { q: 'Tegen wanneer moeten de teksten voor de brochure bij communicatie zijn?', verdict: 'info' },
    {
      q: "Onze schepen vraagt waarom de folder vertraging heeft: moest de dienst de foto's tijdig bezorgen?",
      verdict: 'moet',
    },
    { q: 'Moeten de diensten hun briefing voor de afgesproken datum aan leveren?', verdict: 'moet' },
  ],
  71: [
    {
      q: 'Moet ik als schepen het ontwep van een folder van mijn dienst goedkeuren?',
      verdict: 'moet',
    },
    { q: 'Wie keurt een affiche goed voor ze gedrukt wordt?', verdict: 'info' },
    {
      q: 'Ik ben diensthoofd: moet ik het ontwerp nalezen dat communicatie ons stuurt?',
      verdict: 'moet',
    },
    { q: 'Wie geeft de finale goedkeuring voor een nieuwe flyer van de sportdienst?', verdict: 'info' },
    { q: 'Onze burgemeester wil elk ontwerp zien, is dat zo voorzien?', verdict: 'info' },
    {
      q: 'Stuurt communicatie het ontwerp van een affiche eerst naar de dienst ter controle?',
      verdict: 'moet',
    },
  ],
  72: [
    {
      q: 'Mag het cultuurcentrum zijn eigen huisstijl gebruiken in plaats van die van de gemeente?',
      verdict: 'mag-mits',
    },
    { q: 'Moet de folder van mijn dienst in de huisstijl van de gemeente?', verdict: 'moet' },
    {
      q: 'Onze burgemeester wil een uitnodiging in een feestelijke stijl, los van de huisstijl, kan dat?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben diensthoofd van de bibliotheek: mogen wij onze eigen huisstijl blijven gebruiken?',
      verdict: 'mag-mits',
    },
    { q: 'Welke diensten mogen afwijken van de gemeentelijke huisstijl?', verdict: 'info' },
    { q: 'Moet een affiche voor een evenement van de gemeente altijd in de huisstijl?', verdict: 'moet' },
    {
      q: 'Kan de technische dienst een eigen kleur en lettertype kiezen voor hun werfborden?',
      verdict: 'moet',
    },
    {
      q: 'Als schepen van cultuur: gebruikt het cc op zijn affiches de huisstijl van de gemeente of zijn eigen stijl?',
      verdict: 'mag-mits',
    },
  ],
  73: [
    {
      q: 'Mag ik als diensthoofd zelf een drukker contacteren voor onze broschure?',
      verdict: 'mag-niet',
    },
    { q: 'Wie regelt de fotograaf voor de nieuwjaars receptie?', verdict: 'info' },
    {
      q: 'Onze schepen kent een goede grafisch ontwerper, mag de dienst die rechtstreeks aanspreken?',
      verdict: 'mag-niet',
    },
    { q: 'Moet het contact met de drukkerij via de communicatiedienst lopen?', verdict: 'moet' },
    { q: 'Als burgemeester: wie bestelt de drukwerken bij de drukker?', verdict: 'info' },
    { q: 'Kan mijn dienst zelf een offerte vragen aan een fotograaf?', verdict: 'mag-niet' },
    {
      q: 'Ik ben afdelingshoofd: mag mijn medewerker rechtstreeks met de grafisch vormgever mailen over de folder?',
      verdict: 'mag-niet',
    },
    { q: 'Waarom lopen contacten met leveranciers van drukwerk via communicatie?', verdict: 'info' },
  ],
  74: [
    {
      q: 'Mag ik als schepen het logo van de gemeente op mijn persoonlijke flyer zetten?',
      verdict: 'mag-niet',
    },
    { q: 'Kan ik het gemeente logo gebruiken op mijn facebookpagina als raadslid?', verdict: 'mag-niet' },
    { q: 'Mag een vereniging het logo van de gemeente op haar affiche zetten?', verdict: 'mag-niet' },
    {
      q: 'Ik ben diensthoofd: mag ik het logo gebruiken op een uitnodiging van onze dienst?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag de burgemeester het logo op zijn nieuwjaarskaart van de partij zetten?',
      verdict: 'mag-niet',
    },
    { q: 'Wanneer mag het logo van het lokaal bestuur gebruikt worden?', verdict: 'info' },
    {
      q: 'Als oppositieraadslid: mag ik het gemeentelogo in mijn verkiezingsmateriaal gebruiken?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze kabinetsmedewerker vraagt of het logo op de briefhoofding mag voor een mail van de partij',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag het logo op een folder die het gemeentebestuur zelf verspreidt?',
      verdict: 'mag-mits',
    },
  ],

  // 5.12 Website
  75: [
    { q: 'Welke dienst is bij ons baas over de gemeentelijke website?', verdict: 'info' },
    { q: 'Bij wie moet ik als schepen zijn voor een probleem met de website?', verdict: 'info' },
    { q: 'Is de communicatiedienst verantwoordelijk voor het beheer van onze site?', verdict: 'info' },
    { q: 'Ik ben diensthoofd: wie is de beheerder van de website?', verdict: 'info' },
    { q: 'Wie heeft de sleutels van de website in handen?', verdict: 'info' },
    {
      q: 'Onze burgemeester vraagt wie de website technisch en redactioneel beheert',
      verdict: 'info',
    },
    { q: 'Als algemeen directeur: welke dienst is eigenaar van de webstie?', verdict: 'info' },
    { q: 'Moet ik voor de homepage bij communicatie of bij ICT zijn?', verdict: 'info' },
  ],
  76: [
    { q: 'Moet mijn dienst zelf de openings uren op de website aanpassen?', verdict: 'moet' },
    {
      q: 'Ik ben diensthoofd: is mijn dienst verantwoordelijk als er verouderde info op de site staat?',
      verdict: 'moet',
    },
    {
      q: 'Als schepen: er staan oude tarieven op de website, wie moet dat rechtzetten?',
      verdict: 'info',
    },
    { q: "Moeten de diensten hun webpagina's zelf actueel houden?", verdict: 'moet' },
    {
      q: 'Is de communicatiedienst verantwoordelijk voor de inhoud van de pagina van burgerzaken?',
      verdict: 'info',
    },
    {
      q: 'Onze afdeling heeft nieuwe reglementen, moeten wij de website bijwerken?',
      verdict: 'moet',
    },
    { q: 'Wie is inhoudelijk verantwoordelijk voor de website?', verdict: 'info' },
  ],
  77: [
    { q: 'Mag mijn dienst een nieuwe rubreik op de website toevoegen?', verdict: 'mag-mits' },
    {
      q: 'Ik ben diensthoofd: kunnen we de menustructuur van onze pagina’s aanpassen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Als schepen wil ik een aparte sectie voor mijn beleidsdomein op de website, kan dat?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moeten we communicatie raadplegen voor we een nieuwe pagina-indeling maken op de website?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kan een dienst zonder overleg een nieuw onderdeel op de website zetten?',
      verdict: 'mag-mits',
    },
    { q: 'Wie moet akkoord zijn als we de structuur van de website willen veranderen?', verdict: 'info' },
    { q: 'Onze burgemeester wil een nieuwe knop op de homepage, hoe gaat dat?', verdict: 'info' },
    {
      q: 'Mag de dienst evenementen een eigen subsite aan de website koppelen?',
      verdict: 'mag-mits',
    },
  ],
  78: [
    { q: 'Mag mijn dienst een nieuwsbericht voor de website voorstellen?', verdict: 'mag' },
    {
      q: 'Ik ben diensthoofd: kunnen we nieuwtjes doorgeven voor de nieuwsrubriek van de website?',
      verdict: 'mag',
    },
    { q: 'Als schepen: hoe krijg ik een nieuwsbericht op de gemeentelijke website?', verdict: 'info' },
    { q: 'Kan een medewerker een idee voor een nieuwsitem op de site indienen?', verdict: 'mag' },
    { q: 'Bij wie stellen we een nieuwsbericht voor de website voor?', verdict: 'info' },
    { q: 'Mogen diensten suggesties doen voor het nieuws op de homepage?', verdict: 'mag' },
    {
      q: 'Onze afdeling heeft goed nieuws over de nieuwe speeltuin, mogen we dat voorstellen voor de website?',
      verdict: 'mag',
    },
    {
      q: 'Als afdelingshoofd: kan ik een nieuwsbericht over onze nieuwe dienstverlening aanreiken voor de site?',
      verdict: 'mag',
    },
  ],

  // 5.13 Interne communicatiekanalen
  79: [
    { q: 'Wie staat er bij ons in voor het beheer van het intranet in het algemeen?', verdict: 'info' },
    { q: 'Ik ben algemeen directeur: welke dienst is verantwoordelijk voor het intranet?', verdict: 'info' },
    { q: 'Bij wie kan ik als diensthoofd terecht met vragen over het intranet?', verdict: 'info' },
    { q: 'Is de communicatiedienst eigenaar van ons intranet?', verdict: 'info' },
    { q: 'Wie zorgt voor het algemeen beheer van de personeelssite?', verdict: 'info' },
  ],
  80: [
    {
      q: 'Ik ben diensthoofd: wie in mijn dienst houdt onze intranetpagina’s bij?',
      verdict: 'info',
    },
    { q: 'Wie stelt de intranetredacteurs aan en leidt ze op?', verdict: 'info' },
    { q: 'Moet onze redacteur de pagina’s van de dienst up-to-date houden?', verdict: 'moet' },
    {
      q: 'Publiceert de redacteur van mijn dienst zelf de berichten op het intranet?',
      verdict: 'moet',
    },
    { q: 'Als afdelingshoofd: wie doet de eindredactie van de berichten op intranet?', verdict: 'info' },
    {
      q: 'Moet de communicatiedienst de berichten van de dienstredacteurs publiceren?',
      verdict: 'moet',
    },
  ],
  81: [
    {
      q: 'Mag ik als diensthoofd een nieuwe functie op het intranet laten toevoegen, zoals een reservatietool?',
      verdict: 'mag-mits',
    },
    { q: 'Kunnen we het menu van het intranet aanpassen voor onze afdeling?', verdict: 'mag-mits' },
    { q: 'Wie moet akkoord zijn voor een aanpassing aan de navigatie van het intranet?', verdict: 'info' },
    {
      q: 'Onze algemeen directeur wil een nieuwe rubriek in het intranetmenu, kan dat zonder communicatie?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moeten nieuwe functionaliteiten op het intranet eerst besproken worden met communicatie?',
      verdict: 'mag-mits',
    },
    { q: 'Mag de personeelsdienst een nieuwe module op het intranet zetten?', verdict: 'mag-mits' },
  ],
  82: [
    { q: 'Mag ik als diensthoofd zelf een nieuwbericht op het intranet zetten?', verdict: 'mag-niet' },
    { q: 'Wie publiceert het nieuws op het intranet?', verdict: 'info' },
    { q: 'Kan onze intranetredacteur zelf een nieuwsitem online zetten?', verdict: 'mag-niet' },
    { q: 'Moet elk nieuwsbericht op het intranet via communicatie?', verdict: 'moet' },
    {
      q: 'Als schepen van personeel wil ik een bericht aan het personeel op het intranet, mag een medewerker van mijn kabinet dat zelf posten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze algemeen directeur vraagt of het secretariaat het nieuws over de nieuwe arbeidsreglementen zelf op intranet mag publiceren',
      verdict: 'mag-niet',
    },
  ],
  83: [
    { q: 'Mag mijn dienst een nieuwsbericht voor het intranet voorstellen?', verdict: 'mag' },
    { q: 'Wie beslist of een bericht op het intranet komt?', verdict: 'info' },
    { q: 'Ik ben diensthoofd: kan ik een nieuwe pagina op het intranet aanvragen?', verdict: 'mag' },
    {
      q: 'Onze algemeen directeur wil een item over de nieuwe collega’s, beslist communicatie of dat nieuwswaardig is?',
      verdict: 'info',
    },
    { q: 'Kan een medewerker een idee doorgeven voor een bericht op intranet?', verdict: 'mag' },
    { q: 'Waarom werd ons voorstel voor een intranetbericht geweigerd?', verdict: 'info' },
  ],
  84: [
    { q: 'Wie stelt de interne nieuwsbrief samen?', verdict: 'info' },
    { q: 'Mag mijn dienst een item aanleveren voor het personeels blad?', verdict: 'mag' },
    { q: 'Ik ben diensthoofd: hoe krijg ik iets in de interne nieuwsbrief?', verdict: 'info' },
    { q: 'Wie doet de opmaak van het personeelsmagazine?', verdict: 'info' },
    { q: 'Kunnen diensten artikels insturen voor de interne nieuwsbrief?', verdict: 'mag' },
    {
      q: 'Als algemeen directeur: bepaalt communicatie wat er in het personeelsmagazine komt?',
      verdict: 'info',
    },
  ],

  // 5.14 Artificiële intelligentie
  85: [
    { q: 'Mag de communicatiedienst chat gpt gebruiken om teksten te schrijven?', verdict: 'mag-mits' },
    {
      q: 'Ik ben algemeen directeur: mag de communicatiedienst experimenteren met AI-tools die wij niet goedgekeurd hebben?',
      verdict: 'mag-mits',
    },
    { q: 'Mag de communicatiedienst een opleiding over AI volgen?', verdict: 'mag' },
    {
      q: 'Als schepen van communicatie: krijgt mijn dienst ruimte om met AI te testen?',
      verdict: 'mag-mits',
    },
    { q: 'Welke AI-tools mag de communicatiedienst gebruiken?', verdict: 'info' },
    {
      q: 'Kan de communicatiedienst met een beeldgenerator experimenteren voor affiches?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze burgemeester vraagt of communicatie tijdens de werkuren mag bijleren over artificiële intelligentie',
      verdict: 'mag',
    },
    { q: 'Waarom krijgt communicatie ruimte om met AI te experimenteren?', verdict: 'info' },
  ],
  86: [
    {
      q: 'Moet de communicatiedienst vermelden dat een foto in het infoblad met AI gemaakt is?',
      verdict: 'moet',
    },
    {
      q: 'Als burgemeester: moet er bij mijn voorwoord staan dat AI hielp, als communicatie het daarna grondig herwerkt heeft?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag communicatie AI gebruiken om een tekst te verbeteren zonder dat te melden?',
      verdict: 'mag-mits',
    },
    { q: 'Wanneer moeten we melden dat content met AI gemaakt is?', verdict: 'info' },
    {
      q: 'Is de communicatiedienst verplicht transparant over AI-beelden op onze sociale media?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben diensthoofd: communicatie heeft onze tekst met AI herschreven en grondig nagelezen, moet dat vermeld worden?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet er een vermelding komen bij een volledig door AI gegenereerde illustratie in een folder?',
      verdict: 'moet',
    },
    {
      q: 'Als oppositieraadslid: hoe weet ik of de gemeente AI gebruikt in haar communicatie?',
      verdict: 'info',
    },
    {
      q: 'Mag de communicatiedienst AI gebruiken als schrijfhulp, zolang ze alles zelf goed naleest?',
      verdict: 'mag-mits',
    },
  ],
  87: [
    { q: 'mag mijn dienst ai gebruiken om een folder te maken', verdict: 'mag-mits' },
    {
      q: 'Ik ben diensthoofd: moeten we zeggen dat onze nieuwsbrief met AI geschreven is?',
      verdict: 'moet',
    },
    { q: 'Mag de sportdienst een affiche met een AI-afbeelding maken?', verdict: 'mag-mits' },
    {
      q: 'Moeten medewerkers transparant zijn als ze AI gebruiken voor een brief aan inwoners?',
      verdict: 'moet',
    },
    { q: 'Als schepen: mag mijn dienst teksten laten genereren door een chatbot?', verdict: 'mag-mits' },
    {
      q: 'Onze afdeling gebruikt AI om info voor nieuwkomers te vertalen, moeten we dat melden?',
      verdict: 'moet',
    },
    {
      q: 'Waar moet mijn afdeling op letten als we een AI-tool inzetten voor een brochure?',
      verdict: 'info',
    },
    {
      q: 'Kan een medewerker AI gebruiken voor een presentatie aan het publiek zonder dat te zeggen?',
      verdict: 'moet',
    },
    {
      q: 'Onze schepen vraagt of de diensten die met AI werken daar open over moeten zijn',
      verdict: 'moet',
    },
  ],
};
