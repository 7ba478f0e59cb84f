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
      q: 'Ons bureau krijgt de vraag om mee te schrijven aan een strategie voor de gemeente. Is het niet de communicatiedienst zelf die dat plan hoort op te stellen?',
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
      q: 'Mag ik vragen wie verantwoordlijk is voor de timing van de acties uit het communicatieplan?',
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
      q: 'We starten een campagne tegen zwerfvuil met affiches en een actie op de markt. Moet het college daar eerst van weten?',
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
      q: 'Mijn diensthoofd zegt dat ik in mijn ontwerpbesluit over de nieuwe markturen ook moet zetten wie de marktkramers verwittigt. Is dat echt nodig?',
      verdict: 'moet',
    },
    {
      q: 'Het gaat maar om een klein puntje op de collegeagenda. Mag ik de communicatieparagraaf dan weglaten?',
      verdict: 'moet',
    },
    { q: 'Wie vult de communicatieparagraaf in bij een agendapunt voor het college?', verdict: 'info' },
  ],
  8: [
    {
      q: 'Ik werk bij de jeugddienst en moet een folder maken voor de zomerwerking. Helpt de communicatiedienst daarbij of doe ik dat alleen?',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen of de communicatiedienst soms een extern bureau inschakelt om een dienst te helpen met zijn communicatie?',
      verdict: 'info',
    },
    {
      q: 'Ik ben freelance fotograaf. Werkt de communicatiedienst voor de diensten ook met externen, of doen ze alles in eigen huis?',
      verdict: 'info',
    },
    {
      q: 'Hoe gaat de ondersteuning van de communicatiedienst in zijn werk als mijn dienst een campagne wil opzetten?',
      verdict: 'info',
    },
    { q: 'Wie begeleidt een dienst bij de communicatie over een nieuwe activiteit?', verdict: 'info' },
    {
      q: 'Kan ik bij de communicatiedienst terecht voor hulp bij de tekst over ons nieuwe zwembadrooster, of moet ik dat zelf schrijven?',
      verdict: 'info',
    },
  ],
  9: [
    {
      q: 'We plannen in het voorjaar een heraanleg van het marktplein. Wanneer halen we de communicatiedienst erbij?',
      verdict: 'info',
    },
    {
      q: 'We zijn nog maar in de ontwerpfase van de nieuwe skatepark. Is het al zinvol om met communicatie te praten over de kosten van affiches en een opening?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben nieuw bij de dienst cultuur en heb tegen volgende week een affiche nodig. Had ik eerder moeten aankloppen bij communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Moeten we de kosten voor de communicatie over ons project vooraf met de communicatiedienst bespreken?',
      verdict: 'moet',
    },
    {
      q: 'Mag ik de communicatiedienst pas inschakelen als het project helemaal uitgewerkt is, of moet dat vroeger?',
      verdict: 'moet',
    },
    {
      q: 'Met wie overleg ik over de aanpak en planning van de communicatie voor ons nieuw project rond buurtpreventie?',
      verdict: 'info',
    },
    {
      q: 'Is het verplicht om bij de start van een project de communicatiedoelen te bespreken met de dienst communicatie?',
      verdict: 'moet',
    },
  ],
  11: [
    {
      q: 'Ik werk aan het onthaal en krijg veel vragen over de nieuwe parkeerregeling. Kan de communicatiedienst ons helpen om die goed te beantwoorden?',
      verdict: 'info',
    },
    { q: 'Wie ondersteunt de loketmedewerkers bij het informeren van de burgers?', verdict: 'info' },
    {
      q: 'Mag ik vragen of de communicatiedienst ook de buitendienst helpt met info voor bewoners als er werken zijn?',
      verdict: 'info',
    },
    {
      q: 'Wat houdt die informatieplicht in voor ons aan het loket, en wie helpt ons daarmee?',
      verdict: 'info',
    },
    {
      q: 'Ik schrijf een stuk over het onthaal voor het personeelsmagazine. Welke rol speelt de communicatiedienst voor die collegas?',
      verdict: 'info',
    },
  ],
  12: [
    {
      q: 'Een journalist vraagt via mij een kopie van een collegebesluit op basis van openbaarheid van bestuur. Wie behandelt zo een aanvraag?',
      verdict: 'info',
    },
    {
      q: 'Klopt het dat de communicatiedienst alle aanvragen tot openbaarheid van bestuur registreerd?',
      verdict: 'moet',
    },
    {
      q: 'Ik kreeg als redacteur een mail van een burger die een dossier wil inkijken. Moet de communicatiedienst die aanvraag afhandelen?',
      verdict: 'moet',
    },
    {
      q: 'Wie legt ons uit hoe openbaarheid van bestuur werkt? Ik ben nieuw en weet niet goed wat ik mag vrijgeven.',
      verdict: 'info',
    },
    {
      q: 'Iemand van een actiegroep wil de adviezen over het bouwproject opvragen. Is het de communicatiedienst die zo een vraag moet registreren en beantwoorden?',
      verdict: 'moet',
    },
    {
      q: 'Een buurtcomité wil de plannen van het nieuwe sportcentrum inzien. Waar kunnen ze dat aanvragen?',
      verdict: 'info',
    },
  ],
  13: [
    {
      q: 'Ik schrijf voor de website een pagina over klachten. Wie is bij ons de klachtencoördinator?',
      verdict: 'info',
    },
    {
      q: 'Een ouder van de school stuurde ons een klacht over de schoolstraat. Wie beantwoord die uiteindelijk?',
      verdict: 'info',
    },
    {
      q: 'Ik stuurde een klacht van een inwoner over lawaai door naar communicatie. Gaan zij ons en de schepen dan om uitleg vragen voor ze antwoorden?',
      verdict: 'moet',
    },
    {
      q: 'Moet de communicatiedienst bij een klacht ook de schepen om zijn feedback vragen voor ze antwoordt?',
      verdict: 'moet',
    },
    {
      q: 'Hoe verloopt de afhandeling van een klacht, van de registratie tot het antwoord?',
      verdict: 'info',
    },
    {
      q: 'Bij ons doet een andere dienst de klachten, niet communicatie. Moet ik een klacht die ik binnenkrijg dan naar die dienst sturen?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'Als de klachtenbehandeling niet bij de communicatiedienst ligt, wie coördineert ze dan?',
      verdict: 'info',
      variant: 1,
    },
  ],
  14: [
    {
      q: 'Ik heb als freelance fotograaf de reeks van de jaarmarkt afgewerkt. Bezorg ik die aan de communicatiedienst voor de beeldbank, en wie beslist wat erin komt?',
      verdict: 'info',
    },
    {
      q: 'Wij zijn de school en zoeken fotos van het dorp voor ons jaarboek. Wie beheert de beelddatabank van de gemeente, zodat we het daar kunnen vragen?',
      verdict: 'info',
    },
    {
      q: 'Ik zoek voor de website een goeie foto van de nieuwe fietsbrug. Hebben jullie een beeldbank, en wie beheerd die?',
      verdict: 'info',
    },
    {
      q: 'Ik zoek een moie foto van het gemeentehuis voor mijn artikel in het infoblad. Wie beheert de beeldbank?',
      verdict: 'info',
    },
    {
      q: 'Mag ik als freelance fotograaf vragen wie jullie beelddatabank onderhoudt? Ik wil mijn reportage daar laten opnemen.',
      verdict: 'info',
    },
    { q: 'Bestaat er een centrale fotobank van de gemeente en wie houdt die bij?', verdict: 'info' },
    { q: 'Waar vind ik als nieuwe communicatiemedewerker de fotos van vorige evenementen?', verdict: 'info' },
    { q: 'Wie heeft de beeldenbank opgezet en wie beslist wat erin komt?', verdict: 'info' },
  ],
  15: [
    {
      q: 'Wij zijn een partnerorganisatie en willen dat onze activiteiten op de verschillende gemeentekanalen komen. Wie plant dat: de redactieraad of de communicatiedienst?',
      verdict: 'info',
    },
    { q: 'Ik zit sinds kort in de redactieraad namens de bib. Wat doet die raad precies?', verdict: 'info' },
    {
      q: 'Ik ben redacteur van de nieuwsbrief. Wie plant welke onderwerpen in welk kanaal komen?',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen hoe de inhoud voor website, infoblad en sociale media op elkaar afgestemd wordt?',
      verdict: 'info',
    },
    { q: 'Wie selecteerd de onderwerpen voor de volgende editie en voor de sociale media?', verdict: 'info' },
    {
      q: 'Werkt de redactieraad ook mee aan het redactiebeleid, of is dat enkel de communicatiedienst?',
      verdict: 'info',
    },
    { q: 'Wie zit er in de redactieraad en wat wordt er van de leden verwacht?', verdict: 'info' },
  ],
  16: [
    {
      q: 'Ik werk bij de technische dienst en hoorde dat de bibliotheek een nieuw leesproject start. Moet ik zo een tip doorgeven aan communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Ik werk in de kinderopvang en wij hebben een mooi verhaal over een grootouderdag. Wordt er van ons verwacht dat we zoiets zelf aan communicatie melden?',
      verdict: 'moet',
    },
    {
      q: 'Ik heb een idee voor een artikel over onze vrijwilligers. Bij wie lever ik dat aan?',
      verdict: 'info',
    },
    {
      q: 'Moet ik als gewone medewerker ook zelf nieuwtjes aanbrengen voor de interne nieuwsbrief?',
      verdict: 'moet',
    },
    {
      q: 'In onze afsprakennota lees ik iets over communicatiereflexen van het personeel. Wat verwacht men daarmee concreet van mij als collega?',
      verdict: 'info',
    },
    {
      q: 'Er komt een buurtfeest waar de gemeente aan meewerkt. Ben ik verplicht dat te melden aan communicatie of is dat niet mijn taak?',
      verdict: 'moet',
    },
  ],
  17: [
    {
      q: 'Ik schrijf een artikel voor het personeelsblad over leidinggeven. Wat is de rol van een diensthoofd in de interne communicatie?',
      verdict: 'info',
    },
    {
      q: 'Moet mijn leidinggevende er voor zorgen dat de info uit het MT ook bij ons in de dienst terechtkomt?',
      verdict: 'moet',
    },
    { q: 'Klopt het dat communicatie meetelt bij de evaluatie van leidinggevenden?', verdict: 'info' },
    {
      q: 'Wie is verantwoordelijk voor de doorstroming van informatie binnen een afdeling?',
      verdict: 'info',
    },
    {
      q: 'Zijn diensthoofden verplicht hun team op de hoogte te houden van wat er beslist wordt?',
      verdict: 'moet',
    },
    {
      q: 'Mag ik vragen of communicatie ook aan bod komt bij de aanwerving van een nieuw diensthoofd?',
      verdict: 'info',
    },
  ],
  18: [
    {
      q: 'Ik heb een brief geschreven over de nieuwe belasting op tweede verblijven. Wie kijkt na of de tekst helder is en duidelijk zegt dat het nog maar een voorstel is?',
      verdict: 'info',
    },
    {
      q: 'Onze vzw maakt samen met de gemeente een folder. Gaat communicatie erop letten dat duidelijk is dat de gemeente mee de afzender is?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben webredacteur en wil een lokale bakker vermelden op de pagina over de kerstmarkt. Kijkt de communicatiedienst na of dat commercieel neutraal blijft?',
      verdict: 'moet',
    },
    {
      q: 'Welke normen voor overheidscommunicatie bewaakt de communicatiedienst eigenlijk?',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst erop letten dat in een tekst staat in welke fase van de besluitvorming een dossier zit?',
      verdict: 'moet',
    },
    {
      q: 'Wie controlleert of we externe media zoals advertenties in de krant correct inzetten?',
      verdict: 'info',
    },
    {
      q: 'Als nieuwe communicatiemedewerker lees ik teksten van diensten na. Moeten wij daarbij ook op politieke neutraliteit letten?',
      verdict: 'moet',
    },
  ],
  19: [
    {
      q: 'Ik maak een digitale folder over de nieuwe zorgpremie. Moet die ook leesbaar zijn met een schermlezer, en wie kan me daarbij helpen?',
      verdict: 'info',
    },
    {
      q: 'Wij zijn een organisatie voor mensen met een visuele beperking. Houdt de gemeente rekening met toegankelijkheid op haar website?',
      verdict: 'info',
    },
    {
      q: 'Ik maak een fodler voor senioren over de mantelzorgpremie. Wie helpt me om die toegankelijk te maken voor mensen die moeilijk lezen?',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen wie er bij ons waakt over webtoegankelijkheid? Ik ben de webredacteur van de sportdienst en twijfel over mijn pdfs.',
      verdict: 'info',
    },
    {
      q: 'Wie beslist of we iets op papier, digitaal of mondeling communiceren zodat echt iedereen bereikt wordt?',
      verdict: 'info',
    },
    {
      q: 'Mijn brief over de nieuwe premie staat vol juridische termen. Is er iemand op communicatie die mee waakt over begrijpelijke taal?',
      verdict: 'info',
    },
    {
      q: 'Onze vzw werkt met anderstalige nieuwkomers. Houdt de gemeente in haar communicatie rekening met mensen die niet digitaal zijn?',
      verdict: 'info',
    },
    {
      q: 'Wat verstaan jullie onder inclusieve communicatie, en wie trekt dat bij de gemeente?',
      verdict: 'info',
    },
  ],
  20: [
    {
      q: 'Wij zijn het bureau dat de nieuwe campagne rond vrijwilligerswerk maakt. Mogen we het gemeentehuis als centraal beeld nemen, of moeten er inwoners op?',
      verdict: 'moet',
    },
    {
      q: 'Voor de folder van het OCMW zoek ik beelden. Moet ik erop letten dat verschillende leeftijden en achtergronden in beeld komen?',
      verdict: 'moet',
    },
    {
      q: 'Voor de cover van het infoblad dacht ik aan een foto van het college bij de opening van de speeltuin. Is dat oké of zetten we liever de kinderen centraal?',
      verdict: 'moet',
    },
    { q: 'Moeten de fotos in onze folder de diversiteit van de inwoners tonen?', verdict: 'moet' },
    {
      q: 'Ik ben fotograaf en maak beelden voor jullie jaarverslag. Wie willen jullie vooral in beeld: het personeel of de inwoners?',
      verdict: 'info',
    },
    {
      q: 'Mag ik op de nieuwe webpagina van onze dienst een groepsfoto van het team als hoofdbeeld zetten?',
      verdict: 'moet',
    },
    {
      q: 'Voor de jaarkalender had ik fotos van onze collegas aan het werk gekozen. Is het beter om de inwoners zelf in beeld te brengen?',
      verdict: 'moet',
    },
    {
      q: 'Welke mensen zet ik best op de affiche voor het buurtfeest, als ik de afspraken over beelden wil volgen?',
      verdict: 'moet',
    },
  ],
  21: [
    {
      q: 'Wij zijn een grafisch bureau en kregen een opdracht van de sportdienst. Wie bezorgt ons de huisstijlgids en wie kijkt ons ontwerp na?',
      verdict: 'info',
    },
    {
      q: 'Ik maak als nieuwe collega mijn eerste digitale nieuwsbrief. Is er iemand die nagaat of ik de huisstijl goed toepas?',
      verdict: 'info',
    },
    {
      q: 'Klopt het dat de communicatiedienst de huistijl bewaakt, ook op de powerpoints van de diensten?',
      verdict: 'info',
    },
    {
      q: 'Ik ben nieuw en moet een uitnodiging maken voor een infoavond. Wie kan me zeggen welke lettertypes en kleuren van de huisstijl ik moet gebruiken?',
      verdict: 'info',
    },
    {
      q: 'Wie controleert of de huisstijl juist toegepast is op een folder voor die naar de drukker gaat?',
      verdict: 'info',
    },
    {
      q: 'Onze school maakt een affiche samen met de gemeente. Bij wie moeten we zijn voor de huisstijlregels?',
      verdict: 'info',
    },
    {
      q: 'Ik zoek een sjabloon voor een brief en een presentatie in de juiste kleuren. Bij wie vraag ik dat?',
      verdict: 'info',
    },
    { q: 'Mag ik vragen waar het huisstijlhandboek staat en wie het bijhoudt?', verdict: 'info' },
  ],
  22: [
    {
      q: 'Ik stel een brief op voor ouders over de inschrijvingen in de kinderopvang. Spreek ik hen aan met u, en geldt dat ook voor de flyer die erbij zit?',
      verdict: 'moet',
    },
    {
      q: 'Onze vereniging schrijft een stukje voor het infoblad. Moeten wij ook de je-vorm gebruiken zoals de gemeente?',
      verdict: 'moet',
    },
    {
      q: 'Klopt het dat we inwoners in een brief over hun aanvraag met u aanspreken, maar in de gemeentelijke nieuwsbrief met je?',
      verdict: 'moet',
    },
    {
      q: 'ik schrijf een brief aan de bewoners van de kerkstraat over de rioleringswerken, gebruik ik je of u',
      verdict: 'moet',
    },
    { q: 'Voor mijn artikel in het infoblad: spreken we de lezer aan met je of met u?', verdict: 'moet' },
    {
      q: 'Ik herschrijf de pagina over de afvalophaling op de site. Spreek ik de lezer daar aan met jij of met u?',
      verdict: 'moet',
    },
    {
      q: 'Mag ik in een facebookpost over de opening van het zwembad de lezers met u aanspreken?',
      verdict: 'moet',
    },
    {
      q: 'Een inwoner mailde een vraag over zijn bouwdossier. Moet ik in mijn antwoord de u-vorm gebruiken?',
      verdict: 'moet',
    },
    { q: 'Welke aanspreekvorm gebruiken we in de digitale nieuwsbrief voor de inwoners?', verdict: 'info' },
    { q: 'Schrijven we in een dossier voor een omgevingsvergunning je of u?', verdict: 'moet' },
  ],
  23: [
    {
      q: 'Ik ben de fotograaf van het jeugdkamp. Welke afspraken heeft de gemeente over het publiceren van fotos van minderjarigen?',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen of er afspraken zijn over welke fotos van mensen we wel en niet publiceren? Ik maak de fotoreportage van het seniorenfeest.',
      verdict: 'info',
    },
    {
      q: 'Ik ben redacteur van het infoblad en wil een foto van kinderen op het speelplein gebruiken. Waar vind ik de regels over privacy bij beelden?',
      verdict: 'info',
    },
    { q: 'Wie zorgt voor de richtlijnen rond beeldkwaliteit en privacy bij de gemeente?', verdict: 'info' },
    {
      q: 'Ik ben freelance fotograaf en neem fotos op het schoolfeest voor de gemeente. Zijn er richtlijnen over de privacy van de kinderen?',
      verdict: 'info',
    },
    { q: 'Wie bepaalt welke kwaliteit een foto moet hebben om in het infoblad te komen?', verdict: 'info' },
    {
      q: 'Mag ik vragen of er een beeldbeleid bestaat? Ik wil fotos van bezoekers gebruiken op de webpagina van het zwembad.',
      verdict: 'info',
    },
    {
      q: 'Wie stelt de regels op voor het fotograferen van mensen op gemeentelijke evenementen?',
      verdict: 'info',
    },
    {
      q: 'Hoe zit het met de toestemming van mensen die herkenbaar op een foto staan, en wie maakt daar afspraken over?',
      verdict: 'info',
    },
  ],
  24: [
    {
      q: 'Ik ben freelance fotograaf. Als de gemeente mijn fotos in het infoblad gebruikt, wordt er dan rekening gehouden met mijn rechten en naamsvermelding?',
      verdict: 'mag-mits',
    },
    {
      q: 'Wij zijn de school en hebben fotos van onze leerlingen op de kinderboerderij. Mag de gemeente die gebruiken voor haar Facebookpagina?',
      verdict: 'mag-mits',
    },
    {
      q: 'Wij zijn een lokale fotoclub en willen onze fotos van het dorp aan het infoblad geven. Wat moet er geregeld zijn rond auteursrecht?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik heb een stockfoto gekocht voor een folder. Mag ik die ook op Facebook gebruiken?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik vond via Google een mooie foto van een speeltuin voor mijn artikel. Mag ik die zomaar gebruiken?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik een foto van de website van de sportclub overnemen in onze nieuwsbrief?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een lokale fotograaf wil zijn fotos van de kermis aan ons geven. Waar moeten we op letten voor we ze gebruiken?',
      verdict: 'mag-mits',
    },
    {
      q: 'Gebruiken we in het infoblad liever eigen fotos of mogen het ook stockbeelden zijn?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een fotograaf van de krant heeft een prachtig beeld van onze opening. Mag ik dat in het infoblad zetten als ik het netjes vraag?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik ben redacteur en vond een leuke illustratie op Pinterest. Mag die in de nieuwsbrief van de bib?',
      verdict: 'mag-mits',
    },
  ],
  25: [
    { q: 'Volgt de communicatiedienst zelf ook opleidingen om bij te blijven in het vak?', verdict: 'info' },
    {
      q: 'Ik ben nieuw als communicatiemedewerker. Is er ruimte om een cursus klare taal of webschrijven te volgen?',
      verdict: 'info',
    },
    {
      q: 'Hoe blijft de communicatiedienst op de hoogte van nieuwe evoluties in communicatie?',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen of jullie team bijscholing krijgt, bijvoorbeeld over sociale media?',
      verdict: 'info',
    },
    { q: 'Wie zorgt ervoor dat de kennis van de communicatiedienst up-to-date blijft?', verdict: 'info' },
  ],
  26: [
    {
      q: 'Ik schrijf een artikel over de samenwerking tussen bestuur en administratie. Hoe vaak zitten de schepenen samen met de diensthoofden?',
      verdict: 'info',
    },
    {
      q: 'Ik ben nieuw als diensthoofd. Moet ik elke maand met mijn schepen samenzitten over onze dossiers?',
      verdict: 'moet',
    },
    {
      q: 'Moet mijn diensthoofd de schepen op de hoogte houden van hoe ons project vordert?',
      verdict: 'moet',
    },
    {
      q: 'Moeten de burgemeester en de schepenen de diensthoofden ook informeren over nieuwe beleidsplannen?',
      verdict: 'moet',
    },
    {
      q: 'Wie houdt wie op de hoogte van het beleid: het bestuur de diensten of omgekeerd?',
      verdict: 'info',
    },
    {
      q: 'Is het verplicht dat diensthoofden en schepenen structureel overleggen, of gebeurt dat als het nodig is?',
      verdict: 'moet',
    },
  ],
  27: [
    {
      q: 'De schepen van sport vroeg me rechtstreeks om een nieuwe subsidieregel uit te werken. Mag ik daar gewoon mee aan de slag?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een schepen met mij als medewerker afspreken hoe een beleidspunt uitgevoerd wordt?',
      verdict: 'mag-niet',
    },
    { q: 'Via wie lopen de beleidsafspraken tussen het bestuur en de diensten?', verdict: 'info' },
    {
      q: 'De schepen en ik spraken op de receptie af om de subsidies voor jeugdverenigingen op te trekken. Volstaat dat, of moet dat langs het college?',
      verdict: 'moet',
    },
    {
      q: 'Kan ik als diensthoofd met de bevoegde schepen onder vier ogen een beleidskeuze vastleggen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Hoe maken we een afspraak over een nieuw beleidsinitiatief als de schepen het graag wil?',
      verdict: 'info',
    },
  ],
  28: [
    {
      q: 'Ik maak de interne nieuwsbrief en wil de collegebeslissingen vermelden. Wie koppelt die terug naar de diensten?',
      verdict: 'info',
    },
    { q: 'Wanneer krijgen de diensten te horen wat het college beslist heeft?', verdict: 'info' },
    {
      q: 'We wachten al een week op nieuws over ons collegepunt. Hoort de directeur ons niet snel te laten weten wat er beslist is?',
      verdict: 'moet',
    },
    {
      q: 'Moet de burgemeester de betrokken dienst informeren over een collegebeslissing die hen aangaat?',
      verdict: 'moet',
    },
    {
      q: 'Hoe krijgt mijn dienst de besluiten van het college: via de vergadersoftware of via een toelichting?',
      verdict: 'info',
    },
    { q: 'Mag ik vragen wie ons een toelichting geeft na de collegezitting?', verdict: 'info' },
  ],
  29: [
    {
      q: 'Mijn schepen wil mij zelf vertelen dat mijn contract verlengd wordt. Is dat de bedoeling?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wie laat een medewerker weten wat er beslist is over zijn aanwerving of bevordering?',
      verdict: 'info',
    },
    {
      q: 'Mag de burgemeester een personeelsbeslissing zelf meedelen aan de betrokken medewerker?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een collega hoorde van een schepen dat haar promotie goedgekeurd is. Is dat de juiste weg, of moet zoiets via de directeur komen?',
      verdict: 'moet',
    },
    {
      q: 'Ik schrijf een interne mededeling over een nieuwe aanstelling. Moet die van de algemeen directeur komen?',
      verdict: 'moet',
    },
    {
      q: 'Mag een schepen aan een dienst laten weten wie er aangeworven is voor de vacature?',
      verdict: 'mag-niet',
    },
  ],
  30: [
    {
      q: 'Ik schrijf een stuk voor het infoblad over een nieuw jeugdhuis. Dat is nog niet beslist, maar de schepen wil het al aankondigen. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag ik in het infoblad een artikel zetten over het nieuwe parkeereglement dat vorige maand goedgekeurd werd?',
      verdict: 'mag',
    },
    {
      q: 'We willen inwoners laten meedenken over de heraanleg van het dorpsplein, waarover nog niets vastligt. Mag die oproep op de website?',
      verdict: 'mag-mits',
    },
    {
      q: 'Er circuleren ideeën over een nieuwe bibliotheek maar er ligt nog niets vast. Mag ik daar al een teaser over op Facebook zetten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onder welke voorwaarden mag ik schrijven over een ontwerp van mobiliteitsplan waarover de inspraak nog loopt?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik in de nieuwsbrief al melden dat het college overweegt een nieuwe sporthal te bouwen, ook al is er nog niks beslist?',
      verdict: 'mag-niet',
    },
    {
      q: 'Hoe moet een tekst over beleid in ontwikkeling klinken? Mag die enthousiast en wervend zijn om mensen warm te maken?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik op de website uitleggen welke rechten huurders hebben onder het nieuwe reglement sociale huur?',
      verdict: 'mag',
    },
    {
      q: 'Een schepen vraagt me om een idee dat hij heeft al in het infoblat te zetten, om de reacties te peilen. Wat zeg ik hem?',
      verdict: 'mag-niet',
    },
  ],
  31: [
    {
      q: 'Het college keurde het nieuwe terrasreglement goed, maar de raad stemt pas volgende maand. Mag ik in het infoblad al schrijven dat het er komt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Het college gaf een advies over het nieuwe belastingreglement, maar de gemeenteraad moet nog stemmen. Mag ik het al als beslist brengen in de nieuwsbrief?',
      verdict: 'mag-niet',
    },
    {
      q: 'Tegen wanneer mag ik schrijven dat een nieuw reglement beslist is: na het college of na de gemeenteraad?',
      verdict: 'info',
    },
    {
      q: 'Ik heb een webtekst klaar over het nieuwe parkeerplan. Het college is akkoord, de raad stemt dinsdag. Mag die tekst online zodra de raad ja zegt?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik een persbericht schrijven dat het college heeft beslist om de dorpskern autoluw te maken, terwijl het nog naar de gemeenteraad moet?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik maak een post over de nieuwe subsidieregeling. De gemeenteraad keurde die gisteren goed. Kan ik ze nu als beslissing communiceren?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik het standpunt van de meerderheid over het zwembaddossier al op de website zetten alsof het vastligt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onder welke voorwaarde mag ik het nieuwe retributiereglement als beslist voorstellen in het infoblad?',
      verdict: 'mag-mits',
    },
  ],
  32: [
    {
      q: 'Voor het infoblad maak ik een stuk over de vernieuwde bib. Mag ik daar een quote en een foto van de schepen van cultuur in zetten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag er een foto van de burgemeester bij het artikel over de opening van het nieuwe sportpark op onze website?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik maak de opmaak van het volgende infoblad. De burgemeester wil op pagina twee een woordje richting de lezers: is daar plaats voor?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik maak de webpagina met het overzicht van het schepencollege. Mogen daar fotos en namen van de schepenen op?',
      verdict: 'mag-mits',
    },
    {
      q: 'Er komt een nieuwe schepen die een ontslagnemende collega vervangt. Mogen we die voorstellen in het infoblad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Tijdens de overstroming wil de burgemeester een videoboodschap op de gemeentelijke Facebookpagina. Kan dat?',
      verdict: 'mag',
    },
    {
      q: 'Ik ben redacteur van de digitale nieuwsbrief. Mag ik bij elk nieuwtje een foto van de bevoegde schepen zetten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een schepen het nieuwe meerjarenplan toelichten in een filmpje op de website van de gemeente?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze vereniging krijgt een subsidie. Mogen we in ons artikel voor het infoblad de schepen bedanken met naam en foto?',
      verdict: 'mag-niet',
    },
    { q: 'In welke gevallen mag een mandataris wel in het infoblad staan?', verdict: 'mag-mits' },
  ],
  33: [
    {
      q: 'Een gemeenteraadslid vraagt ons wanneer hij mag posten over de nieuwe hondenweide. Moet hij wachten tot wij het bekendgemaakt hebben?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een schepen wil een nieuw project op zijn persoonlijke Facebook aankondigen voor wij er als gemeente iets over gepubliceerd hebben. Mag dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een politicus communiceren over een collegebeslissing nadat de gemeente er zelf over gecommuniceerd heeft?',
      verdict: 'mag-mits',
    },
    {
      q: 'De partij van de burgemeester wil morgen een flyer over de nieuwe fietsstraat verdelen, maar wij publiceren pas volgende week. Kan dat zo?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een schepen wil zijn volgers vertellen over de nieuwe fietsbrug. Wij publiceren het nieuws morgen. Mag hij posten zodra ons bericht online staat?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag een gemeenteraadslid in de regionale krant al over de lancering van een project vertellen voor ons persbericht uit is?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wat is de bedoeling van politieke communicatie tegenover de communicatie van de gemeente zelf?',
      verdict: 'info',
    },
    {
      q: 'Onder welke voorwaarde mag een schepen zelf posten over de nieuwe jeugdwerking?',
      verdict: 'mag-mits',
    },
  ],
  34: [
    { q: 'Mag een schepen onze Facebookpost over de zomerbar delen op zijn eigen pagina?', verdict: 'mag' },
    {
      q: 'Er kwam een vraag onder onze post over de afvalkalender. Mag de bevoegde schepen daar zelf op antwoorden?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een partij wil een foto uit ons infoblad gebruiken in hun verkiezingsfolder. Mag dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een gemeenteraadslid de tekst van onze webpagina over de premies overnemen in zijn partijnieuwsbrief?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik zag dat een gemeenteraadslid onze post over de bloemenwedstrijd deelde. Is dat toegestaan?',
      verdict: 'mag',
    },
    {
      q: 'Ik ben freelance fotograaf en maakte fotos in opdracht van de gemeente. Een schepen vraagt ze nu voor zijn partijblad. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag de burgemeester reageren in de commments onder een bericht van de gemeente om iets uit te leggen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een politicus de digitale nieuwsbrief van de gemeente doorsturen naar zijn volgers?',
      verdict: 'mag',
    },
  ],
  35: [
    {
      q: 'Ik schrijf voor de website een pagina over het meldpunt. Klopt het dat de dienst die de melding behandelt de burger antwoordt en de schepen inlicht?',
      verdict: 'moet',
    },
    {
      q: 'Een inwoner mailt de schepen over een kapotte straatlanp. Mag de schepen zelf antwoorden dat het opgelost wordt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wat moet een mandataris doen met een vraag van een burger over zijn afvalophaling?',
      verdict: 'moet',
    },
    { q: 'Wie antwoordt de burger als die een melding bij een gemeenteraadslid deed?', verdict: 'info' },
    {
      q: 'Moet onze dienst de schepen laten weten dat we een melding van een burger beantwoord hebben?',
      verdict: 'moet',
    },
    {
      q: 'Een burger spreekt de schepen op de markt aan over een gat in de weg. Wat hoort de schepen dan te doen?',
      verdict: 'moet',
    },
    {
      q: 'Een burger stuurde zijn klacht naar de burgemeester via Messenger. Moet die hem dan naar het meldpunt sturen?',
      verdict: 'moet',
    },
    {
      q: 'Mag een schepen een bewoner al beloven dat zijn stoep volgende week hersteld word?',
      verdict: 'mag-niet',
    },
  ],
  36: [
    {
      q: 'Ik maak de uitnodiging voor de opening van de nieuwe sporthal, die per brief naar de clubs gaat. Wie zet zijn handtekening eronder: de schepen van sport, de burgemeester of allebei?',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen of een brief aan de inwoners over de nieuwe hondenbelasting door de schepen van financiën én de algemeen directeur getekend wordt?',
      verdict: 'moet',
    },
    {
      q: 'Ik schrijf een brief aan de verenigingen over de nieuwe subsidieregeling. Wie moet die ondertekenen?',
      verdict: 'info',
    },
    {
      q: 'De schepen van jeugd wil mee tekenen onder een brief over wegenwerken. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik stel een brief op aan alle sportclubs over de nieuwe subsidies. Moet de schepen van sport die tekenen, en wie tekent er mee?',
      verdict: 'moet',
    },
    {
      q: 'Mag een schepen die niets met het dossier te maken heeft toch meetekenen omdat hij het project steunt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wie ondertekend een brief over een OCMW-onderwerp, en tekent de algemeen directeur dan ook?',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen of een brief van burgerzaken zonder handtekening van de algemeen directeur mag vertrekken?',
      verdict: 'moet',
    },
    {
      q: 'Bij ons tekent de burgemeester alles. Moet hij dan ook de uitnodiging voor de opening van het jeugdhuis ondertekenen?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'In onze stad tekenen de burgemeester en de directeur alle brieven. Mag de schepen van cultuur dan nog een uitnodiging ondertekenen?',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'Wie tekent de uitnodigingen van het stadsbestuur als alles via de burgemeester en de algemeen directeur gaat?',
      verdict: 'info',
      variant: 1,
    },
  ],
  37: [
    {
      q: 'Ik ben zaakvoerder van een fietsenwinkel. Kan de gemeentelijke pagina mijn actie rond de autovrije zondag delen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Wij zijn de lokale afdeling van een politieke partij en organiseren een wijkfeest. Kan de gemeente onze post delen?',
      verdict: 'mag-niet',
    },
    { q: 'Mag onze gemeentelijke Instagram een post van een politeke partij liken?', verdict: 'mag-niet' },
    {
      q: 'Ik beheer de Facebookpagina van de jeugddienst. Mag ik een bericht van een schepen over het jeugdhuis delen?',
      verdict: 'mag-niet',
    },
    {
      q: 'De lokale bakker vraagt of we zijn post over de zaterdagmarkt willen delen. Kan dat?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik ben jongerenwerker met een werkprofiel op Facebook. Mag ik daarmee politici volgen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik aan het onthaal flyers van een gemeenteraadslid leggen voor de bezoekers?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een schepen vraagt me om zijn persoonlijke Facebookpagina bij te houden. Mag ik dat doen?',
      verdict: 'mag-niet',
    },
    { q: 'Mag de gemeentelijke pagina de pagina van een lokale handelaar leuk vinden?', verdict: 'mag-mits' },
    {
      q: 'Moeten gemeentelijke socialemediakanalen neutraal blijven in wie ze volgen en wat ze liken?',
      verdict: 'moet',
    },
    {
      q: 'Onze vereniging is een belangengroep. Mag de gemeente onze oproep voor een petitie delen op haar kanalen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag ik als medewerker tegen een bezoeker zeggen dat hij best op die ene kandidaat stemt?',
      verdict: 'mag-niet',
    },
  ],
  38: [
    {
      q: 'We starten een bevraging over de toekomst van het park. Wanneer moet de communicatiedienst erbij betrokken worden?',
      verdict: 'info',
    },
    {
      q: 'Moet ik de communicatiedienst betrekken bij een inspraaktrajekt voor de nieuwe schoolomgeving?',
      verdict: 'moet',
    },
    {
      q: 'We willen met de buurt samen het pleintje herinrichten en plannen een eerste bewonersavond. Hoort communicatie daar van bij de voorbereiding bij te zijn?',
      verdict: 'moet',
    },
    { q: 'Wat doet de communicatiedienst tijdens een participatietraject?', verdict: 'info' },
    {
      q: 'De school wil samen met de gemeente een leerlingenbevraging over verkeersveiligheid. Moet communicatie daar van in het begin bij zijn?',
      verdict: 'moet',
    },
    { q: 'Mag ik een burgerpanel opstarten zonder de communicatiedienst te verwittigen?', verdict: 'moet' },
  ],
  39: [
    {
      q: 'We hielden een bevraging over het speelplein. Moeten we ook laten weten wat we met de resultaten doen?',
      verdict: 'moet',
    },
    {
      q: 'Ik schrijf een artikel over de inspraakavond. Is het de bedoeling dat we terugkoppelen wat er met de ideeën gebeurt?',
      verdict: 'moet',
    },
    { q: 'Wie helpt bij de communicatie over de resultaten van een participatietraject?', verdict: 'info' },
    {
      q: 'Na de workshops over het jeugdbeleid hoorden de jongeren niets meer. Hadden we hen niet moeten laten weten wat we met hun ideeën deden?',
      verdict: 'moet',
    },
    { q: 'Hoe communiceren we over de uitkomst van een burgerbevraging?', verdict: 'info' },
    {
      q: 'Er gebeurt voorlopig niets met de resultaten van de buurtbevraging. Moeten we de deelnemers dat toch laten weten?',
      verdict: 'moet',
    },
  ],
  40: [
    { q: 'Bij een noodsituatie: wat is dan de rol van de communicatieverantwoordelijke?', verdict: 'info' },
    { q: 'Wat betekend D5 eigenlijk? Ik las het in het noodplan.', verdict: 'info' },
    {
      q: 'Bij de oefening van het noodplan zat ons diensthoofd communicatie mee in het crisiscentrum. Is dat altijd zo bij een echte noodfase?',
      verdict: 'moet',
    },
    {
      q: 'Moet de communicatieverantwoordelijke snel ingezet worden als de burgemeester de noodfase afkondigt?',
      verdict: 'moet',
    },
    {
      q: 'Wie zorgt er voor de communicatie vanuit het crisiscentrum bij een gemeentelijke noodfase?',
      verdict: 'info',
    },
  ],
  41: [
    { q: 'wie beslist in een crisis welke info wanneer naar buiten gaat', verdict: 'info' },
    { q: 'Bij een grote brand: van wie krijgt de D5 input over wat we communiceren?', verdict: 'info' },
    {
      q: 'Ik beheer de website. Wie zegt me tijdens een crisis wanneer ik een update mag plaatsen?',
      verdict: 'info',
    },
    {
      q: 'Hoe bepaalt de communicatieverantwoordelijke het moment van communicatie in een noodsituatie?',
      verdict: 'info',
    },
    { q: 'Mag ik vragen of de politie of de D5 beslist wat we in een crisis communiceren?', verdict: 'info' },
  ],
  42: [
    {
      q: 'Er is een gaslek in het centrum. Mag ik als webredacteur zelf een bericht op Facebook zetten?',
      verdict: 'mag-niet',
    },
    { q: 'Wie communiceert er naar de bevolking als er een crisis is?', verdict: 'info' },
    {
      q: 'Mag de schepen van openbare werken bij een overstroming zelf de pers te woord staan?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag de woordvoerder in een crisis communiceren als de burgemeester niet bereikbaar is?',
      verdict: 'mag',
    },
    {
      q: 'Bij een zware storm: wie staat er voor de camera namens de gemeente, en overlegt die eerst met iemand?',
      verdict: 'info',
    },
    { q: 'Met wie stemt de woordvoerder de crisisboodschap af?', verdict: 'info' },
    {
      q: 'Ik ben redacteur van de nieuwsbrief: mag ik tijdens een ramp zelf een extra editie uitsturen?',
      verdict: 'mag-niet',
    },
  ],
  43: [
    { q: 'Wie maakt de persplanning op? Ik wil ons evenement tijdig laten opnemen.', verdict: 'info' },
    {
      q: 'Ik schrijf een stukje over onze perswerking. Wordt de planning van de persmomenten geregeld teruggekoppeld naar het college, en hoe vaak dan?',
      verdict: 'info',
    },
    {
      q: 'Ik ben nieuw op communicatie. Beslissen wij alleen welke persmomenten er komen, of doen we dat samen met het college?',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen waar ik de planning van de persberichten voor de komende maand kan vinden?',
      verdict: 'info',
    },
    {
      q: 'Wie is er verantwoordelijk voor de planning van de persmomenten van de gemeente?',
      verdict: 'info',
    },
    { q: 'Zit het college mee aan tafel als de persplanning opgemaakt wordt?', verdict: 'info' },
    {
      q: 'Hoe kom ik als cultuurdienst met onze nieuwe seizoensbrochure op de persplanning?',
      verdict: 'info',
    },
    {
      q: 'Als extern bureau willen we een persmoment voor het mobiliteitsproject inplannen. Wie beheert die kalender bij jullie?',
      verdict: 'info',
    },
  ],
  44: [
    {
      q: 'Wij zijn de vereniging die samen met de gemeente de Dag van de Buurt organiseert. Schrijven wij het persbericht, of doet de gemeente dat?',
      verdict: 'moet',
    },
    {
      q: 'Ik werk bij de milieudienst en wil een persbericht over de nieuwe uren van het recyclagepark. Moet ik dat zelf schrijven?',
      verdict: 'moet',
    },
    { q: 'Wie beslist of mijn onderwerp genoeg nieuwswaarde heeft voor een persbericht?', verdict: 'info' },
    {
      q: 'Wat moet mijn dienst aanleveren voor een persbericht over onze nieuwe dienstverlening?',
      verdict: 'moet',
    },
    {
      q: 'Als er een fout in het persbericht over de nieuwe tarieven staat, wie is daar dan verantwoordelijk voor: communicatie of mijn dienst?',
      verdict: 'info',
    },
    {
      q: 'Ik ben nieuw als communicatiemedewerker. Schrijven wij de persberichten, of de diensten zelf?',
      verdict: 'moet',
    },
    { q: 'Mag ik vragen wie de definitieve tekst van een persbericht opmaakt?', verdict: 'info' },
    {
      q: 'Moeten wij als dienst de cijfers en feiten voor een persbericht bezorgen aan communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Kan de communicatiedienst beslissen om geen persbericht te maken als ze het onderwerp niet nieuwswaardig vindt?',
      verdict: 'info',
    },
    {
      q: 'Onze vereniging viert met de gemeente haar 100-jarig bestaan. Wie schrijft daar het persbericht over?',
      verdict: 'info',
    },
  ],
  45: [
    {
      q: 'Wij zijn het externe bureau dat de bouw van de nieuwe school begeleidt. Mogen wij de persuitnodiging voor de eerste steenlegging versturen?',
      verdict: 'moet',
    },
    {
      q: 'Ik heb een persbericht geschreven over onze zomerkampen. Mag ik dat zelf naar de krant mailen?',
      verdict: 'mag-niet',
    },
    { q: 'Mag het kabinet van de burgemeester zelf een persuitnodiging versturen?', verdict: 'mag-niet' },
    {
      q: 'Een journalist vraagt me de bijlage bij een collegebesluit. Mag ik die zelf doorsturen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wie verstuurt de persuitnodiging voor de opening van het nieuwe administratief centrum?',
      verdict: 'info',
    },
    {
      q: 'Het OCMW heeft een eigen mailinglijst met journalisten. Mogen zij die zelf gebruiken voor hun nieuws?',
      verdict: 'mag-niet',
    },
    { q: 'Mag de schepen van cultuur zelf een persbericht over de kermis rondsturen?', verdict: 'mag-niet' },
    {
      q: 'Ik ben webredacteur van de sportdienst. Mag ik de pers zelf uitnodigen voor onze sportdag?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag ik de folder van ons project doormailen naar een journalist die erom vraagt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Bij ons onderhoudt het cultuurcentrum zelf de perscontacten over zijn voorstellingen, dat is zo afgesproken. Mag het dan zelf persberichten sturen?',
      verdict: 'mag-mits',
      variant: 1,
    },
    {
      q: 'Voor de bib is er geen uitzondering afgesproken. Mag ik dan toch zelf een persbericht over de voorleesweek sturen?',
      verdict: 'mag-niet',
      variant: 1,
    },
  ],
  46: [
    {
      q: 'Ik schreef een persbericht over de nieuwe speeltuin. Wie moet dat goedkeuren voor het vertrekt?',
      verdict: 'info',
    },
    {
      q: 'Moet de burgemeester elk persbericht goedkeuren, ook als het over een klein onderwerp gaat?',
      verdict: 'moet',
    },
    {
      q: 'Moet de algemeen directeur het persbericht ook nog zien voor het verstuurd wordt?',
      verdict: 'moet',
    },
    {
      q: 'Moet de betrokken dienst het persbericht over hun project nalezen en goedkeuren?',
      verdict: 'moet',
    },
    {
      q: 'Moet ik het persbericht ook aan de bevoegde schepen voorleggen ter goedkeuring?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mijn persbericht over de speelstraten is klaar. Langs wie moet het passeren voor het de deur uit gaat?',
      verdict: 'info',
    },
    {
      q: 'Bij ons leest de schepen eerst mee. Moet de schepen van mobiliteit het persbericht over de fietsstraat dan nalezen?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'Mag een kabinetsmedewerker het persbericht nalezen in plaats van de schepen zelf?',
      verdict: 'mag',
      variant: 1,
    },
    {
      q: 'Wie geeft de laatste goedkeuring als de schepen het persbericht al nagelezen heeft?',
      verdict: 'info',
      variant: 1,
    },
    {
      q: 'Ik ben nieuw en schrijf mijn eerste persbericht over de bibliotheek. Moet daar altijd een uitspraak van de schepen in?',
      verdict: 'moet',
      variant: 2,
    },
  ],
  47: [
    { q: 'Wie staat er in kopie als de communicatiedienst een persbericht uitstuurt?', verdict: 'info' },
    { q: 'Moeten de gemeenteraadleden het persbericht ook krijgen?', verdict: 'moet' },
    {
      q: 'Ik stuur straks het persbericht over de kerstmarkt uit. Moeten burgemeester en schepenen dat ook in hun mailbox krijgen?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben nieuw en verstuur morgen mijn eerste persbericht. Moet ik het bijzonder comité in kopie zetten?',
      verdict: 'moet',
    },
    { q: 'Waarom krijgen de raadsleden een kopie van de persberichten?', verdict: 'info' },
    { q: 'Mag ik de raadsleden van de oppositie uit de cc laten bij een persbericht?', verdict: 'moet' },
    {
      q: 'Moet ook het bijzonder comité voor de sociale dienst een kopie van elk persbericht krijgen?',
      verdict: 'moet',
    },
    {
      q: 'Hoe zorgen we ervoor dat de politiek op de hoogte is van wat we naar de pers sturen?',
      verdict: 'info',
    },
  ],
  48: [
    {
      q: 'Welk contact zet ik onderaan een persbericht voor journalisten die de schepen willen interviewen?',
      verdict: 'moet',
    },
    {
      q: 'Moet het gsm-nummer van de schepen echt op het persbericht, of volstaat zijn e-mailadres?',
      verdict: 'moet',
    },
    { q: 'Wie staat als contactpersoon voor praktische vragen op het persbericht?', verdict: 'info' },
    {
      q: 'Mag de communicatiedienst mij als ambtenaar vragen om een antwoord voor een journalist uit te schrijven?',
      verdict: 'mag',
    },
    {
      q: 'Als een journalist de schepen wil citeren, welke gegevens zet ik dan onderaan het persbericht?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben diensthoofd en een journalist heeft na het persbericht een technische vraag. Kan communicatie mij daarvoor inschakelen?',
      verdict: 'mag',
    },
    {
      q: 'Moeten we voor andere vragen de communicatiedienst als contact vermelden op het persbericht?',
      verdict: 'moet',
    },
    {
      q: 'Zet ik mijn eigen naam als contactpersoon op het persbericht over het project van mijn dienst?',
      verdict: 'moet',
    },
  ],
  49: [
    {
      q: 'We openen binnenkort het nieuwe zwembad en willen een persconferentie geven. Is dat een goed idee?',
      verdict: 'mag-mits',
    },
    { q: 'Wanneer houden we eigenlijk een persconferentie?', verdict: 'info' },
    {
      q: 'Mag ik een persconferentie organiseren over de nieuwe openingsuren van de bib?',
      verdict: 'mag-mits',
    },
    {
      q: 'Klopt het dat we enkel een persmoment doen als er iets te tonen valt of als er veel uitleg nodig is?',
      verdict: 'mag-mits',
    },
    {
      q: 'Wij zijn het bureau dat jullie mobiliteitsplan begeleidt. Kunnen we voor de voorstelling een persconferentie voorstellen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Is een persconfernetie nodig voor een kleine wijziging in het afvalreglement?',
      verdict: 'mag-mits',
    },
    { q: 'Onder welke voorwaarden organiseren we een persconferentie?', verdict: 'mag-mits' },
  ],
  50: [
    {
      q: 'Een journalist van de regionale tv belt me voor een reaktie op de wegenwerken. Wat doe ik?',
      verdict: 'moet',
    },
    { q: 'Mag ik als dienst zelf reageren als een krant ons om een standpunt vraagt?', verdict: 'mag-niet' },
    {
      q: 'Er belde net iemand van de krant naar het secretariaat met vragen over het nieuwe bouwproject. Geef ik die door aan communicatie?',
      verdict: 'moet',
    },
    { q: 'Wat doet de communicatiedienst met een persvraag die via een dienst binnenkomt?', verdict: 'moet' },
    {
      q: 'Ik ben webredacteur en kreeg een mail van een journalist over klachten over de website. Moet ik die doorsturen?',
      verdict: 'moet',
    },
    {
      q: 'Mag onze dienst een journalist te woord staan over het probleem met de schooltoegang?',
      verdict: 'mag-niet',
    },
    { q: 'Met wie neemt de communicatiedienst contact op na een vraag van de pers?', verdict: 'info' },
    {
      q: 'Een journalist stuurde me op LinkedIn een vraag over de nieuwe sporthal. Moet ik hem naar de communicatiedienst verwijzen?',
      verdict: 'moet',
    },
  ],
  51: [
    {
      q: 'Ik ben woordvoerder in opleiding. Als een journalist rechtstreeks een schepen belt, horen wij daar dan iets van, en van wie?',
      verdict: 'moet',
    },
    {
      q: 'De krant belde de schepen van cultuur voor een reactie. Moet die nadien iemand verwittigen?',
      verdict: 'moet',
    },
    { q: 'Mag een schepen zelf antwoorden als een journalsit hem opbelt?', verdict: 'mag-mits' },
    {
      q: 'De schepen gaf gisteren aan de telefoon een reactie aan een journalist over de sluiting van het zwembad. Moet hij iemand inlichten?',
      verdict: 'moet',
    },
    { q: 'Waarom moet een schepen melden dat hij door de pers gebeld werd?', verdict: 'info' },
    { q: 'Aan wie laat een schepen weten dat hij een reactie aan de pers gaf?', verdict: 'info' },
    {
      q: 'Mag de schepen de journalist antwoorden zonder het diensthoofd in te lichten?',
      verdict: 'mag-mits',
    },
    { q: 'Moet de communicatiedienst weten wat een schepen aan de krant vertelde?', verdict: 'moet' },
  ],
  52: [
    {
      q: 'Een journalist vraagt hoeveel bezoekers de zomerbar had. Mag ik dat zelf doorgeven?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag de bib zelf antwoorden op de vraag van een krant wat er zoal in teruggebrachte boeken gevonden wordt?',
      verdict: 'mag-mits',
    },
    { q: 'Wie moet ik verwittigen voor ik een journalist een feitelijk cijfer geef?', verdict: 'info' },
    {
      q: 'Een journalist wil weten hoeveel kilo afval er vorig jaar opgehaald werd. Kan de milieudienst dat zelf doorgeven?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een lokale nieuwssite vraagt vanaf wanneer het openluchtzwembad opengaat. Mag ik dat gewoon antwoorden?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag de sportdienst een journalist het aantal deelnemers van de dorpsloop geven zonder communicatie in te schakelen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet ik mijn diensthoofd op de hoogte brengen als ik een praktische persvraag beantwoord?',
      verdict: 'mag-mits',
    },
    {
      q: 'Wat is het verschil tussen een informatieve persvraag en een vraag om een reactie?',
      verdict: 'info',
    },
  ],
  53: [
    {
      q: 'Wij zijn een productiehuis en willen een scène opnemen in het gemeentepark. Bij wie dienen we de aanvraag in, en wie beslist?',
      verdict: 'info',
    },
    {
      q: 'Ik ben vlogger en wil in het gemeentehuis filmen voor mijn YouTubekanaal. Moet ik dat eerst aanvragen?',
      verdict: 'moet',
    },
    {
      q: 'Een tv-zender wil in de raadzaal filmen voor een reportage. Moet ik dat doorgeven aan communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben freelance fotograaf en wil fotos maken in het nieuwe zwembad voor een reportage. Bij wie vraag ik dat aan?',
      verdict: 'info',
    },
    {
      q: 'Een student wil een kortfilm opnemen op het kerkhof. Moet die aanvraag via de communicatiedienst?',
      verdict: 'moet',
    },
    { q: 'Wie beslist of een filmploeg op gemeentelijk terrein mag opnemen?', verdict: 'info' },
    {
      q: 'Een drone-fotograaf vroeg via communicatie om beelden van het nieuwe park te maken. Legt communicatie dat aan het college voor?',
      verdict: 'moet',
    },
    {
      q: 'Een productiehuis belde de sportdienst om een reeks in de sporthal te draaien. Mogen wij dat zelf toestaan?',
      verdict: 'moet',
    },
    {
      q: 'Onze school wil een promofilmpje draaien in de gemeentelijke bib. Moeten we dat aanvragen via communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Hoe verloopt een aanvraag van een externe voor opnames in een gemeentelijk gebouw?',
      verdict: 'info',
    },
  ],
  54: [
    { q: 'De regionale krant wil mij interviewn over de nieuwe bibliotheek. Mag dat?', verdict: 'mag-mits' },
    {
      q: 'Mag ik als medewerker zomaar een interview geven op de lokale radio over onze werking?',
      verdict: 'mag-niet',
    },
    { q: 'Wie moet toestemming geven voor een interview met een medewerker?', verdict: 'info' },
    {
      q: 'Een vakblad wil een artikel over ons project met zorgrobots en mij als projectleider aan het woord laten. Van wie heb ik groen licht nodig?',
      verdict: 'info',
    },
    {
      q: 'Een student journalistiek wil me interviewen over mijn job bij de gemeente. Moet ik daar toestemming voor vragen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik ben jeugdconsulent en een podcast wil me laten praten over het jeugdbeleid. Mag ik ja zeggen zonder iemand iets te vragen?',
      verdict: 'mag-niet',
    },
    {
      q: 'De schepen is akkoord dat ik mijn zeg doe in een reportage, maar communicatie weet het nog niet. Mag ik al gaan?',
      verdict: 'mag-niet',
    },
    { q: 'Wat heb ik nodig om een interview te mogen geven over mijn werk?', verdict: 'mag-mits' },
  ],
  55: [
    {
      q: 'Wij zijn een lokaal magazine en willen de gemeente een advertentie aanbieden. Mogen we de diensten rechtstreeks contacteren, of enkel communicatie?',
      verdict: 'moet',
    },
    { q: 'Wie regelt advertensies in de regionale krant?', verdict: 'info' },
    {
      q: 'Ik werk bij de cultuurdienst en wil een betalende advertentie op de radio. Moet dat via communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Een regionale tv-zender biedt ons gratis een reportage in ruil voor een vermelding. Wie handelt zo een deal af?',
      verdict: 'info',
    },
    {
      q: 'Een mediabedrijf belde me met een voorstel voor een advertorial. Mag ik dat zelf afhandelen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Als reclamebureau willen we de gemeente een advertentiepakket aanbieden. Met wie nemen we best contact op?',
      verdict: 'info',
    },
    {
      q: 'Mag mijn dienst zelf een advertentie boeken in het huis-aan-huisblad voor ons evenement?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een lokale radio biedt ons gratis zendtijd aan voor een spotje over de jobbeurs. Moet dat ook via de dienst communicatie?',
      verdict: 'moet',
    },
  ],
  56: [
    {
      q: 'Ik ben webredacteur van de bib en wil weten wie bij ons de regie heeft over alle socialemediakanalen van de gemeente.',
      verdict: 'info',
    },
    {
      q: 'Ik ben nieuw als communicatiemedewerker. Wie bewaakt het overzicht van al onze Facebook- en Instagrampaginas?',
      verdict: 'info',
    },
    {
      q: 'Onze vereniging wil graag een bericht op de gemeentelijke Instagram. Bij wie moeten we zijn?',
      verdict: 'info',
    },
    { q: 'Mag ik vragen wie de socialemediastrategie van het lokaal bestuur trekt?', verdict: 'info' },
    { q: 'Wie houdt de socialemediakanalen van het lokaal bestuur samen in het oog?', verdict: 'info' },
    {
      q: 'Bij wie kan ik terecht met een idee voor een filmpje op TikTok voor de gemeente?',
      verdict: 'info',
    },
    {
      q: 'Wie beheert de accounts van de gemeente op sociale media, en moet de bib daar ook langs?',
      verdict: 'info',
    },
    {
      q: 'Ik schrijf voor de nieuwsbrief een stuk over onze online kanalen. Wie is verantwoordelijk voor de sociale media?',
      verdict: 'info',
    },
  ],
  57: [
    {
      q: 'Wij zijn de school en werken met de jeugddienst aan een project. Mag de jeugddienst daarvoor een aparte Instagram openen, en wie moet dat goedkeuren?',
      verdict: 'mag-mits',
    },
    { q: 'De jeugdienst wil een eigen Instagram voor jongeren. Mag dat?', verdict: 'mag-mits' },
    {
      q: 'Mag ik voor ons project rond dementievriendelijke gemeente een aparte Facebookpagina maken?',
      verdict: 'mag-mits',
    },
    { q: 'Wie moet goedkeuren dat een dienst een eigen pagina op sociale media start?', verdict: 'info' },
    {
      q: 'Ik heb de indruk dat elke dienst intussen een eigen Facebook heeft. Moet communicatie daar niet op letten?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben webredacteur van de sportdienst en wil een TikTok voor de sportkampen. Wat heb ik daarvoor nodig?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag de bibliotheek een eigen account openen voor haar leesclub voor tieners?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet de communicatiedienst elke nieuwe dienstpagina op sociale media principieel goedkeuren?',
      verdict: 'moet',
    },
    { q: 'Kan elke dienst zomaar een eigen pagina aanmaken op facebook?', verdict: 'mag-mits' },
  ],
  58: [
    {
      q: 'De sportclub postte een klacht onder ons bericht over de sporthal. Volgt communicatie dat op, en hoort de sportdienst het ook?',
      verdict: 'moet',
    },
    { q: 'Wie leest de reakties onder onze gemeentelijke posts?', verdict: 'info' },
    {
      q: 'Ik zag veel boze reacties onder het bericht over de nieuwe parkeerzone. Wordt het college daarover ingelicht?',
      verdict: 'moet',
    },
    {
      q: "Houdt iemand op communicatie de reacties op onze gemeentepagina bij, ook 's avonds en in het weekend?",
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst het managementteam verwittigen als er een grote discussie ontstaat op onze Facebook?',
      verdict: 'moet',
    },
    {
      q: 'Aan wie rapporteert de communicatiedienst als er iets belangrijks opduikt in de reacties?',
      verdict: 'info',
    },
    {
      q: 'Ik ben redacteur van de nieuwsbrief. Als er veel vragen komen onder een post, krijgt mijn dienst dat dan te horen?',
      verdict: 'moet',
    },
    { q: 'Wie houdt de comments onder onze Instagramposts in het oog?', verdict: 'info' },
  ],
  59: [
    {
      q: 'Er staat een vraag over de afvalkalender onder onze Facebookpost. Mag ik als medewerker van de milieudienst die beantwoorden?',
      verdict: 'mag-niet',
    },
    { q: 'Wie antwoordt op vragen van burgers op de gemeentelijke Facebookpagina?', verdict: 'info' },
    { q: 'Mag de schepen onder onze post reageren om wat uitleg te geven?', verdict: 'mag-niet' },
    {
      q: 'De burgemeester wil dringend iets rechtzetten onder een gemeentelijke post. Wat moet hij doen?',
      verdict: 'moet',
    },
    {
      q: 'Ik begin aan de socialemediapagina van het cultuurcentrum. Is er ergens een handleiding over hoe we met reacties omgaan?',
      verdict: 'moet',
    },
    {
      q: 'Ik beheer de pagina van de jeugddienst. Mag ik zelf reageren op vragen die daar binnenkomen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet de communicatiedienst alle vragen op de gemeentelijke sociale media beantwoorden?',
      verdict: 'moet',
    },
    {
      q: 'Mag een schepen met een dringende boodschap rechtstreeks reageren op de pagina van de gemeente?',
      verdict: 'mag-niet',
    },
    {
      q: 'Welke afspraken volgen diensten met een eigen pagina als ze reacties beantwoorden?',
      verdict: 'mag-mits',
    },
  ],
  60: [
    {
      q: 'Onze vereniging zag dat er over ons evenement op een lokale nieuwspagina gediscussieerd wordt. Reageert de gemeente daar, of enkel op haar eigen paginas?',
      verdict: 'mag-niet',
    },
    {
      q: "Iemand klaagt over de gemeente in de groep 'Ge zijt van Zilverbeek als'. Reageert de communicatiedienst daar?",
      verdict: 'mag-niet',
    },
    { q: 'Volgt de communicatiedienst ook wat er gezegd wordt in lokale Facebookgroepen?', verdict: 'info' },
    {
      q: 'Mag de communicatiedienst reageren onder een artikel van de lokale nieuwssite op Facebook?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik zag een felle discussie over de schoolstraat in een buurtgroep. Wordt het college daarvan op de hoogte gebracht?',
      verdict: 'moet',
    },
    {
      q: 'In een Facebookgroep van de wijk verspreidt iemand foute info over de wegenwerken. Zet de gemeente daar een reactie onder?',
      verdict: 'mag-niet',
    },
    {
      q: 'Houdt iemand van de gemeente bij wat er in de buurtgroepen en op de paginas van lokale nieuwsmedia gezegd wordt?',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst de betrokken dienst verwittigen als er een belangrijk issue speelt op een lokale pagina?',
      verdict: 'moet',
    },
  ],
  61: [
    {
      q: 'In een buurtgroep wordt de gemeente bekritiseerd. Mag ik met mijn privé-account mijn mening geven?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik op mijn eigen Facebook kritiek geven op de beslissing van de schepen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag ik op X laten weten dat ik het oneens ben met een collega van een andere dienst?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik ben communicatiemedewerker en word privé aangesproken over een gemeentelijk dossier op Facebook. Wat mag ik zeggen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik ben het als inwoner niet eens met de nieuwe parkeerregels. Mag ik dat op mijn eigen Facebook zeggen, ook al werk ik bij de gemeente?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet ik me inhouden als er op sociale media kritiek is op de gemeentediensten?',
      verdict: 'mag-mits',
    },
    { q: 'Mag ik op Instagram een post liken die de burgmeester afkraakt?', verdict: 'mag-niet' },
    {
      q: 'Wat verwacht de gemeente van mij als werknemer wanneer ik privé post over mijn werkgever?',
      verdict: 'info',
    },
  ],
  62: [
    {
      q: 'Mag ik vragen hoe een vereniging een artikel in het infoblad kan krijgen? Wie beslist daarover?',
      verdict: 'info',
    },
    {
      q: 'Een lokale handelaar wil zijn nieuwe winkel voorstellen in het infoblad. Wie bepaalt of dat past?',
      verdict: 'info',
    },
    { q: "Wie beslist welke artikel's er in het volgende infoblad komen?", verdict: 'info' },
    {
      q: 'Ik ben redacteur van het infoblad. Is de redactieraad ook bevoegd voor de website en de nieuwsbrief?',
      verdict: 'info',
    },
    { q: 'Onze vereniging wil graag in het infoblad. Wie stelt de inhoud samen?', verdict: 'info' },
    { q: 'Mag ik vragen wie de planning van het infoblad maakt?', verdict: 'info' },
    { q: 'Hoe wordt bepaald in welk nummer van het gemeentemagazine een onderwerp komt?', verdict: 'info' },
    {
      q: 'Is er een aparte redactieraad voor het infoblad, of is dat dezelfde als voor de andere kanalen?',
      verdict: 'info',
    },
    { q: 'Wie bepaalt het redactiebeleid van het gemeentelijk magazine?', verdict: 'info' },
    {
      q: 'De school wil een stuk over haar 50-jarig bestaan in het infoblad. Wie beslist daarover?',
      verdict: 'info',
    },
  ],
  63: [
    {
      q: 'Moet er een redactiestatuut zijn waarin de doelen van het infoblad staan, en wie maakt dat op?',
      verdict: 'moet',
    },
    { q: 'Bestaat er een redactiestatuut voor het infoblad, en wie schrijft dat?', verdict: 'moet' },
    { q: 'Wat staat er in het redactiestatuut van ons magazine?', verdict: 'info' },
    {
      q: 'Wij zijn een nieuwe partner van het infoblad. Is er een document met de spelregels van het blad, en wie hoort dat op te maken?',
      verdict: 'moet',
    },
    { q: 'Ik ben nieuw in de redactieraad. Waar vind ik wat er van mij verwacht wordt?', verdict: 'info' },
    { q: 'Waar staan de doelstellingen van het gemeentemagazine beschreven?', verdict: 'info' },
    { q: 'Moet er een document zijn dat de werking van de redactieraad vastlegt?', verdict: 'moet' },
    {
      q: 'Als externe partner: waar kan ik lezen welke soort artikels in het infoblad passen?',
      verdict: 'info',
    },
  ],
  64: [
    {
      q: 'Wij zijn het bureau dat de artikels voor het infoblad mee herschrijft. Op welk taalniveau moeten we mikken?',
      verdict: 'moet',
    },
    {
      q: 'Ik schrijf het artikel over de nieuwe gemeentebelastingen voor het infoblad. Moet dat in eenvoudige taal, zodat iedereen het snapt?',
      verdict: 'moet',
    },
    {
      q: 'Ik schrijf mijn eerste artikel voor het infoblad. Hoe moeilijk mag de taal zijn?',
      verdict: 'moet',
    },
    { q: 'Voor wie schrijven we het infoblad: alle inwoners of vooral de verenigingen?', verdict: 'moet' },
    {
      q: 'Mag ik vakjargon gebruiken in een artikel over de rioleringswerken in het infoblad?',
      verdict: 'moet',
    },
    {
      q: 'Ik heb de indruk dat ons infoblad vooral over het bestuur gaat. Hoort er niet ook plaats te zijn voor wat inwoners willen weten?',
      verdict: 'info',
    },
    {
      q: 'Ik maak een dossier over wonen voor het infoblad. Moet ik daarbij denken aan huurders, eigenaars en senioren tegelijk, of mag ik me op één groep richten?',
      verdict: 'moet',
    },
    { q: 'Hoe zorgen we dat het infoblad leesbaar is voor iedereen?', verdict: 'info' },
    {
      q: 'Onze seniorenvereniging vindt het infoblad soms moeilijk om te lezen. Is daar aandacht voor?',
      verdict: 'moet',
    },
  ],
  65: [
    {
      q: 'Wij zijn het dienstencentrum en willen ons zomerprogramma in het infoblad. Tegen wanneer moeten tekst en fotos binnen zijn, en wat gebeurt er als we te laat zijn?',
      verdict: 'moet',
    },
    {
      q: 'De deadline voor het zomernummer was gisteren en mijn fotos zijn nog niet klaar. Kan het nog, of schuift mijn artikel dan op?',
      verdict: 'moet',
    },
    { q: 'Tegen wanneer moet mijn tekst voor het infoblad van maart binne zijn?', verdict: 'info' },
    { q: 'Ik heb mijn artikel een week te laat. Komt het dan nog in het infoblad?', verdict: 'moet' },
    { q: 'Wat gebeurt er als we de deadline voor het infoblad missen?', verdict: 'moet' },
    { q: 'Moet ik de fotos ook voor de deadline aanleveren, of enkel de tekst?', verdict: 'moet' },
    {
      q: 'Onze tekst over de zomerkampen kwam twee dagen te laat binnen. Betekent dat dat hij pas in het volgende nummer komt?',
      verdict: 'moet',
    },
    {
      q: 'Onze vereniging wil een oproep voor vrijwilligers in het infoblad. Is er een deadline?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben freelance fotograaf: tegen wanneer moeten de beelden voor het volgende nummer geleverd zijn?',
      verdict: 'info',
    },
  ],
  66: [
    {
      q: 'Ik ben freelance tekstschrijver voor het infoblad. Gaat de communicatiedienst mijn teksten nog bewerken voor publicatie?',
      verdict: 'moet',
    },
    {
      q: 'Klopt het dat communicatie de eindredactie doet en dus ook mag ingrijpen als mijn tekst niet helder genoeg is?',
      verdict: 'moet',
    },
    {
      q: 'Mijn tekst voor het infoblad is klaar. Wie leest die nog na voor hij gedrukt wordt?',
      verdict: 'info',
    },
    { q: 'Gaat de communicatiedienst mijn artikel voor het infoblad herschrijven?', verdict: 'moet' },
    {
      q: 'Mijn artikel over de repair café verscheen half zo lang en met een andere foto. Mag communicatie dat zomaar doen?',
      verdict: 'moet',
    },
    { q: 'Waarop let de eindredactie van het infoblad?', verdict: 'info' },
    {
      q: 'Ik schreef een lange tekst over het nieuwe bibreglement. Leest communicatie dat nog na voor publicatie?',
      verdict: 'moet',
    },
    {
      q: 'Als vereniging leverden we een tekst aan voor het infoblad. Wordt die nog aangepast?',
      verdict: 'moet',
    },
    {
      q: 'Mag ik vragen wie beslist over de titel en de structuur van mijn artikel in het infoblad?',
      verdict: 'info',
    },
  ],
  67: [
    {
      q: 'Wij zijn de muziekschool en willen ons slotconcert in de kalender van het infoblad. Wat moeten we daarvoor doen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze vereniging organiseert een rommelmarkt. Hoe komt die in de activiteitenkalender van het infoblad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik mijn activiteit rechtstreeks naar de communicatiedienst mailen voor de kalender in het infoblad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze toneelkring mailde zijn voorstellingen naar de gemeente, maar ze staan niet in de kalender van het infoblad. Hoe komt dat?',
      verdict: 'mag-mits',
    },
    {
      q: 'De school houdt een opendeurdag. Komt die in de agenda van het infoblad als we ze niet in UiT invoeren?',
      verdict: 'mag-mits',
    },
    {
      q: 'Wat moet ik doen om ons concert in de kalender van het gemeentemagazine te krijgen?',
      verdict: 'mag-mits',
    },
    { q: 'Een lokale winkel wil zijn workshop in de activiteitenkalender. Kan dat?', verdict: 'mag-mits' },
    { q: 'Waar komen de activiteiten in de kalender van het infoblad vandaan?', verdict: 'info' },
    {
      q: 'Ik ben redacteur. Mag ik een activiteit die niet in de UiTdatabank staat toch in de kalender zetten?',
      verdict: 'mag-mits',
    },
  ],
  68: [
    {
      q: 'We willen een folder over de nieuwe afvalregels in alle brievenbussen steken. Is dat wel nodig, of kan het ook digitaal?',
      verdict: 'mag-mits',
    },
    { q: 'Wie adviseert of drukwerk zinvol is voor een campagne?', verdict: 'info' },
    { q: 'Mag ik voor elke activiteit van de jeugddienst een afiche laten drukken?', verdict: 'mag-mits' },
    {
      q: 'Vorig jaar lagen er nog dozen vol brochures over de bib. Laten we die dit jaar opnieuw drukken, of is dat niet meer de bedoeling?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik ben nieuw en kreeg de vraag om een brochure te laten drukken. Vraag ik daar eerst advies over?',
      verdict: 'mag-mits',
    },
    {
      q: 'De school vraagt of de gemeente folders kan drukken over de schoolstraat. Hoe kijken jullie naar drukwerk?',
      verdict: 'mag-mits',
    },
    {
      q: 'Is een gedrukte uitnodiging voor de nieuwjaarsdrink nog nodig, of volstaat een digitale?',
      verdict: 'mag-mits',
    },
  ],
  69: [
    {
      q: 'Wanneer moet ik communicatie contacteren voor een brochure die in september moet verschijnen?',
      verdict: 'info',
    },
    {
      q: 'Moeten we ook voor een digitale nieuwsbrief vooraf overleggen met de communicatiedienst?',
      verdict: 'moet',
    },
    {
      q: 'De sportdienst wil in mei een campagne met affiches en een filmpje. Wanneer hadden we eigenlijk met communicatie moeten praten? Nu al?',
      verdict: 'info',
    },
    {
      q: 'Ik heb volgende week een flyer nodig voor de infoavond. Is het nog op tijd om communicatie te vragen?',
      verdict: 'moet',
    },
    { q: 'Mag ik zelf een folder plannen zonder de communicatiedienst erbij te halen?', verdict: 'moet' },
    {
      q: 'Met wie overleg ik over de planning van een nieuwe brochure voor de sportdienst?',
      verdict: 'info',
    },
  ],
  70: [
    {
      q: 'Ik ben extern vormgever voor een folder van de gemeente. Wie moet mij de teksten en de briefing bezorgen, en tegen wanneer?',
      verdict: 'info',
    },
    { q: 'Wat moet ik aanleveren bij de communicatiedienst als ik een folder wil?', verdict: 'moet' },
    {
      q: 'Moet ik een briefing schrijven als ik een affiche vraag, of volstaat een mailtje?',
      verdict: 'moet',
    },
    {
      q: 'Voor de brochure van de speelpleinwerking heb ik de teksten klaar, de fotos nog niet. Moet alles tegelijk en op tijd bij communicatie zijn?',
      verdict: 'moet',
    },
    { q: 'Ik ben van de bib: moeten wij zelf ons logo meegeven voor de folder?', verdict: 'moet' },
    {
      q: 'Mag ik vragen wat er in een briefing voor de communicatiedienst moet staan? Ik vraag voor het eerst een affiche aan.',
      verdict: 'info',
    },
    {
      q: 'Onze partnerorganisatie staat mee op de folder. Wie bezorgt hun logo aan de communicatiedienst?',
      verdict: 'info',
    },
  ],
  71: [
    {
      q: 'Ik heb een uitnodiging voor de infoavond over de nieuwe wijk klaar. Wie moet die goedkeuren voor ze in de bus valt, en moet de schepen ze ook zien?',
      verdict: 'moet',
    },
    { q: 'Wie keurt het ontwerp van onze nieuwe folder goed voor hij gedrukt wordt?', verdict: 'info' },
    { q: 'Moet de schepen het ontwerp van de affiche voor de sportdag goedkeuren?', verdict: 'moet' },
    {
      q: 'Ik kreeg van communicatie een proef van onze flyer. Wat moet ik daar nu mee doen?',
      verdict: 'moet',
    },
    { q: 'Stuurt de communicatiedienst het ontwerp eerst naar ons ter controle?', verdict: 'moet' },
    { q: 'Mag ik het ontwerp meteen laten drukken als ik het zelf goed vind?', verdict: 'moet' },
    { q: 'Wie moet er allemaal akkoord gaan voor een brochure naar de drukker gaat?', verdict: 'info' },
    { q: 'Moet het bevoegde lid van het managementteam de flyer ook zien?', verdict: 'moet' },
  ],
  72: [
    {
      q: 'Ik maak een uitnodiging voor het seniorenfeest. Moet die in de huisstijl van de gemeente?',
      verdict: 'moet',
    },
    {
      q: 'Mag ik voor de jeugddienst een eigen vrolijke stijl gebruiken op onze flyers, ook al hebben we geen eigen huisstijl?',
      verdict: 'moet',
    },
    {
      q: 'Wij zijn de school en maken in opdracht van de gemeente een affiche voor de schoolstraat. Moet die in de kleuren en letters van de gemeente?',
      verdict: 'moet',
    },
    {
      q: 'Het cultuurcentrum heeft een eigen huisstijl. Gebruiken ze die ook voor hun programmaboekje?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik werk bij een extern bureau. Moeten we voor de campagne de huisstijl van de gemeente volgen?',
      verdict: 'moet',
    },
    { q: 'Welke diensten mogen in hun eigen huisstijl communiceren?', verdict: 'mag-mits' },
    { q: 'Mag ik een powerpoint voor een infoavond in mijn eigen opmaak maken?', verdict: 'moet' },
    { q: 'Moet de nieuwsbrief van de sportdienst ook in de huistijl van de gemeente?', verdict: 'moet' },
  ],
  73: [
    {
      q: 'Wij zijn een drukkerij uit de gemeente. Mogen we onze offerte rechtstreeks aan de jeugddienst bezorgen, of moet dat via communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben freelance fotograaf en de cultuurdienst belde me rechtstreeks voor een opdracht. Is dat de normale weg?',
      verdict: 'moet',
    },
    { q: 'Ik ken een goede fotograaf voor ons evenment. Mag ik die zelf boeken?', verdict: 'mag-niet' },
    { q: 'Mag onze dienst rechtstreeks een offerte vragen aan een drukkerij?', verdict: 'mag-niet' },
    {
      q: 'Ik ben freelance fotograaf. Met wie neem ik contact op om voor de gemeente te werken?',
      verdict: 'info',
    },
    {
      q: 'Mijn schoonbroer is grafisch ontwerper en wil de flyer voor onze dienst gratis maken. Mag ik hem rechtstreeks vragen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een drukker belt me met een voorstel voor onze brochure. Mag ik daarop ingaan?',
      verdict: 'mag-niet',
    },
    { q: 'Wie regelt het contact met de vormgever voor onze nieuwe affiche?', verdict: 'info' },
    {
      q: 'Als agentschap werken we aan een opdracht voor de gemeente. Verloopt ons contact via de communicatiedienst of via de dienst zelf?',
      verdict: 'moet',
    },
    { q: 'Mag ik zelf een illustrator aanspreken voor de tekeningen in onze folder?', verdict: 'mag-niet' },
  ],
  74: [
    {
      q: 'Wij zijn een lokale winkel die de kerstmarkt mee sponsort. Mogen we het logo van de gemeente in onze eigen advertentie zetten?',
      verdict: 'mag-niet',
    },
    {
      q: 'De jeugdbeweging krijgt een werkingssubsidie. Mag het gemeentelogo op hun T-shirts, en moeten ze dat aan iemand vragen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze voetbalclub wil het logo van de gemeente op de affiche van ons tornooi. Mag dat?',
      verdict: 'mag-niet',
    },
    { q: 'Mag een schepen het gemeentelogo op zijn verkiezingsfolder zetten?', verdict: 'mag-niet' },
    {
      q: 'Ik maak een uitnodiging namens de gemeente. Mag ik het logo daarop gebruiken?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een lokale handelaar vraagt of hij ons logo op zijn website mag zetten. Wat zeg ik hem?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik ben webredacteur van de sportdienst en wil ons gemeentelogo onderaan elke nieuwsbrief zetten. Is dat de bedoeling van het logo?',
      verdict: 'mag-mits',
    },
    { q: 'Mag een gemeenteraadlid het logo gebruiken in zijn nieuwsbrief?', verdict: 'mag-niet' },
    {
      q: 'Als communicatiebureau ontwerpen we een campagne in opdracht van de gemeente. Mogen we het logo gebruiken?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag een vereniging die subsidie krijgt het gemeentelogo op haar jaarverslag zetten?',
      verdict: 'mag-niet',
    },
    { q: 'Voor welke communicatie mag het logo van de gemeente gebruikt worden?', verdict: 'mag-mits' },
  ],
  75: [
    {
      q: 'Onze school wil dat het aanbod van de naschoolse opvang op de gemeentelijke website komt. Wie beheert die site, en wie moet de tekst aanleveren?',
      verdict: 'info',
    },
    {
      q: 'Ik schrijf teksten voor de gemeentesite maar weet eigenlijk niet welke dienst die site beheert. Wie is dat?',
      verdict: 'info',
    },
    { q: 'Ik ben nieuw als webredacteur van burgerzaken. Wie is de beheerder van de site?', verdict: 'info' },
    { q: 'Bij wie meld ik een fout op de webiste?', verdict: 'info' },
    {
      q: 'Onze vereniging wil een link naar onze site op de gemeentewebsite. Wie kan dat regelen?',
      verdict: 'info',
    },
    {
      q: 'Mag ik vragen wie verantwoordelijk is voor het beheer van de gemeentelijke website?',
      verdict: 'info',
    },
    { q: 'Wie heeft de eindverantwoordelijkheid over de gemeentelijke website?', verdict: 'info' },
    {
      q: 'Ik werk bij het webbureau dat de site bouwde. Wie is ons aanspreekpunt bij de gemeente?',
      verdict: 'info',
    },
  ],
  76: [
    {
      q: 'Wij zijn een vereniging en zien dat onze contactgegevens op de gemeentelijke website verouderd zijn. Welke dienst moet die aanpassen?',
      verdict: 'info',
    },
    {
      q: 'De openingsuren van het recyclagepark zijn veranderd. Moet ik die zelf aanpassen op de website?',
      verdict: 'moet',
    },
    {
      q: 'Wie is verantwoordelijk voor de juistheid van de info op de pagina van de sportdienst?',
      verdict: 'info',
    },
    {
      q: 'Op onze pagina staat nog de prijslijst van vorig jaar. Moet communicatie dat aanpassen of wij als dienst?',
      verdict: 'moet',
    },
    { q: 'Ik zie verouderde info op de pagina van de jeugddienst. Wie moet dat aanpassen?', verdict: 'info' },
    {
      q: 'Kijkt de communicatiedienst de info van alle diensten op de site na, of moeten de diensten dat zelf doen?',
      verdict: 'moet',
    },
    { q: 'Als webredacteur van mijn dienst: moet ik onze paginas geregeld nakijken?', verdict: 'moet' },
    {
      q: 'Een inwoner meldt dat de tarieven van de bib op de site niet kloppen. Wie moet die aanpassen?',
      verdict: 'info',
    },
    { q: 'Zijn wij als dienst verantwoordelijk voor de inhoud van onze webpaginas?', verdict: 'moet' },
  ],
  77: [
    {
      q: 'Wij zijn het webbureau van de gemeente. De bib vraagt ons een nieuw menu-item bij te maken. Mogen we dat gewoon doen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik wil een nieuwe rubriek op de website voor onze dienst. Mag ik die zelf toevoegen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik het menu van de website aanpasen zodat onze pagina beter vindbaar is?',
      verdict: 'mag-mits',
    },
    {
      q: 'We willen een apart luik op de site voor alles rond de verbouwing van het gemeentehuis. Moeten we dat eerst afstemmen met iemand?',
      verdict: 'mag-mits',
    },
    { q: 'Wij willen een nieuw onlineformulier op de website. Wat is de procedure?', verdict: 'mag-mits' },
    {
      q: 'Mag het webbureau op vraag van de technische dienst een nieuwe sectie bouwen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik ben webredacteur: mag ik een nieuwe subpagina maken onder het onderdeel Wonen?',
      verdict: 'mag-mits',
    },
    { q: 'Kan ik de volgorde van de paginas in het menu zelf veranderen?', verdict: 'mag-mits' },
    { q: 'Met wie overleg ik als ik een nieuwe module op de website wil?', verdict: 'info' },
  ],
  78: [
    {
      q: 'Ik heb een mooi verhaal over een vrijwilliger. Mag ik dat voorstellen als nieuwsbericht voor de website?',
      verdict: 'mag',
    },
    { q: 'Mag de sportdienst een nieuwsbericht voor de gemeentelijke website voorstellen?', verdict: 'mag' },
    { q: 'Hoe stel ik een nieuwsbericht voor op de homepage?', verdict: 'info' },
    {
      q: 'Ik werk in het woonzorgcentrum en we vierden een 100ste verjaardag. Kan ik communicatie vragen om daar een nieuwtje over op de site te zetten?',
      verdict: 'mag',
    },
    { q: 'Bij wie kan ik een idee voor een webbericht indienen?', verdict: 'info' },
    {
      q: 'Onze dienst heeft nieuws over de speelpleinwerking. Kunnen we dat aanbrengen voor de website?',
      verdict: 'mag',
    },
    {
      q: 'Mag ik als medewerker van de bib een nieuwtje over de leesclub doorsturen voor de nieuwsrubriek?',
      verdict: 'mag',
    },
    { q: 'Wie beslist of mijn voorstel voor een nieuwsbericht online komt?', verdict: 'info' },
  ],
  79: [
    {
      q: 'Ik ben sinds deze week intranetredacteur voor de financiële dienst. Welke dienst beheert het intranet in het algemeen?',
      verdict: 'info',
    },
    { q: 'Bij wie moet ik zijn als er iets mis is met het intranet in het algemeen?', verdict: 'info' },
    { q: 'Mag ik vragen welke dienst verantwoordelijk is voor het intranet?', verdict: 'info' },
    { q: 'Wie is eindverantwoordelijk voor het personeelsportaal?', verdict: 'info' },
    {
      q: 'Ik schrijf voor het personeelsmagazine over ons nieuwe intranet. Wie heeft het algemeen beheer ervan?',
      verdict: 'info',
    },
  ],
  80: [
    {
      q: 'Ik ben de aangestelde redacteur van mijn dienst. Moet ik onze paginas op het intranet actueel houden?',
      verdict: 'moet',
    },
    { q: 'Wie publiceert uiteindelijk de berichten die ik als intranetredacteur schrijf?', verdict: 'info' },
    { q: 'Wie leidt de intranetredacteurs op?', verdict: 'info' },
    {
      q: 'Ik schreef als redacteur een bericht voor onze intranetpagina. Leest iemand van communicatie dat nog na voor het online gaat?',
      verdict: 'moet',
    },
    {
      q: 'Onze dienst heeft geen vaste persoon voor het intranet. Wie hoort daar verantwoordelijk te zijn voor de berichten uit onze dienst?',
      verdict: 'info',
    },
    { q: 'Moet ik als intranetredacteur ook de documenten op onze dienstpagina bijwerken?', verdict: 'moet' },
    { q: 'Hoe word je redacteur voor het intranet, en wie duidt je aan?', verdict: 'info' },
  ],
  81: [
    { q: 'Mag ik een nieuwe knop toevoegn in het menu van het intranet?', verdict: 'mag-mits' },
    { q: 'Ik wil een kalenderfunctie op onze intranetpagina. Kan dat?', verdict: 'mag-mits' },
    {
      q: 'Onze dienst wil de tabbladen op het intranet anders indelen zodat collegas de formulieren sneller vinden. Kan dat zomaar?',
      verdict: 'mag-mits',
    },
    { q: 'Mag ik als redacteur de menustructuur van onze intranetsite herschikken?', verdict: 'mag-mits' },
    {
      q: 'Wat moet ik doen als ik een nieuwe functionaliteit wil op het intranet, zoals een reservatiemodule?',
      verdict: 'mag-mits',
    },
    { q: 'Met wie overleg ik over een wijziging aan het intranetmenu?', verdict: 'info' },
  ],
  82: [
    { q: 'Mag ik als intranetredacteur zelf een nieuwsbericht publiceren?', verdict: 'mag-niet' },
    {
      q: 'Onze dienst heeft een nieuwtje. Mogen we dat meteen zelf online zetten op het intranet?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik heb schrijfrechten op het intranet gekregen. Betekent dat dat ik ook nieuwsberichten mag publiceren?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik ben nieuw als communicatiemedewerker: zijn wij de enigen die nieuws publiceren op het intranet?',
      verdict: 'moet',
    },
  ],
  83: [
    {
      q: 'Ik heb een idee voor een nieuwe pagina op het intranet over telewerken. Mag ik dat voorstellen?',
      verdict: 'mag',
    },
    {
      q: 'Ik stuurde een voorstel voor een bericht over de nieuwe koffiemachines naar communicatie. Wie bepaalt of dat ook echt op het intranet komt?',
      verdict: 'info',
    },
    {
      q: 'Mijn voorstel voor een intranetbericht over onze teambuilding werd niet gepubliceerd. Mag communicatie dat beslissen?',
      verdict: 'info',
    },
    { q: 'Mag ik een nieuwsbericht voorstellen over de pensionering van een collega?', verdict: 'mag' },
    { q: 'Hoe dien ik een voorstel in voor een nieuwtje op het intranet?', verdict: 'info' },
    { q: 'Zijn voorstellen voor nieuwe intranetpaginas welkom bij communicatie?', verdict: 'mag' },
  ],
  84: [
    {
      q: 'Mag ik vragen wie de personeelsnieuwsbrief samenstelt en opmaakt? Ik heb er een stukje voor.',
      verdict: 'info',
    },
    { q: 'Mag ik een item aanleveren voor het personeelsmagazine?', verdict: 'mag' },
    { q: 'Hoe lever ik een stukje aan voor de interne nieuwsbrief?', verdict: 'info' },
    {
      q: 'Moeten wij ons stuk voor het personeelsblad al in de juiste opmaak aanleveren, of zorgt iemand anders daarvoor?',
      verdict: 'info',
    },
    { q: 'Kan onze dienst een oproep in de interne nieuwsbrief laten zetten?', verdict: 'mag' },
    { q: 'Ik schrijf een bijdrage voor het personeelsmagazine. Wie doet de eindredactie?', verdict: 'info' },
  ],
  85: [
    { q: 'Ik ben nieuw op communicatie. Met welke AI-tools mogen we werken?', verdict: 'mag-mits' },
    {
      q: 'Mag ik als communicatiemedewerker experimenteren met een AI-beeldgenerator die de organisatie niet goedgekeurd heeft?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik begin op de communicatiedienst en hoor veel over AI. Krijgen wij de kans om daar een opleiding over te volgen?',
      verdict: 'mag',
    },
    {
      q: 'Als communicatieteam willen we eens testen of AI ons helpt om socialemediaposts te schrijven. Kan dat, en met welke programmas?',
      verdict: 'mag-mits',
    },
    { q: 'Mag ik als communicatiemedewerker een cursus over AI in communicatie volgen?', verdict: 'mag' },
    {
      q: 'Wij zijn een extern bureau. Werken jullie communicatiemensen zelf met AI-tools, en binnen welke grenzen?',
      verdict: 'mag-mits',
    },
    { q: 'Mag de communicatiedienst Copilot gebruiken om een verslag samen te vatten?', verdict: 'mag-mits' },
  ],
  86: [
    {
      q: 'Ons agentschap maakt eerste tekstversies met AI, die de communicatiedienst daarna grondig herwerkt. Moet de gemeente dat dan nog vermelden?',
      verdict: 'mag-mits',
    },
    {
      q: 'Ik zie in het infoblad een AI-illustratie zonder vermelding. Moet de communicatiedienst daar niet transparant over zijn?',
      verdict: 'moet',
    },
    {
      q: 'Ik werk op de communicatiedienst en liet AI een eerste versie van een artikel maken; daarna heb ik alles grondig herschreven. Moet ik dat vermelden?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze campagnebeelden voor de gemeente zijn volledig met AI gemaakt. Moet de gemeente dat ergens vermelden?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben redacteur op de communicatiedienst en gebruik AI enkel om spelfouten te vinden. Moet ik dat melden?',
      verdict: 'mag-mits',
    },
    { q: 'Moet er een vermelding bij een foto op de website die door AI gegenereerd is?', verdict: 'moet' },
    { q: 'Wanneer hoeft AI-gebruik niet vermeld te worden?', verdict: 'info' },
    {
      q: 'Wij op communicatie lieten AI een tekst voor de nieuwsbrief voorstellen en hebben die nadien helemaal herwerkt. Moet dat vermeld worden?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een extern bureau leverde ons een AI-video voor de campagne. Moeten we dat aangeven?',
      verdict: 'moet',
    },
  ],
  87: [
    {
      q: 'Ik schrijf voor de milieudienst een folder en liet ChatGPT de tekst vereenvoudigen en een illustratie maken. Moet ik dat vermelden, en waar zet ik dat?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben een nieuwe communicatiemedewerker en zie dat de sportdienst AI gebruikt voor haar posts. Mogen ze dat eigenlijk, en moeten ze het vermelden?',
      verdict: 'mag-mits',
    },
    { q: 'Mag onze dienst AI gebruiken om een folder te schrijven?', verdict: 'mag-mits' },
    { q: 'Ik gebruikte AI voor een affiche van de jeugddienst. Moet ik dat vermelden?', verdict: 'moet' },
    { q: 'Moeten diensten transparant zijn als ze AI inzetten voor hun communicatie?', verdict: 'moet' },
    { q: 'Mag ik met AI een brief aan de bewoners opstelen?', verdict: 'mag-mits' },
    {
      q: 'De bib wil AI gebruiken om de tekst van haar nieuwsbrief op te stellen. Mag dat, en is er een voorwaarde aan?',
      verdict: 'mag-mits',
    },
    { q: 'Mag de sportdienst AI-beelden gebruiken op haar Facebookpagina?', verdict: 'mag-mits' },
    {
      q: 'Ik ben webredacteur en liet AI mijn webtekst vereenvoudigen. Moet ik dat ergens vermelden?',
      verdict: 'moet',
    },
    {
      q: 'Onze dienst liet AI de nieuwsbrief vertalen voor anderstalige ouders. Moeten we dat in de nieuwsbrief zeggen?',
      verdict: 'moet',
    },
  ],
};
