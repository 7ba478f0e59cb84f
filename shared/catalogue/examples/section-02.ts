// Example questions for section 5.2.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  8: [
    { q: 'kan communicatie ons helpen met de promotie van de zomerspeelpleinen?', verdict: 'info' },
    { q: 'wie helpt ons met de communicatie over ons nieuw project', verdict: 'info' },
    {
      q: 'Doet de communicatiedienst alles zelf of schakelen ze ook externen in, bv. een grafisch bureau?',
      verdict: 'info',
    },
    {
      q: 'onze dienst organiseert een infoavond over de uitbreiding van de begraafplaats, kan communicatie ons daarbij ondersteunen?',
      verdict: 'info',
    },
    { q: 'hoe ondersteunt de communicatiedienst de andere diensten', verdict: 'info' },
    {
      q: 'wie beslist of er een extern bureau ingeschakeld wordt voor de communicatie over ons project',
      verdict: 'info',
    },
    {
      q: 'Kunnen we voor de communicatie over de seniorenweek een beroep doen op de communicatiedienst?',
      verdict: 'info',
    },
    { q: 'sportdienst heeft hulp nodig met communicatie, bij wie moeten we zijn', verdict: 'info' },
    { q: 'helpt communicatie ook met de folders van het sociaal huis', verdict: 'info' },
    {
      q: 'Wij willen een filmpje laten maken door een extern productiehuis voor de jeugddienst. Hoe loopt dat samen met de communicatiedienst?',
      verdict: 'info',
    },
    { q: 'begeleiding door communicatie bij activiteiten van de cultuurdienst', verdict: 'info' },
    { q: 'kan de communicatiedienst nen affiche maken voor onze kermis?', verdict: 'info' },
  ],
  9: [
    { q: 'moet ik communicatie al in het begin van ons project betrekken?', verdict: 'moet' },
    {
      q: 'allee, ons evenement is volgende week, kan communicatie nog rap een affiche en een facebookpost maken?',
      verdict: 'moet',
    },
    {
      q: 'wij starten met de heraanleg van de markt, wanneer moeten we bij communicatie aankloppen',
      verdict: 'moet',
    },
    {
      q: 'Moet de technische dienst de communicatie over de wegenwerken vooraf afstemmen met de communicatiedienst?',
      verdict: 'moet',
    },
    {
      q: 'wie betaalt de communicatie voor ons project, moeten we dat op voorhand bespreken met communicatie',
      verdict: 'moet',
    },
    {
      q: 'is het ok als ik communicatie pas verwittig als de flyers gedrukt moeten worde',
      verdict: 'moet',
    },
    {
      q: 'onze dienst organiseert in het najaar een grote seniorenbeurs, wat moet ik nu al doen voor de communicatie',
      verdict: 'moet',
    },
    { q: 'last minute vraag aan communicatie mag dat', verdict: 'moet' },
    {
      q: 'Moet ik de doelen en de aanpak van de communicatie met de communicatiedienst bespreken voor we starten?',
      verdict: 'moet',
    },
    {
      q: 'Mijn diensthoofd zegt dat we de communicatie pas regelen als alles rond is. Klopt dat wel?',
      verdict: 'moet',
    },
    { q: 'vroeg overleg met communicatiedienst verplicht?', verdict: 'moet' },
    {
      q: 'hoelang op voorhand moet ik de communicatiedienst verwittigen voor een project',
      verdict: 'info',
    },
    {
      q: 'de bib plant een campagne voor de jeugdboekenmaand, moeten we met communicatie samenzitten over planning en budget',
      verdict: 'moet',
    },
    {
      q: 'wanneer overleg ik best met de comunicatiedienst over de aanpak van mijn project',
      verdict: 'info',
    },
  ],
  10: [
    { q: 'wat doet de communicatiedienst nog behalve folders maken en de website beheren?', verdict: 'info' },
    { q: 'is de communicatiedienst ook een coach voor de andere diensten', verdict: 'info' },
    { q: 'welke rollen neemt de communicatiedienst op in onze organisatie', verdict: 'info' },
  ],
  11: [
    {
      q: 'ik werk aan het onthaal en krijg veel vragen over de nieuwe afvalkalender, kan communicatie mij helpen?',
      verdict: 'info',
    },
    { q: 'wie ondersteunt de loketmedewerkers bij hun informatieplicht', verdict: 'info' },
    { q: 'wat is de decretale informatieplicht?', verdict: 'info' },
    {
      q: 'de mannen van de buitendienst krijgen vaak vragen van bewoners over de werken, wie helpt hen om die te beantwoorden',
      verdict: 'info',
    },
    { q: 'Moeten loketmedewerkers zelf uitzoeken hoe ze burgers informeren?', verdict: 'info' },
    { q: 'steun voor onthaalmedewerkers bij vragen van burgers?', verdict: 'info' },
    { q: 'hoe helpt communicatie de mensen van het loket burgezaken', verdict: 'info' },
    {
      q: 'krijgen de medewerkers van het sociaal huis ondersteuning om burgers goed te informeren',
      verdict: 'info',
    },
    {
      q: 'ik sta aan de balie van het recyclagepark, waar haal ik de juiste info voor de bezoekers',
      verdict: 'info',
    },
    {
      q: 'Als onthaalmedewerker weet ik vaak niet wat ik mag zeggen over een nieuw reglement. Bij wie kan ik terecht?',
      verdict: 'info',
    },
    { q: 'onthaal informatieplicht communicatiedienst', verdict: 'info' },
  ],
  12: [
    { q: 'wie behandelt een aanvraag openbaarheid van bestuur?', verdict: 'info' },
    {
      q: 'een burger vraagt via openbaarheid van bestuur een kopie van een bouwdossier, wat doe ik ermee',
      verdict: 'info',
    },
    { q: 'moet communicatie de aanvragen tot openbaarheid van bestuur registreren', verdict: 'moet' },
    {
      q: 'Wie legt ons uit wat we moeten doen bij een vraag naar openbaarheid van bestuur?',
      verdict: 'info',
    },
    { q: 'openbaarheid van bestuur aanvraag wie', verdict: 'info' },
    {
      q: 'Een journalist vraagt inzage in de verslagen van het college via openbaarheid van bestuur. Wie neemt dat op?',
      verdict: 'info',
    },
    {
      q: 'moet de communicatiedienst de aanvragen tot inzage in bestuursdocumenten zelf behandelen',
      verdict: 'moet',
    },
    { q: 'krijgen de diensten uitleg over openbaarheid van bestuur', verdict: 'info' },
    {
      q: 'wie handelt bij ons een aanvraag openbaarheid van bestuur af, wij als omgevingsdienst of communicatie?',
      verdict: 'info',
    },
    {
      q: 'iemand wil de notulen van de gemeenteraad inkijken, naar wie stuur ik die vraag door',
      verdict: 'info',
    },
    { q: 'wie registreerd de vragen naar openbaarheid van bestuur', verdict: 'info' },
    {
      q: 'Moet er iemand de aanvragen openbaarheid van bestuur bijhouden en opvolgen? Is dat communicatie?',
      verdict: 'moet',
    },
    { q: 'openbaarheid van bestuu, wat is dat juist?', verdict: 'info' },
  ],
  13: [
    { q: 'wie behandelt klachten van burgers', verdict: 'info' },
    {
      q: 'Een burger heeft een klacht over hoe hij aan het loket behandeld werd. Naar wie gaat die klacht?',
      verdict: 'info',
    },
    { q: 'moet de communicatiedienst klachten registreren', verdict: 'moet' },
    { q: 'wie beantwoordt een klacht van een inwoner?', verdict: 'info' },
    { q: 'waarom vraagt communicatie mij feedback over een klacht', verdict: 'info' },
    {
      q: 'moet de klachtencoördinator ook de bevoegde schepen om feedback vragen bij een klacht',
      verdict: 'moet',
    },
    { q: 'wie is bij ons klachtencoördinator', verdict: 'info' },
    { q: 'er is een klacht binnengekomen via facebook, wie volgt dat op', verdict: 'info' },
    {
      q: 'beantwoord ik zelf een klacht over mijn dienst of doet de klachtencoördinator dat',
      verdict: 'info',
    },
    { q: 'moet communicatie de klachten ook zelf beantwoorde', verdict: 'moet' },
    { q: 'klachtenbehandeling wie coordineert', verdict: 'info' },
    {
      q: 'een inwoner is boos over de ophaling van het grofvuil en stuurt een klachtenmail, wat moet er met die mail gebeuren',
      verdict: 'moet',
    },
    {
      q: 'bij ons doet burgerzaken de klachten, wie beantwoordt dan de klacht?',
      verdict: 'info',
      variant: 1,
    },
    {
      q: 'moet de dienst burgerzaken de klachten coördineren als communicatie dat niet doet',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'Is de communicatiedienst klachtencoördinator, of doet een andere dienst dat?',
      verdict: 'info',
      variant: 1,
    },
    {
      q: 'Klachten lopen bij ons niet via communicatie maar via een andere dienst. Moet die dienst de klacht dan ook registreren?',
      verdict: 'moet',
      variant: 1,
    },
  ],
  14: [
    { q: "waar vind ik foto's van de gemeente voor mijn folder", verdict: 'info' },
    { q: 'wie beheert de beeldbank', verdict: 'info' },
    { q: 'heeft de gemeente een beelddatabank?', verdict: 'info' },
    {
      q: "Ik heb mooie foto's van het sportkamp. Aan wie geef ik die zodat ze in de beeldbank komen?",
      verdict: 'info',
    },
    { q: 'fotodatabank gemeente wie', verdict: 'info' },
    {
      q: 'kan ik een foto van het gemeentehuis krijgen voor onze nieuwsbrief, bij wie moet ik zijn',
      verdict: 'info',
    },
    { q: "wie zet de foto's in de beelddatabank", verdict: 'info' },
    { q: "is er een plek waar alle foto's van de gemeente verzameld worden", verdict: 'info' },
    {
      q: 'de cultuurdienst zoekt beelden van het zomerfestival van vorig jaar, waar zoek ik best',
      verdict: 'info',
    },
    { q: 'wie onderhoud de fotobank van de gemeente', verdict: 'info' },
    { q: 'hoe leg je best een beelddatabank aan?', verdict: 'info' },
    { q: "beelddatabak met foto's van zilverbeek, wie is daarvoor verantwoordelijk", verdict: 'info' },
  ],
  15: [
    { q: 'wat doet de redactieraad', verdict: 'info' },
    {
      q: 'wie kiest er eigenlijk welke onderwerpen in het volgende nummer van het infoblad komen',
      verdict: 'info',
    },
    {
      q: 'uit wie bestaat de redactieraad bij ons, zitten daar ook mensen van andere diensten in?',
      verdict: 'info',
    },
    { q: 'wie plant de berichten voor de website, facebook en de nieuwsbrief', verdict: 'info' },
    {
      q: 'Wij van de sportdienst willen een artikel in het infoblad en een post op Facebook. Wie selecteert en plant die berichten?',
      verdict: 'info',
    },
    { q: 'wie doet de contentplaning van de gemeentelijke kanalen', verdict: 'info' },
    { q: 'redactieraad taken?', verdict: 'info' },
    { q: 'werkt communicatie alleen of met een redactieraad voor het infoblad', verdict: 'info' },
    {
      q: 'wie bewaakt de kwaliteit van de berichten op de website en in het infoblad',
      verdict: 'info',
    },
    { q: 'is er een redactieplanning voor sociale media en wie maakt die', verdict: 'info' },
    { q: 'levert de redactieraad content aan voor de nieuwsbrief?', verdict: 'info' },
    { q: 'wa is de rol van de redactieraad bij de website', verdict: 'info' },
  ],
  16: [
    {
      q: 'ik heb een idee voor een artikel in het infoblad, moet ik dat aan communicatie doorgeven?',
      verdict: 'moet',
    },
    { q: 'moet ik communicatie laten weten als er iets nieuws is in onze dienst', verdict: 'moet' },
    {
      q: 'Wij merken aan het loket dat veel mensen de nieuwe parkeerregels niet snappen. Moeten we dat aan communicatie melden?',
      verdict: 'moet',
    },
    { q: 'ik heb een goed onderwerp voor het intranet, wat doe ik ermee', verdict: 'moet' },
    { q: 'Moet elk personeelslid meedenken over communicatie?', verdict: 'moet' },
    { q: 'suggestie voor communicatie, aan wie doorgeven?', verdict: 'info' },
    {
      q: 'onze dienst heeft een mooi verhaal voor faceboek, geven we dat door aan de communicatiedienst?',
      verdict: 'moet',
    },
    {
      q: 'is het mijn taak als medewerker om onderwerpen voor communicatie aan te brengen?',
      verdict: 'moet',
    },
    {
      q: 'een collega van de groendienst heeft een tip voor de nieuwsbrief, moet die naar communicatie',
      verdict: 'moet',
    },
    { q: 'wat verwacht de communicatiedienst van gewone medewerkes', verdict: 'info' },
    {
      q: 'ik zie dat de tarieven van het zwembad op de website fout staan, moet ik da melden aan communicatie',
      verdict: 'moet',
    },
    { q: 'wat zijn communicatiereflexen', verdict: 'info' },
  ],
  17: [
    { q: 'wie zorgt ervoor dat de info binnen onze dienst doorstroomt', verdict: 'info' },
    {
      q: 'moet mijn diensthoofd ons op de hoogte houden van wat er beslist wordt',
      verdict: 'moet',
    },
    { q: 'als leidinggevende, moet ik zorgen dat mijn team weet wat er speelt?', verdict: 'moet' },
    {
      q: 'Is communicatie een aandachtspunt bij de evaluatie van leidinggevenden?',
      verdict: 'info',
    },
    {
      q: 'onze teamverantwoordelijke vertelt ons nooit iets van wat er op het MT gezegd wordt, is dat niet zijn taak?',
      verdict: 'moet',
    },
    {
      q: 'wie is verantwoordelijk voor de interne informatiedoorstroming binnen een afdeling',
      verdict: 'info',
    },
    {
      q: 'moet een diensthoofd zorgen voor een vaste manier om informatie door te geven aan zijn team',
      verdict: 'moet',
    },
    { q: 'bij de aanwerving van een nieuw diensthoofd, telt communicatie dan mee?', verdict: 'info' },
    { q: 'leidinggevende rol interne communicatie', verdict: 'info' },
    {
      q: 'Ik ben net teamleider geworden in de kinderopvang. Wat wordt er van mij verwacht op vlak van communicatie?',
      verdict: 'moet',
    },
    {
      q: 'wordt er bij het functioneringsgesprek van een leidinggevende gekeken naar hoe die communiceert',
      verdict: 'info',
    },
    { q: 'moet de afdelingshoofd de info van het mt doorgeven aan zijn diensten', verdict: 'moet' },
  ],
};
