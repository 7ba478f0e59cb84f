// Example questions in the voice of social, care, safety and education services (second round).
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  1: [
    {
      q: 'Wie schrijft eigenlijk het communicatiebeleidsplan van onze gemeente? Vanuit het sociaal huis willen we dat kwetsbare doelgroepen erin staan.',
      verdict: 'info',
    },
    {
      q: 'Is de communicatiedienst verplicht om een plan op te maken dat vertrekt van de doelen van het bestuur?',
      verdict: 'moet',
    },
    {
      q: 'Waar is het communictaieplan van de gemeente op gebaseerd? De directie van de academie vraagt het me.',
      verdict: 'info',
    },
    {
      q: 'Moet er een communicatiebeleidsplan zijn dat aansluit bij de organisatiedoelen? Ik vind de armoedebestrijding er nergens in terug',
      verdict: 'moet',
    },
    {
      q: 'Maakt elke dienst zijn eigen communicatieplan of doet de communicatiedienst dat voor heel de gemeente?',
      verdict: 'info',
    },
    {
      q: 'moet de communicatiedienst bij haar plan rekening houden met wat het bestuur wil bereiken, bv rond zorg en welzijn?',
      verdict: 'moet',
    },
  ],
  2: [
    {
      q: 'Wie volgt op of het communicatiebeleidsplan ook echt uitgevoerd wordt? Onze acties rond de woonzorgcentra lijken stil te liggen.',
      verdict: 'info',
    },
    {
      q: 'Bij wie kan ik terecht als ik wil weten hoe ver het staat met de planning van de communicatie voor dit jaar?',
      verdict: 'info',
    },
    {
      q: 'Wie evalueert het communicatieplan? Wij hebben als milieudienst wel wat opmerkingen over het afgelopen jaar.',
      verdict: 'info',
    },
    {
      q: 'Is de schoolraad of de communicatiedienst verantwoordelijk voor de uitvoering van het gemeentelijk communicatieplan?',
      verdict: 'info',
    },
    {
      q: 'Wie houdt de vinger aan de pols bij het communicatibeeleidsplan, van plannen tot evalueren?',
      verdict: 'info',
    },
  ],
  3: [
    {
      q: 'Zitten de schepen van communicatie en onze communicatieverantwoordelijke geregeld samen? Ik zou daar graag ons thuiszorgproject laten bespreken.',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatieverantwoordelijke de voortgang van de communicatiedoelen bespreken met de schepen?',
      verdict: 'moet',
    },
    {
      q: 'Hoe vaak overleggen de schepen van communicatie en het diensthoofd communicatie over de doelen?',
      verdict: 'info',
    },
    {
      q: 'Is de schepen van communicatie verplicht om regelmatig met de communicatieverantwoordelijke samen te zitten om bij te sturen?',
      verdict: 'moet',
    },
    {
      q: 'Wie stuurt de communicatiedoelen bij als blijkt dat we de senioren niet bereiken?',
      verdict: 'info',
    },
  ],
  4: [
    {
      q: 'Wie beslist welke communicatieacties er komen voor de nieuwe premie voor energiezuinige renovatie?',
      verdict: 'info',
    },
    {
      q: 'Moeten noodzakelijke communicatieacties eerst naar het college ter kennisgeving? Het gaat over een campagne rond eenzaamheid bij ouderen.',
      verdict: 'moet',
    },
    {
      q: 'bepaalt de communicatiedienst of er een actie nodig is naar de burgers, of doen wij dat als sociaal huis zelf',
      verdict: 'info',
    },
    {
      q: 'Gaat een grote sensibiliseringsactie rond zwerfvuil van de milieudienst ook langs het college?',
      verdict: 'moet',
    },
    {
      q: 'wie bepaald welke communicatie er nodig is om de noden van de inwoners te beantwoorden?',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst het college op de hoogte brengen van de acties die ze noodzakelijk vindt?',
      verdict: 'moet',
    },
  ],
  5: [
    {
      q: 'Zit de communicatieverantwoordelijke in het managementteam? Dan kan ik daar ons dossier over de woonzorgcentra aankaarten.',
      verdict: 'info',
    },
    { q: 'Is onze communicatieverantwoordelijke nu volwaardig lid van het MAT of niet?', verdict: 'info' },
    {
      q: 'Wie van communicatie is er aanwezig op het managementteam als er beslissingen over de sociale dienst vallen?',
      verdict: 'info',
    },
    {
      q: 'Als het MAT personlijke dossiers van cliënten van het OCMW bespreekt, zit de communicatieverantwoordelijke dan mee aan tafel?',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'Mag de communicatieverantwoordelijke bij ons het managementteam bijwonen als waarnemer zonder stemrecht?',
      verdict: 'mag-mits',
      variant: 1,
    },
  ],
  6: [
    {
      q: 'Kan de communicatieverantwoordelijke de agenda van het college inkijken? Ik wil dat ze weet dat ons punt over de huurpremie erop staat.',
      verdict: 'mag',
    },
    {
      q: 'Moet de communicatieverantwoordelijke vooraf advies geven over de agendapunten van het college?',
      verdict: 'moet',
    },
    {
      q: 'Wanneer krijgt communicatie te horen wat het college beslist heeft over de nieuwe schoolreglementen?',
      verdict: 'info',
    },
    {
      q: 'Moet het college na de zitting meteen doorgeven welke beslissingen gecommuniceerd moeten worden?',
      verdict: 'moet',
    },
    { q: 'Heeft de communicatiedienst toegang tot de agenda van het managementteam?', verdict: 'mag' },
    {
      q: 'Wie laat de communicatiedienst weten dat de vergunning voor het windmolenpark beslist is?',
      verdict: 'info',
    },
  ],
  7: [
    {
      q: 'Moet ik bij mijn collegenota over de afvalboetes een communicateiparagraaf toevoegen?',
      verdict: 'moet',
    },
    { q: 'Wat moet er in de communicatieparagraaf van een beslissing staan?', verdict: 'info' },
    {
      q: 'Ik schrijf een voorstel voor het college over de nieuwe dagopvang in het woonzorgcentrum, moet ik daar vermelden wie de bewoners verwittigt?',
      verdict: 'moet',
    },
    {
      q: 'Is een communicatieparagraaf verplicht bij een MAT-beslissing over de openingsuren van het sociaal huis?',
      verdict: 'moet',
    },
    { q: 'Wat is een comunicatieparagraaf precies en waarvoor dient die?', verdict: 'info' },
  ],
  8: [
    {
      q: 'Kan de communicatiedienst ons helpen met de communicatie over de nieuwe inschrijvingsprocedure van de gemeentelijke basisschool?',
      verdict: 'info',
    },
    {
      q: 'Doet de communicatiedienst zelf de ondersteuning of schakelen ze een extern bureau in voor onze campagne rond thuiszorg?',
      verdict: 'info',
    },
    {
      q: 'Wie beslist of de hulp bij onze brochure voor mantelzorgers intern of extern gebeurt?',
      verdict: 'info',
    },
    {
      q: 'ik werk op de dienst ruimtelijke ordening en weet niet hoe we een openbaar onderzoek moeten bekendmaken. Kan communicatie ons begeleiden',
      verdict: 'info',
    },
    { q: 'Hoe ondersteund de communicatiedienst de diensten bij hun communicatie?', verdict: 'info' },
  ],
  9: [
    {
      q: 'We starten in het voorjaar met een project rond energiearmoede. Wanneer moeten we de communicatiedienst erbij halen?',
      verdict: 'info',
    },
    {
      q: 'Dringend: de opendeurdag van de academie is volgende week en we hebben nog niks. Kan communicatie nog snel iets maken?',
      verdict: 'moet',
    },
    {
      q: 'Moeten we vooraf met communicatie bespreken wat de campagne voor de nieuwe containerparkregels gaat kosten?',
      verdict: 'moet',
    },
    {
      q: 'Volstaat het om de communicatiedienst een week voor de start van ons project in te lichten?',
      verdict: 'moet',
    },
    {
      q: 'Wat moet ik allemaal met de communicatiedienst afstemmen als het woonzorgcentrum een nieuw project opstart?',
      verdict: 'info',
    },
    {
      q: 'moeten we echt in een vroege fase al met communicatie samenzitten voor een klein project op school?',
      verdict: 'moet',
    },
  ],
  11: [
    {
      q: 'onze maatschappelijk werkers krijgen elke dag vragen over premies waar ze het antwoord niet op weten. Kan de communicatiedienst hen helpen',
      verdict: 'info',
    },
    {
      q: 'Wie ondersteunt de medewerkers aan het onthaal van het sociaal huis bij het informeren van burgers?',
      verdict: 'info',
    },
    { q: 'Wat is de informatieplicht en wie helpt ons loket daarbij?', verdict: 'info' },
    {
      q: 'Kunnen de thuisverplegers, die elke dag bij mensen thuis komen, ook beroep doen op de communicatiedienst om info correct door te geven?',
      verdict: 'info',
    },
    {
      q: "Helpt communicatie de collega's van de milieudienst op het terrein om bewoners juist te infomeren?",
      verdict: 'info',
    },
  ],
  12: [
    {
      q: 'Een buurtbewoner wil alle documenten van een bouwvergunning inkijken. Bij wie moet ik die vraag indienen?',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst een aanvraag tot openbaarheid van bestuur registreren, ook als die bij ons binnenkomt?',
      verdict: 'moet',
    },
    {
      q: 'Een journalist vraagt de inspectieverslagen van het woonzorgcentrum op via openbaarheid van bestuur. Moet communicatie die vraag behandelen?',
      verdict: 'moet',
    },
    {
      q: 'Wie legt ons uit wat openbarheid van bestuur betekent voor de dossiers van de milieudienst?',
      verdict: 'info',
    },
    { q: 'Behandeld de communicatiedienst de vragen om een document openbaar te maken?', verdict: 'moet' },
    {
      q: 'Krijgen de diensten uitleg over openbaarheid van bestuur? Wij weten niet goed wat we van de schooldossiers mogen geven.',
      verdict: 'info',
    },
  ],
  13: [
    {
      q: 'Een bewoner klaagt over het eten in het woonzorgcentrum. Wie behandelt die klacht?',
      verdict: 'info',
    },
    { q: 'Moet de communicatiedienst een klacht over de thuiszorg registreren?', verdict: 'moet' },
    {
      q: 'Een ouder dient een klacht in over de juf van het eerste leerjaar. Beantwoordt de communicatiedienst die klacht dan?',
      verdict: 'moet',
    },
    {
      q: 'De klachtencoördinator vraagt mij feedback over een klacht over de dienst ruimtelijke ordening. Hoe verloopt dat?',
      verdict: 'info',
    },
    {
      q: 'Mag ik zelf antwoorden op een klacht over een boete van de milieudienst of gaat dat langs communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Bij ons doet niet communciatie maar een andere dienst de klachten. Moet een klacht over de thuiszorg dan naar die dienst?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'Bij ons ligt de klachtencoördinatie niet bij communicatie. Moet ik een klacht van ouders over de academie dan bij die andere dienst indienen?',
      verdict: 'moet',
      variant: 1,
    },
  ],
  14: [
    { q: "Waar vind ik foto's die ik mag gebruiken voor een folder van het sociaal huis?", verdict: 'info' },
    {
      q: "Wie beheert de beelddatabank van de gemeente? Ik heb mooie foto's van het schoolfeest.",
      verdict: 'info',
    },
    { q: 'Bestaat er een fotobank van de gemeente met beelden van het woonzorgcentrum?', verdict: 'info' },
    { q: "Wie houdt de beeldbank bij waar ik foto's voor de academie kan zoeken?", verdict: 'info' },
    { q: "Kan ik mijn foto's van de zwerfvuilactie ergens centraal laten bijhouden?", verdict: 'info' },
    {
      q: "Heeft de gemeente een beeldbank met foto's van de academie die we voor de affiche van het eindejaarsconcert kunnen gebruiken?",
      verdict: 'info',
    },
    {
      q: 'Wie ontwikkelt de beelddtaabank? We missen beelden van senioren en mensen met een beperking.',
      verdict: 'info',
    },
    {
      q: "Waar laad ik de foto's van de evacuatieoefening op zodat ze later terug te vinden zijn?",
      verdict: 'info',
    },
  ],
  15: [
    {
      q: 'Hoe krijg ik een artikel over de nieuwe thuiszorgdienst in de kanalen van de gemeente? Wie plant dat?',
      verdict: 'info',
    },
    { q: 'Wat doet de redactieraad precies?', verdict: 'info' },
    {
      q: 'Wie kiest welke onderwerpen in het infoblad, de nieuwsbrief en op de website komen?',
      verdict: 'info',
    },
    {
      q: 'Zit er iemand van het sociaal huis in de redactieraad? Wie bepaalt wie erin zit?',
      verdict: 'info',
    },
    {
      q: 'Kan ik via de redactieraad een onderwerp aanbrengen over de inschrijvingen in de basisschool?',
      verdict: 'info',
    },
    { q: 'Wie zorgt voor de kwaliteit en planning van de content over alle kanalen heen?', verdict: 'info' },
  ],
  16: [
    {
      q: 'we hebben een mooi verhaal over een vrijwilliger in het woonzorgcentrum. Moet ik dat doorgeven aan communicatie',
      verdict: 'moet',
    },
    {
      q: 'Ik heb een idee voor een stuk in de interne nieuwsbrief over de noodplanning. Moet ik dat aan communicatie bezorgen?',
      verdict: 'moet',
    },
    {
      q: 'Moet ik als leerkracht suggesties voor de gemeentelijke communicatie aan de communicatiedienst geven?',
      verdict: 'moet',
    },
    {
      q: 'Verwacht men van elk personeelslid dat we onderwerpen voor de communicatie aanbrengen?',
      verdict: 'moet',
    },
    {
      q: 'Een collega heeft een tip voor een artikel over de nieuwe groene speelplaats, moet die naar de communicatiedienst?',
      verdict: 'moet',
    },
  ],
  17: [
    {
      q: 'Als diensthoofd van de thuiszorg: ben ik verantwoordelijk dat mijn team de info van het MAT krijgt?',
      verdict: 'moet',
    },
    {
      q: 'Moet de directeur van de basisschool zorgen dat het personeel goed geïnformeerd wordt over beslissingen?',
      verdict: 'moet',
    },
    { q: 'Wie zorgt ervoor dat nieuws binnen de afdeling welzijn doorstroomt?', verdict: 'info' },
    {
      q: 'Wordt informatiedorstroming meegenomen in het functioneringsgesprek van een leidinggevende?',
      verdict: 'info',
    },
    {
      q: 'moeten leidinggevenden in het woonzorgcentrum de info uit de directie doorgeven aan de ploegen?',
      verdict: 'moet',
    },
  ],
  18: [
    {
      q: 'Wie controleert of onze brief over de weigering van een premie wel in heldere taal geschreven is?',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst nakijken of onze folder over de milieuboetes politiek neutraal is?',
      verdict: 'moet',
    },
    { q: 'Waar moet overheidscommunicatie volgens het decreet allemaal aan voldoen?', verdict: 'info' },
    {
      q: 'Moet in onze bekendmaking van het openbaar onderzoek duidelijk staan in welke fase de beslissing zit? Wie bewaakt dat?',
      verdict: 'moet',
    },
    {
      q: 'Ziet communicatie erop toe dat de gemeente herkenbaar is als afzender op de brochures van het woonzorgcentrum?',
      verdict: 'moet',
    },
    {
      q: 'Er staat een logo van een supermarkt op onze flyer voor de voedselbedeling. Wie waakt over de commerciële neutraliteit?',
      verdict: 'info',
    },
  ],
  19: [
    {
      q: 'Hoe zorgen we dat onze info over de energieotelage ook mensen bereikt die slecht lezen of geen internet hebben?',
      verdict: 'info',
    },
    {
      q: 'Wie helpt ons om een brochure voor bewoners met dementie in klare taal te schrijven?',
      verdict: 'info',
    },
    {
      q: 'Moeten we alles digitaal doen of kiezen we soms beter voor een papieren brief voor oudere cliënten?',
      verdict: 'info',
    },
    {
      q: 'Wie let erop dat de website toegankelijk is voor mensen met een visuele beperking?',
      verdict: 'info',
    },
    {
      q: 'Hoe zorgt de gemeente dat anderstalige ouders van de basisschool niet uit de boot vallen?',
      verdict: 'info',
    },
  ],
  20: [
    {
      q: 'Voor de folder van de thuiszorg wilde ik een foto van ons team gebruiken. Is dat een goed idee?',
      verdict: 'moet',
    },
    {
      q: 'Moeten er op de affiche voor de academie leerlingen staan in plaats van het gebouw?',
      verdict: 'moet',
    },
    {
      q: 'Welke mensen tonen we best op beelden in de brochure van het sociaal huis? Graag een diverse groep.',
      verdict: 'moet',
    },
    {
      q: 'moeten we op onze beelden de inwoners in hun diversiteit tonen en niet de schepen en het personeel',
      verdict: 'moet',
    },
    {
      q: "Is het ok om in de flyer over de afvalkalender vooral foto's van onze milieuploeg te zetten?",
      verdict: 'moet',
    },
    {
      q: 'Moet op de cover van het jaarverslag van het OCMW een foto van de gebouwen of van de mensen die we helpen?',
      verdict: 'moet',
    },
    {
      q: 'Voor de affiche van de noodplanning: tonen we de crisiscel of gewone inwoners van jong tot oud?',
      verdict: 'moet',
    },
    { q: 'Wie of wat moet centraal staan op de beelden in onze communicatie?', verdict: 'info' },
  ],
  21: [
    {
      q: 'Waar vind ik het sjabloon in de huisstijl van de gemeente voor een brief aan de ouders van de basisschool?',
      verdict: 'info',
    },
    {
      q: 'Wie bewaakt of de huisstijl correct gebruikt wordt op de affiches van het woonzorgcentrum?',
      verdict: 'info',
    },
    {
      q: 'Ik wil een uitnodiging voor het infomoment over de ruimtelijke structuurvisie maken. Wie helpt me met de juiste kleuren en lettertypes?',
      verdict: 'info',
    },
    {
      q: 'Kan de communicatiedienst ons helpen om de folder van het sociaal huis in de gemeentelijke stijl te krijgen?',
      verdict: 'info',
    },
    { q: 'Wat is de gemeentelijke huisstijl juist en wie coördineert die?', verdict: 'info' },
    {
      q: 'Bij wie kan ik de huistijl-richtlijnen opvragen voor een powerpoint over de noodplanning?',
      verdict: 'info',
    },
    {
      q: 'Wie controleert of het logo op de nieuwe badges van de thuiszorg juist gebruikt is?',
      verdict: 'info',
    },
  ],
  22: [
    { q: "Schrijf ik in de brief over de toekenning van de leefloonaanvraag 'je' of 'u'?", verdict: 'moet' },
    {
      q: 'Voor een bericht op de website over de nieuwe sorteerregels: spreken we de lezer aan met je of met u?',
      verdict: 'moet',
    },
    { q: 'Moet een brief met een GAS-boete in de u-vorm?', verdict: 'moet' },
    {
      q: 'In het infoblad schrijf ik over de dagopvang van het wonzorgcentrum. Gebruik ik de je-vorm?',
      verdict: 'moet',
    },
    {
      q: 'Welke aanspreekvorm gebruiken we in een beslissing over een omgevingsvergunning?',
      verdict: 'moet',
    },
    { q: 'mag ik ouders in de schoolbrief tutoyeren of moet het u zijn?', verdict: 'moet' },
  ],
  23: [
    {
      q: "Mag ik foto's van bewoners van het woonzorgcentrum op de Facebookpagina zetten?",
      verdict: 'mag-mits',
    },
    {
      q: "Een ouder vraagt of er foto's van haar kind op de schoolwebsite komen. Waar staan de regels daarover?",
      verdict: 'info',
    },
    { q: 'Wie maakt de richtlijnen over privacy bij beeldmateriaal van cliënten?', verdict: 'info' },
    {
      q: 'Kan ik een foto van een cliënt van de thuiszorg gebruiken in onze brochure als die het goed vindt?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mogen we beelden van kinderen van de academie gebruiken voor de affiche van de toonmoment?',
      verdict: 'mag-mits',
    },
    { q: 'Wat is het beeldebleid van de gemeente en waar vind ik het?', verdict: 'info' },
    {
      q: "Een collega nam foto's op het buurtfeest van de sociale woonwijk. Mag ik die gewoon gebruiken?",
      verdict: 'mag-mits',
    },
    {
      q: "Mogen we foto's van kwetsbare mensen aan de voedselbedeling tonen in ons jaarverslag?",
      verdict: 'mag-mits',
    },
  ],
  24: [
    {
      q: 'Mag ik een foto van Google gebruiken voor de flyer over hittegolven voor senioren?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kan ik een prent uit een kinderboek op de nieuwsbrief van de basisschool zetten?',
      verdict: 'mag-mits',
    },
    {
      q: "Gebruiken we beter eigen foto's of stockbeelden voor de brochure van het sociaal huis?",
      verdict: 'mag-mits',
    },
    {
      q: "Een fotograaf heeft mooie luchtfoto's van het nieuwe verkavelingsgebied. Mogen we die zomaar op de site zetten?",
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik een tekening van een leerling van de academie gebruiken voor de affiche?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet ik opletten met auteurrsecht als ik een cartoon over afval in ons infoblad zet?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kan ik een foto van een krantensite overnemen op onze pagina over het woonzorgcentrum?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag een foto die ik van Pinterest heb in de uitnodiging voor de seniorennamiddag?',
      verdict: 'mag-mits',
    },
  ],
  25: [
    {
      q: 'Volgt de communicatiedienst opleidingen over nieuwe trends, bijvoorbeeld over communiceren met mensen in armoede?',
      verdict: 'info',
    },
    { q: 'Hoe blijft de communicatiedienst mee met wat er in het vak verandert?', verdict: 'info' },
    {
      q: 'Gaat iemand van communicatie naar vorming over klare taal? Dan willen wij ook mee.',
      verdict: 'info',
    },
    {
      q: 'Houdt de communicatiedienst haar kennis bij over nieuwe kanalen zoals WhatsApp-kanalen voor ouders?',
      verdict: 'info',
    },
    { q: 'Wie in de gemeente volgt de evoluties in communicatie op?', verdict: 'info' },
  ],
  26: [
    {
      q: 'moet ik als diensthoofd van het woonzorgcentrum de schepen maandelijks op de hoogte brengen',
      verdict: 'moet',
    },
    {
      q: 'Is er een vast overleg tussen de burgemeester, de schepenen en de diensthoofden?',
      verdict: 'info',
    },
    {
      q: 'Moet de schepen van onderwijs de directeur van de school op de hoogte houden van beleidszaken?',
      verdict: 'moet',
    },
    {
      q: 'Hoe vaak moet het diensthoofd van de milieudienst met de bevoegde schepen overleggen?',
      verdict: 'info',
    },
    {
      q: 'Moeten diensthoofden de schepenen continu informeren over de uitvoering van het beleid?',
      verdict: 'moet',
    },
  ],
  27: [
    {
      q: 'De schepen van welzijn vraagt me rechtstreeks om de voorwaarden van de toelage aan te passen. Mag ik dat zomaar afspreken met hem?',
      verdict: 'mag-niet',
    },
    {
      q: 'Kan een schepen met onze dienst ruimtelijke ordening afspreken hoe we een dossier behandelen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag ik als medewerker van de thuiszorg een beleidsafspraak maken met de schepen?',
      verdict: 'mag-niet',
    },
    { q: 'Via wie moeten beleidsafspraken gemakt worden?', verdict: 'info' },
    {
      q: 'De schepen belde om af te spreken dat de school een nieuwe regel invoert. Moet dat niet via het college?',
      verdict: 'moet',
    },
    {
      q: 'mag de schepen van milieu met mij afspreken dat we geen boetes meer geven aan een bepaalde buurt?',
      verdict: 'mag-niet',
    },
  ],
  28: [
    {
      q: 'Wie laat ons weten wat het college beslist heeft over de uitbreiding van het woonzorgcentrum?',
      verdict: 'info',
    },
    {
      q: 'Moet de algemeen directeur de diensten snel informeren over de collegebeslissingen?',
      verdict: 'moet',
    },
    { q: 'Hoe krijgen we als milieudienst feedback over de beslissingen van het college?', verdict: 'info' },
    {
      q: 'Moet de burgemeester zorgen dat de betrokken diensten snel weten wat beslist is?',
      verdict: 'moet',
    },
    {
      q: 'Wanneer hoor ik wat het college besliste over onze aanvraag voor de schoolverbouwing?',
      verdict: 'info',
    },
  ],
  29: [
    {
      q: 'Mag de schepen van sociale zaken mij zelf vertlelen dat mijn contract verlengd wordt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wie laat een medewerker van het woonzorgcentrum weten dat zijn aanwerving goedgekeurd is?',
      verdict: 'info',
    },
    {
      q: 'De burgemeester heeft ons team verteld dat een collega ontslagen wordt. Hoort dat zo?',
      verdict: 'mag-niet',
    },
    { q: 'Via wie krijgen we nieuws over personeelsbeslissingen in de academie?', verdict: 'info' },
    {
      q: 'Kan de schepen van onderwijs de leerkrachten zelf melden wie de nieuwe directeur wordt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet de algemeen directeur ons laten weten wat er beslist is over de nieuwe personeelsformatie van de thuiszorg?',
      verdict: 'moet',
    },
  ],
  30: [
    {
      q: 'Het college heeft de nieuwe energiepremie goedgekeurd. Mogen we daar nu over communiceren op de website?',
      verdict: 'mag',
    },
    {
      q: 'Er wordt nagedacht over het sluiten van een afdeling van het woonzorgcentrum, maar er is nog niets beslist. Mogen we dat al in het infoblad zetten?',
      verdict: 'mag-niet',
    },
    {
      q: 'kunnen we een oproep doen aan inwoners om mee te denken over het nieuwe ruimtelijk structuurplan, ook al ligt het nog niet vast',
      verdict: 'mag-mits',
    },
    {
      q: 'Ouders op de schoolpoort vragen of de school gaat fusioneren. Er ligt enkel een idee op tafel. Mag ik daar iets over in de schoolnieuwsbrief zetten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mogen we de nieuwe regels voor de sociale huurwoningen op de website uitleggen nu de raad ze goedkeurde?',
      verdict: 'mag',
    },
    {
      q: 'Hoe schrijf ik over een plan voor een nieuw natuurgebied dat nog in ontwikkeling is? Mag dat enthousiast klinken?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kunnen we via Facebook al melden dat de thuiszorg misschien duurder wordt? Het voorstel is nog niet beslist.',
      verdict: 'mag-niet',
    },
    { q: 'Welk soort beleid mag in de gemeentelijke kanalen aan bod komen?', verdict: 'info' },
    {
      q: 'Mag de milieudienst een bericht maken over de nieuwe GAS-reglementen die vanaf januari gelden?',
      verdict: 'mag',
    },
  ],
  31: [
    {
      q: 'Het college is akkoord met een nieuwe tarievenregeling voor de academie, maar de gemeenteraad moet nog stemmen. Mogen we de ouders al schrijven dat de tarieven stijgen?',
      verdict: 'mag-niet',
    },
    {
      q: 'vanaf wanneer mogen we het nieuwe reglement voor de sociale toelagen als beslist voorstellen',
      verdict: 'info',
    },
    {
      q: 'Het schepencollege adviseert positief over de nieuwe verkaveling. Kan ik dat als beslissing op de website zetten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mogen we een brief sturen naar bewoners dat de nieuwe parkeerregels rond het rusthuis vastliggen, als alleen het college het goedkeurde?',
      verdict: 'mag-niet',
    },
    {
      q: 'Als de gemeenteraad het nieuwe huishoudelijk reglement van het OCMW goedgekeurd heeft, mogen we het dan als beslist communiceren?',
      verdict: 'mag-mits',
    },
    {
      q: 'De meerderheid is voor een verbod op bladblazers. Kunnen we dat al aankondigen alsof het beslist is?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wanneer is een beslissing over de schoolpremie definitief genoeg om erover te communiceren?',
      verdict: 'info',
    },
    {
      q: 'mogen we in de nieuwsbrief van de school zetten dat de nieuwe refter er zeker komt, als de raad nog moet stemmen?',
      verdict: 'mag-niet',
    },
  ],
  32: [
    {
      q: 'Mag er een foto van de schepen van welzijn bij ons artikel over het nieuwe sociaal huis in het infoblad?',
      verdict: 'mag-niet',
    },
    {
      q: 'De vorzitter van het bijzonder comité wil een woordje in de brochure van het woonzorgcentrum. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Bij een grote brand in de wijk, mag de burgemeester dan in onze kanalen het woord nemen?',
      verdict: 'mag',
    },
    {
      q: "Mogen we de foto's van de schepenen op de pagina met het overzicht van het college op de website zetten?",
      verdict: 'mag-mits',
    },
    {
      q: 'De schepen van onderwijs wil op de foto bij het artikel over de nieuwe speelplaats van de basisschool. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een schepen in het infoblad uitleg geven over het nieuwe beleidsplan rond welzijn?',
      verdict: 'mag-mits',
    },
    {
      q: 'In welke gevallen mogen mandatarissen wel in de gemeentelijke kanalen verschijnen?',
      verdict: 'info',
    },
    {
      q: 'Tijdens de overstroming wil de burgemeester elke dag een videoboodschap op de gemeentepagina. Is dat ok?',
      verdict: 'mag',
    },
  ],
  33: [
    {
      q: 'De schepen van sociale zaken wil op zijn eigen Facebook de nieuwe premie aankodnigen voor wij ze op de website zetten. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een schepen zelf over de nieuwe school communiceren nadat de gemeente het nieuws bekend maakte?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een gemeenteraadslid plaatste al een bericht over de nieuwe dagopvang voor ouderen voor het persbericht vertrok. Hoort dat zo?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wanneer mag een partij communiceren over een beslissing van het college rond het containerpark?',
      verdict: 'info',
    },
    {
      q: 'Mag de burgemeester in zijn partijblaadje schrijven over het nieuwe rusthuis, als wij er al over communiceerden?',
      verdict: 'mag-mits',
    },
    {
      q: 'De schepen wil de lancering van het project rond energiearmoede zelf eerst op Instagram zetten. Mag dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Hoe moeten politieke berichten zich verhouden tot wat de gemeente zelf communiceert?',
      verdict: 'info',
    },
    {
      q: 'kan een mandataris al posten over de nieuwe omgevingsvergunning voor de gemeente zelf iets gepubliceerd heeft?',
      verdict: 'mag-niet',
    },
  ],
  34: [
    {
      q: 'Mag de schepen van onderwijs ons bericht over de inschrivjingen van de basisschool delen op haar profiel?',
      verdict: 'mag',
    },
    {
      q: 'Onder ons bericht over de thuiszorg stelt een burger een vraag en de schepen antwoordt zelf. Is dat de bedoeling?',
      verdict: 'mag-niet',
    },
    {
      q: "Een schepen vraagt foto's van het woonzorgcentrum voor zijn partijfolder. Mag ik die bezorgen?",
      verdict: 'mag-niet',
    },
    { q: 'Kan een gemeenteraadslid onze post over de nieuwe afvalkalender delen?', verdict: 'mag' },
    {
      q: 'Mag een mandataris reageren op vragen onder de berichten van de gemeente over de bouwvergunningen?',
      verdict: 'mag-niet',
    },
    {
      q: 'De burgemeester wil onze brochure over de noodplanning gebruiken in een politieke nieuwsbrief. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mogen politici teksten van onze website over de sociale premies overnemen in hun eigen communicatie?',
      verdict: 'mag-niet',
    },
    { q: 'mag de schepen de post van de academie over het toonmoment delen op zijn pagina?', verdict: 'mag' },
  ],
  35: [
    {
      q: 'een bewoner belde de schepen over lawaai van het containerpark en de schepen wil hem zelf een antwoord geven. Kan dat',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet de schepen een burger met een vraag over de leefloonaanvraag doorverwijzen naar ons loket?',
      verdict: 'moet',
    },
    {
      q: 'Een schepen kreeg een melding over een gebrekkig voetpad aan de school. Wie antwoordt de burger?',
      verdict: 'info',
    },
    {
      q: 'Mag een schepen zelf een burger antwoorden op een vraag over de premie voor dakisolatie?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moeten wij als dienst de schepen informeren als we een melding beantwoord hebben die via hem binnenkwam?',
      verdict: 'moet',
    },
    {
      q: 'Een gemeenteraadslid geeft een klacht over een thuiszorgmedewerker door. Moet de dienst dan zelf antwoorden aan de burger?',
      verdict: 'moet',
    },
    {
      q: 'Moet een mandataris een inwoner met een vraag over zijn bouwaanvraag doorsturen naar de juiste kanalen?',
      verdict: 'moet',
    },
    {
      q: 'de burgemeester kreeg op een feest een vraag over een sociale woning, mag hij daar zelf een antwoord op beloven?',
      verdict: 'mag-niet',
    },
  ],
  36: [
    {
      q: 'Wie ondertekent de brief warmee we een premie voor energiezuinige renovatie weigeren?',
      verdict: 'info',
    },
    {
      q: 'Moet de algemeen directeur de brieven van het sociaal huis over toegekende steun mee ondertekenen?',
      verdict: 'moet',
    },
    {
      q: 'De schepen van cultuur wil ook tekenen onder de brief over een bouwvergunning. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet de voorzitter van het bijzonder comité de brief over de OCMW-steun tekenen?',
      verdict: 'moet',
    },
    {
      q: 'Een brief over een milieuboete: tekent de schepen van milieu samen met de algemeen directeur?',
      verdict: 'moet',
    },
    {
      q: 'Mag de schepen van sport mee ondertekenen bij een brief aan de ouders van de gemeentelijke basisschool?',
      verdict: 'mag-niet',
    },
    {
      q: 'Welke handtekeningen moeten onder een brief aan een bewoner van het woonzorgcentrum over de nieuwe dagprijs?',
      verdict: 'info',
    },
    {
      q: 'Bij ons tekenen de burgemeester en de algemeen directeur alle brieven. Moet de burgemeester dan ook de uitnodiging voor het seniorenfeest tekenen?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'in onze gemeente tekent de burgemeester alle brieven. Mag de schepen van onderwijs dan toch de brief aan de ouders ondertekenen',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'ondertekent de algemeen directeur ook een brief over een weigering van de omgevingsvergunning?',
      verdict: 'moet',
    },
  ],
  37: [
    {
      q: 'Mag de Facebookpagina van het woonzorgcentrum een bericht van een schepen liken?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik heb als jeugdconsulent een werkprofiel op Facebook. Mag ik daar politici volgen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag de pagina van de academie een post van een politieke partij delen over het muziekonderwijs?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een bewoner van het rusthuis vraagt me wat ik van de burgemeester vind. Mag ik zeggen dat hij goed bezig is en ze op hem moeten stemmen?',
      verdict: 'mag-niet',
    },
    {
      q: 'De schepen vraagt of ik zijn persoonlijke Facebookpagina kan bijhouden. Mag dat tijdens de werkuren?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag de pagina van de milieudienst een actie van een lokale fietsenwinkel delen?',
      verdict: 'mag-mits',
    },
    { q: 'kan de schoolpagina een bedrijf liken dat onze speelplaats sponsort', verdict: 'mag-mits' },
    {
      q: 'Mag ik in de wachtzaal van het sociaal huis flyers van een politicus leggen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet de Instagram van de gemeentelijke basisschool neutraal blijven in wie ze volgt en liket?',
      verdict: 'moet',
    },
    {
      q: 'mag ik aan de ouders aan de schoolpoort zeggen dat ze best voor een bepaalde partij stemmen?',
      verdict: 'mag-niet',
    },
  ],
  38: [
    {
      q: 'We willen een bevraging doen bij de bewoners van de sociale woonwijk over hun buurt. Moeten we communicatie daar op voorhand bij betrekken?',
      verdict: 'moet',
    },
    {
      q: 'De dienst ruimtelijke ordening start een inspraaktraject over het dorpscentrum. Wanneer schakelen we communicatie in?',
      verdict: 'info',
    },
    {
      q: 'Helpt de communicatiedienst ook tijdens en na een participatieproject, bv. bij de leerlingenraad van de basisschool?',
      verdict: 'info',
    },
    {
      q: 'Kunnen we zelf een participatietraject met ouders opzetten zonder de communicatiedienst?',
      verdict: 'moet',
    },
    {
      q: 'moet comunicatie altijd vooraf betrokken worden bij een inspraakavond van de milieudienst?',
      verdict: 'moet',
    },
    {
      q: 'Wat doet de communicatiedienst bij een participatietraject rond het woonzorgcentrum?',
      verdict: 'info',
    },
  ],
  39: [
    {
      q: 'We hebben een bevraging gedaan bij mantelzorgers. Moeten we de deelnemers laten weten wat we met hun antwoorden doen?',
      verdict: 'moet',
    },
    {
      q: 'Moeten we na de inspraakavond over het nieuwe bouwblok communiceren wat er met de opmerkingen gebeurd is?',
      verdict: 'moet',
    },
    {
      q: 'Wie helpt ons om te vertellen wat er met de ideeën van de kinderen uit de speelplaatsbevraging gebeurd is?',
      verdict: 'info',
    },
    {
      q: 'Is het verplicht om de resultaten van de enquête over de thuiszorg terug te koppelen naar de inwoners?',
      verdict: 'moet',
    },
    {
      q: 'moet de gemeente terugkoppelen wat er met de voorstellen uit het klimaatparticipatietraject gedaan wordt?',
      verdict: 'moet',
    },
  ],
  40: [
    {
      q: 'Als de gemeentelijke noodfase wordt afgekondigd, moet de communicatieverantwoordelijke dan naar het crisiscentrum komen?',
      verdict: 'moet',
    },
    { q: 'Wat is de rol van de comunicatieverantwoordelijke in het noodplan?', verdict: 'info' },
    {
      q: 'Ik ben noodplanningsambtenaar: moet ik de communicatieverantwoordelijke snel oproepen bij een noodfase?',
      verdict: 'moet',
    },
    { q: 'Wie is D5 bij een gemeentelijke noodfase?', verdict: 'info' },
    {
      q: 'Moet de communicatieverantwoordelijke bij een gaslek met evacuatie van de school meteen ingezet worden vanuit het crisiscentrum?',
      verdict: 'moet',
    },
  ],
  41: [
    {
      q: 'Bij een brand in het woonzorgcentrum: wie beslist wat we wanneer naar de families communiceren?',
      verdict: 'info',
    },
    {
      q: 'De brandweer belt dat er een chemische wolk boven de gemeente hangt. Wie bepaalt welke info we naar de inwoners sturen?',
      verdict: 'info',
    },
    {
      q: 'Krijgt D5 input van de politie en de medische discipline om te bepalen wat gecommuniceerd wordt?',
      verdict: 'info',
    },
    { q: 'Wanneer communiceren we tijdens een crisis welke informatie naar de burgers?', verdict: 'info' },
    { q: 'Wat doet de communicatievearntwoordelijke als D5 tijdens een noodsituatie?', verdict: 'info' },
  ],
  42: [
    {
      q: 'Dringend: er is een brand in het rusthuis en een journalist staat aan de deur. Mag ik als directeur iets zeggen?',
      verdict: 'mag-niet',
    },
    { q: 'Bij een evacuatie van de school: wie communiceert er naar de ouders en de pers?', verdict: 'info' },
    {
      q: 'Mag de schepen van onderwijs tijdens een crisis op school de communicatie naar buiten doen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet de boodschap van de burgemeester tijdens een crisis afgestemd worden met de noodplanningsambtenaar?',
      verdict: 'moet',
    },
    {
      q: 'Kan de woordvoerder van de gemeente bij een overstroming communiceren in plaats van de burgemeester?',
      verdict: 'mag',
    },
    {
      q: 'De politie belt: er is een verdacht pakket aan het sociaal huis. Mag ik zelf een bericht op Facebook zetten om mensen te waarschuwen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Tijdens de hittegolf was er een overlijden in het woonzorgcentrum. Vanuit wie moet er gecommuniceerd worden?',
      verdict: 'info',
    },
  ],
  43: [
    {
      q: 'Wie plant welke persbeirchten er deze maand uitgaan? We hebben nieuws over de nieuwe dagopvang.',
      verdict: 'info',
    },
    { q: 'Wie is verantwoordelijk voor de persplanning van de gemeente?', verdict: 'info' },
    { q: 'Hoe vaak wordt de persplanning besproken met het college?', verdict: 'info' },
    {
      q: 'Kan ik ergens zien wanneer het persmoment over de nieuwe schoolgebouwen gepland is?',
      verdict: 'info',
    },
    {
      q: 'Beslist het college mee over welke onderwerpen naar de pers gaan, bv. onze campagne rond valpreventie bij ouderen?',
      verdict: 'info',
    },
    { q: 'Hoe komt ons nieuws over de vernieuwde academie in de persplanning terecht?', verdict: 'info' },
    { q: 'Wie houdt de agenda bij van wat er naar de kranten gaat?', verdict: 'info' },
    {
      q: 'Is er een wekelijkse terugkoppeling over de persplanning waar de milieudienst iets kan aanbrengen?',
      verdict: 'info',
    },
  ],
  44: [
    {
      q: 'we willen de pers laten weten dat het woonzorgcentrum een nieuwe vleugel opent. Schrijf ik zelf het persbericht',
      verdict: 'moet',
    },
    {
      q: 'Wie beslist of onze actie rond gratis schoolmaaltijden nieuwswaardig genoeg is voor de krant?',
      verdict: 'info',
    },
    {
      q: 'Moet de milieudienst de inhoud aanleveren voor het persbericht over de nieuwe afvalregels?',
      verdict: 'moet',
    },
    { q: 'Wie maakt het persbericht op over de nieuwe premie voor zonnepanelen?', verdict: 'info' },
    {
      q: 'Wat moet ik als dienst aanleveren als er een persbericht komt over ons project rond eenzaamheid?',
      verdict: 'moet',
    },
    {
      q: 'Is de communicatiedienst verplicht om het persbericht over de evacuatieoefening te schrijven, of doen wij dat als noodplanning?',
      verdict: 'moet',
    },
    {
      q: 'Wie is inhoudelijk verantwoordelijk voor een persbericht over het nieuwe lessenrooster van de academie?',
      verdict: 'info',
    },
    {
      q: 'kan de directeur van de basisschool zelf bepalen of het schoolfeest een persbericht waard is?',
      verdict: 'info',
    },
    {
      q: 'Moet het persbericht over de uitbreiding van de thuiszorg door de comunicatiedienst geschreven worden?',
      verdict: 'moet',
    },
  ],
  45: [
    {
      q: 'Mag ik als diensthoofd van de thuiszorg zelf een persbericht naar de lokale krant mailen?',
      verdict: 'mag-niet',
    },
    {
      q: 'De school wil de regionale tv uitnodigen voor de opening van de nieuwe speelplaats. Mogen we die uitnodiging zelf versturen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een journalist vraagt me het verslag van de inspectie in het woonzorgcentrum. Mag ik dat doorsturen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag het kabinet van de schepen van milieu zelf een persbericht over de nieuwe boetes versturen?',
      verdict: 'mag-niet',
    },
    { q: 'Wie stuurt het persbericht over de openbare verkoop van het oude OCMW-gebouw?', verdict: 'info' },
    {
      q: 'Kan ik de cijfers van het aantal leefloners zelf naar een journalist mailen die erom vraagt?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet de persuitnodiging voor de infoavond over het ruimtelijk uitvoeringsplan via de communicatiedienst vertrekken?',
      verdict: 'moet',
    },
    {
      q: 'de burgemeester wil zijn persbericht over het rusthuis zelf uitsturen via zijn kabinet. Is dat toegelaten',
      verdict: 'mag-niet',
    },
    {
      q: 'Bij ons mag de academie zelf de pers contacteren over haar voorstellingen, want dat is vooraf zo afgesproken. Mogen ze dan zelf een persbericht sturen?',
      verdict: 'mag-mits',
      variant: 1,
    },
    {
      q: 'De academie mag als uitzondering zelf persberichten sturen. Mag het sociaal huis dat dan ook gewoon doen?',
      verdict: 'mag-niet',
      variant: 1,
    },
  ],
  46: [
    {
      q: 'Wie moet het persbericht over de nieuwe thuiszorgtarieven goedkeuren voor het vertrekt?',
      verdict: 'info',
    },
    {
      q: 'Moet de schepen van welzijn het persbericht over het sociaal huis goedkeuren?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet ik als diensthoofd van de milieudienst het persbericht over de zwerfvuilactie nog goedkeuren?',
      verdict: 'moet',
    },
    { q: 'Moet de algemeen directeur het persbericht over de schoolfusie goedkeuren?', verdict: 'moet' },
    {
      q: 'Moet de burgemeester het persbericht over de brandoefening in het woonzorgcentrum zien?',
      verdict: 'moet',
    },
    {
      q: 'Kan de schepen van onderwijs het persbericht over de academie aanpassen voor het verstuurd word?',
      verdict: 'mag-niet',
    },
    {
      q: 'Bij ons leest de bevoegde schepen de persberichten eerst na. Moet de schepen van welzijn ons persbericht over het OCMW dan nalezen?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'Mag een kabinetsmedewerker van de schepen het persbericht over de thuiszorg nalezen in plaats van de schepen zelf?',
      verdict: 'mag',
      variant: 1,
    },
    {
      q: 'Komt er in elk persbericht een uitspraak van de bevoegde schepen, ook bij ons bericht over de noodplanoefening?',
      verdict: 'moet',
      variant: 2,
    },
  ],
  47: [
    {
      q: 'Krijgen de gemeenteraadsleden het persbericht over de sluiting van de kinderopvang ook?',
      verdict: 'moet',
    },
    {
      q: 'Moeten de leden van het bijzonder comité in kopie bij een persbericht over het sociaal huis?',
      verdict: 'moet',
    },
    { q: 'Wie krijgt een kopie van de persberichten van de gemeente?', verdict: 'info' },
    {
      q: 'staan de schepenen in cc als het persbericht over de nieuwe milieuvergunning verstuurd wordt',
      verdict: 'moet',
    },
    { q: 'Waarom krijgen de raadsleden onze persberichten in kopie?', verdict: 'info' },
    {
      q: 'moet de oppositie ook een kopie krijgen van het persbericht over het woonzorgcentrum?',
      verdict: 'moet',
    },
    {
      q: 'Worden de OCMW-raadsleden verwittigd als er een persbericht over de thuiszorg uitgaat?',
      verdict: 'moet',
    },
    {
      q: 'Moet de communicatiedienst de gemeenteraad in kopie zetten bij een persbericht over de basisschool?',
      verdict: 'moet',
    },
  ],
  48: [
    {
      q: 'Welk telefoonnummer zetten we onderaan het persbericht over de nieuwe dagopvang?',
      verdict: 'info',
    },
    {
      q: 'Moet de schepen als contactpersoon op het persbericht staan als journalisten hem willen interviewen over de sociale woningen?',
      verdict: 'moet',
    },
    {
      q: 'Een journalist wil weten hoeveel kinderen er ingeschreven zijn. Mag communicatie mij vragen om dat op te zoeken?',
      verdict: 'mag',
    },
    {
      q: 'Wie staat er als contact op een persbreicht voor praktische vragen over de opendeurdag van de academie?',
      verdict: 'info',
    },
    {
      q: 'Moet het gsm-nummer van de bevoegde schepen op het persbericht over de milieuboetes?',
      verdict: 'moet',
    },
    {
      q: 'Kan de communicatiedienst mij als diensthoofd van het sociaal huis inschakelen om een antwoord voor een journalist te schrijven?',
      verdict: 'mag',
    },
    {
      q: 'Moet de communicatiedienst als contactpersoon vermeld worden voor vragen die geen beleidsvragen zijn?',
      verdict: 'moet',
    },
    {
      q: 'mag ik mijn eigen naam als contactpersoon op het persbericht over de thuiszorg zetten?',
      verdict: 'moet',
    },
  ],
  49: [
    {
      q: 'Kunnen we een persconferentie organiseren voor de opening van de nieuwe refter van de basisschool?',
      verdict: 'mag-mits',
    },
    {
      q: 'Wanneer is een persconferentie zinvol? We hebben groot nieuws over het nieuwe woonzorgcentrum.',
      verdict: 'info',
    },
    { q: 'Wie helpt inschatten of een persmoment over de nieuwe noodplanning nuttig is?', verdict: 'info' },
    {
      q: 'Mag de milieudienst de pers uitnodigen om de nieuwe composteernistallatie te tonen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Is een persconferentie over de nieuwe openingsuren van het sociaal huis wel nodig?',
      verdict: 'mag-mits',
    },
    {
      q: 'Het nieuwe ruimtelijk structuurplan roept veel vragen op. Kunnen we er een persconferentie over houden?',
      verdict: 'mag-mits',
    },
    { q: 'Hoe beslissen we of een persconferentie de moeite is?', verdict: 'info' },
    {
      q: 'kunnen we journalisten uitnodigen voor de 100ste verjaardag van een bewoner in het rusthuis?',
      verdict: 'mag-mits',
    },
  ],
  50: [
    {
      q: 'Een journalist staat aan het rusthuis en vraagt een reactie over de besmettingen. Wat moet ik doen?',
      verdict: 'moet',
    },
    {
      q: 'De krant belt de school over het pestincident. Mag ik als directeur zelf reageren?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet ik een journalist die me mailt over de wachtlijst in de thuiszorg doorverwijzen naar communicatie?',
      verdict: 'moet',
    },
    {
      q: 'Mag de milieuidenst zelf een reactie geven aan Het Nieuwsblad over de vervuiling in de beek?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een journalist belt de dienst ruimtelijke ordening over een omstreden vergunning. Wie neemt dit op?',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst de burgemeester verwittigen als de pers vragen stelt over het OCMW?',
      verdict: 'moet',
    },
    {
      q: 'Help, Radio 2 belt mij rechtstreeks over de sluiting van een klas. Moet ik ze doorverwijzen?',
      verdict: 'moet',
    },
    {
      q: 'Kan ik als maatschappelijk werker een reactie geven aan een journalist die belt over een uithuiszetting?',
      verdict: 'moet',
    },
    {
      q: 'mag onze dienst zelf een antwoord geven als de pers vraagt waarom de container niet geledigd werd?',
      verdict: 'mag-niet',
    },
  ],
  51: [
    {
      q: 'De schepen van welzijn werd gebeld door de krant over het OCMW. Moet hij ons daarover inlichten?',
      verdict: 'moet',
    },
    { q: 'Mag de schepen van onderwijs een journalist te woord staan over de school?', verdict: 'mag-mits' },
    {
      q: 'een journalist belde de schepen over het woonzorgcentrum. Wie moet de schepen daarna informeren',
      verdict: 'info',
    },
    {
      q: 'Moet de schepen terugkoppelen naar het diensthoofd als hij een reactie gaf aan de pers over de milieuboetes?',
      verdict: 'moet',
    },
    {
      q: 'Kan de schepen van ruimtelijke ordening zelf reageren als TV Oost hem belt over een vergunning?',
      verdict: 'mag-mits',
    },
    { q: 'Waarom moet een schepen na een telefoon van de pers terugkoppelen?', verdict: 'info' },
    {
      q: 'De schepen gaf een interview over de thuiszorg zonder ons iets te laten weten. Had hij dat moeten melden?',
      verdict: 'moet',
    },
    {
      q: 'moet de schepen de burgemeester verwittigen als de pers hem opbelt over de noodplanning?',
      verdict: 'moet',
    },
  ],
  52: [
    {
      q: 'Een journalist vraagt hoeveel leerlingen er dit jaar in de academie ingeschreven zijn. Mag ik dat zelf antwoorden?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik de krant vertellen hoeveel kilo afval er bij de opruimactie is opgehaald?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een journalist wil weten hoevel bedden het woonzorgcentrum heeft. Moet dat via communicatie?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kan ik als diensthoofd zelf antwoorden op een vraag van de pers over de openingsuren van het sociaal huis?',
      verdict: 'mag-mits',
    },
    {
      q: 'De krant vraagt hoeveel aanvragen voor de energiepremie er binnenkwamen. Mag ik die cijfers geven?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet ik iemand verwittigen voor ik een journalist vertel hoeveel kinderen er naar de speelpleinwerking komen?',
      verdict: 'mag-mits',
    },
    { q: 'Over welk soort persvragen mogen wij als woonzorgcentrum zelf antwoorden?', verdict: 'info' },
    {
      q: 'mag de thuiszorg zelf aan een journalist zeggen hoeveel maaltijden we per week leveren?',
      verdict: 'mag-mits',
    },
  ],
  53: [
    {
      q: 'Een tv-ploeg wil filmen in het woonzorgcentrum voor een reportage over dementie. Wat moet ik doen?',
      verdict: 'moet',
    },
    {
      q: 'Een student wil voor haar eindwerk filmen in de klas van de basisschool. Moet ik dat doorgeven?',
      verdict: 'moet',
    },
    {
      q: "Een fotograaf vraagt of hij foto's mag maken in het sociaal huis. Geef ik dat door aan communciatie?",
      verdict: 'moet',
    },
    { q: 'Wie beslist of een filmploeg opnames mag maken tijdens de brandoefening?', verdict: 'info' },
    {
      q: 'Moet de communicatiedienst een vraag voor opnames in de academie met het college bespreken?',
      verdict: 'moet',
    },
    {
      q: 'Een documentairemaker wil een thuisverpleegster volgen bij haar ronde. Waar moet die aanvraag naartoe?',
      verdict: 'info',
    },
    {
      q: 'Mag ik zelf toestemming geven aan een vlogger die het natuurgebied wil filmen met een drone?',
      verdict: 'moet',
    },
    {
      q: 'moeten externe die willen filmen op de speelplaats dat via de communicatiedienst aanvragen?',
      verdict: 'moet',
    },
  ],
  54: [
    { q: 'Radio 2 wil mij interviewen over het werk in de thuiszorg. Mag dat?', verdict: 'mag-mits' },
    {
      q: 'Mag ik als leerkracht een interview geven aan de krant over onze klimaatklas?',
      verdict: 'mag-mits',
    },
    {
      q: 'een journalist staat aan het rusthuis en wil een verpleegkundige interviewen. Mag die gewoon praten',
      verdict: 'mag-niet',
    },
    { q: 'Wat heb ik nodig om een interview te mogen geven over de noodplanning?', verdict: 'mag-mits' },
    {
      q: 'Mag ik zonder overleg een interview geven aan een studentenblad over armoede in onze gemeente?',
      verdict: 'mag-niet',
    },
    {
      q: 'De lokale tv vraagt de directeur van de academie voor een gesprek. Wie moet toestemming geven?',
      verdict: 'info',
    },
    {
      q: 'Een podcast wil een maatschappelijk werker spreken over schuldhulp. Kan dat met toestemming van de schepen en communicatie?',
      verdict: 'mag-mits',
    },
    {
      q: 'mag ik gewoon praten als een journalist mij op straat aanspreekt over de bladkorven van de milieudienst?',
      verdict: 'mag-niet',
    },
  ],
  55: [
    {
      q: 'Mag de academie zelf een advertentie in de regionale krant zetten voor de inschrijvingen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een lokale radio biedt gratis zendtijd aan voor onze oproep voor vrijwilligers in het woonzorgcentrum. Mag ik dat zelf afspreken?',
      verdict: 'mag-niet',
    },
    { q: 'wie regelt een betaalde advertentie voor de jobbeurs van de thuiszorg', verdict: 'info' },
    { q: 'Moeten advertenties voor het sociaal huis via de communicatiedienst lopen?', verdict: 'moet' },
    {
      q: 'Een krant stelt een mediadeal voor rond de week van de duurzaamheid. Kan de milieudienst die zelf sluiten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag ik als directeur van de basisschool zelf een gratis advertentie regelen in het huis-aan-huisblad?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet de communicatiedienst de contacten met de krant voor een advertentie over het openbaar onderzoek verzorgen?',
      verdict: 'moet',
    },
    {
      q: 'kan ik met een sociaal magazine afspreken dat ze gratis onze folder over energiearmoede publiceren?',
      verdict: 'mag-niet',
    },
  ],
  56: [
    {
      q: "Wie beheert de Facebook- en Instagrampagina's van de gemeente? Ik wil een oproep voor vrijwilligers in het woonzorgcentrum laten posten.",
      verdict: 'info',
    },
    {
      q: 'Bij wie moet ik zijn om een bericht over de hittegolf op de sociale media van de gemeente te krijgen?',
      verdict: 'info',
    },
    { q: 'Wie coördinert de sociale media van het lokaal bestuur, ook die van het OCMW?', verdict: 'info' },
    { q: 'Wie houdt overzicht over alle sociale media van de gemeente en de diensten?', verdict: 'info' },
    {
      q: 'Hoe krijg ik een post over de inschrijvingsdagen van de basisschool op de gemeentepagina?',
      verdict: 'info',
    },
    {
      q: 'Wie heeft de wachtwoorden van de gemeentelijke Instagram? We willen iets posten over de noodplanning.',
      verdict: 'info',
    },
    { q: 'Wie bepaalt wat er op de socials van de gemeente komt over de milieudienst?', verdict: 'info' },
    { q: 'wie regelt de sociale media van de gemeente eigenlijk?', verdict: 'info' },
  ],
  57: [
    {
      q: 'Mag het woonzorgcentrum een eigen Facebookpagina maken voor de families van de bewoners?',
      verdict: 'mag-mits',
    },
    {
      q: 'We willen een Instagramaccount voor de academie om jongeren te bereiken. Kan dat?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik als leerkracht een Facebokogroep voor de ouders van mijn klas opstarten namens de school?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet de communicatiedienst goedkeuren dat de milieudienst een eigen TikTok begint?',
      verdict: 'moet',
    },
    { q: 'Kan het sociaal huis een eigen pagina krijgen voor mensen in armoede?', verdict: 'mag-mits' },
    { q: 'Waarom mag niet elke dienst zomaar een eigen pagina op sociale media openen?', verdict: 'info' },
    {
      q: 'Het project rond mantelzorg wil een eigen Facebookpagina. Wat is daarvoor nodig?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag de dienst noodplanning een apart account op X maken om alarmen te verspreiden?',
      verdict: 'mag-mits',
    },
    {
      q: 'kan de thuiszorg een eigen whatsapp-kanaal maken voor haar cliënten en mantelzorgers?',
      verdict: 'mag-mits',
    },
  ],
  58: [
    {
      q: 'Wie leest de reacties onder ons bericht over het nieuwe afvalbeleid op de gemeentepagina?',
      verdict: 'info',
    },
    {
      q: 'Er staan veel boze reacties onder het bericht over de sluiting van de kinderpovang. Wordt het college daarover ingelicht?',
      verdict: 'moet',
    },
    { q: 'Houdt iemand de commentaren onder de posts van de gemeente in de gaten?', verdict: 'info' },
    {
      q: 'Moet de communicatiedienst onze dienst verwittigen als er onder een post over het woonzorgcentrum een grote discussie ontstaat?',
      verdict: 'moet',
    },
    { q: 'Wie volgt de reacties op onze berichten over de schoolstraat op?', verdict: 'info' },
    {
      q: 'Als er op de gemeentepagina een discussie ontstaat over een omgevingsvergunning, moet communicatie dat melden aan het managementteam?',
      verdict: 'moet',
    },
    {
      q: 'Wat gebeurt er als er onder onze post over de thuiszorg een belangrijk probleem naar boven komt?',
      verdict: 'info',
    },
    {
      q: 'monitort de communicatiedienst wat mensen schrijven onder de berichten van de gemeente?',
      verdict: 'info',
    },
  ],
  59: [
    {
      q: 'Onder ons bericht over het sociaal huis vraagt iemand hoe hij een leefloon aanvraagt. Mag ik daar zelf op antwoorden?',
      verdict: 'mag-niet',
    },
    {
      q: 'wie antwoordt op vragen van ouders onder de post over de inschrijvingen van de basisschool',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst een klacht van een bewoner op de gemeentepagina beantwoorden?',
      verdict: 'moet',
    },
    {
      q: 'De schepen wil dringend reageren op een commentaar over het woonzorgcentrum op de gemeentepagina. Wat moet hij doen?',
      verdict: 'moet',
    },
    {
      q: 'Een gemeenteraadslid reageert onder onze post over de milieuboetes. Mag dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wij hebben een eigen pagina voor de academie. Mogen we zelf antwoorden op reacties van ouders?',
      verdict: 'mag-mits',
    },
    { q: 'Zijn er richtlijnen over hoe we reageren op commentaar op sociale media?', verdict: 'info' },
    {
      q: 'De burgemeester wil meteen tussenkomen in een discussie over de brand op de gemeentepagina. Moet hij daarvoor eerst de communicatieverantwoordelijke bellen?',
      verdict: 'moet',
    },
    {
      q: 'Een collega van de thuiszorg wil een verkeerde reactie rechtzetten onder een gemeentelijke post. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'moet onze pagina van het wonzorgcentrum dezelfde afspraken volgen als de gemeente voor het beantwoorden van reacties?',
      verdict: 'mag-mits',
    },
  ],
  60: [
    {
      q: "Op 'Ge zijt van Zilverbeek' wordt geroddeld over een bewoner van het rusthuis. Reageert de communicatiedienst daarop?",
      verdict: 'mag-niet',
    },
    {
      q: 'Houdt de gemeente in het oog wat er op lokale Facebookgroepen gezegd wordt over het sociaal huis?',
      verdict: 'info',
    },
    {
      q: 'Er loopt een grote discussie op de pagina van de lokale krant over de nieuwe verkaveling. Moet het college dat weten?',
      verdict: 'moet',
    },
    {
      q: 'Mag de communicatiedienst reageren op de Facebookpagina van een buurtcomité over de milieuboetes?',
      verdict: 'mag-niet',
    },
    { q: "Wie volgt de gesprekken op andere lokale pagina's op?", verdict: 'info' },
    {
      q: 'Ouders klagen in een besloten Facebookgroep over de school. Wordt daar door de gemeente op gereageerd?',
      verdict: 'mag-niet',
    },
    {
      q: 'Als er op een dorpsgroep paniek ontstaat over een gaslek, moet communicatie dan de betrokken dienst verwittigen?',
      verdict: 'moet',
    },
    {
      q: 'Zet de communicaitedienst rechtzettingen op de pagina van een lokale nieuwssite over de thuiszorg?',
      verdict: 'mag-niet',
    },
    {
      q: "wordt er gemeld aan de dienst als er op 'Ge zijt van' een issue over de academie groeit?",
      verdict: 'moet',
    },
  ],
  61: [
    {
      q: "Op Facebook wordt het woonzorgcentrum afgebrand. Mag ik op mijn eigen account reageren om mijn collega's te verdedigen?",
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik op mijn privé-Facebook zeggen dat ik het niet eens ben met de nieuwe GAS-boetes?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik op mijn eigen account schrijven dat de schepen van onderwijs er niets van kent?',
      verdict: 'mag-niet',
    },
    { q: 'Een collega van de thuiszorg kraakt op Instagram de directeur af. Mag dat?', verdict: 'mag-niet' },
    { q: 'Hoe stel ik me op als er op sociale media kritiek komt op het sociaal huis?', verdict: 'info' },
    {
      q: 'Kan ik als leerkracht op mijn privéprofiel mijn mening geven over de fusie van de scholen?',
      verdict: 'mag-mits',
    },
    {
      q: 'mag ik in een lokale Facebookgroep mijn diensthoofd bekritiseren over de afvalophaling',
      verdict: 'mag-niet',
    },
    {
      q: 'Wat verwacht de gemeente van mij als medewerker als mensen online kritiek geven op de vergunningen?',
      verdict: 'info',
    },
    {
      q: 'mag ik als privépersoon een post liken die kritiek geeft op het beleid van de gemeente?',
      verdict: 'mag-mits',
    },
  ],
  62: [
    {
      q: 'Wie beslist wat er in het infoblad komt? Ik wil een artikel over de nieuwe dagopvang.',
      verdict: 'info',
    },
    { q: 'Wie plant de artikels in het gemeentelijk magazine?', verdict: 'info' },
    {
      q: 'Is er een aparte redactie voor het infoblad of zit die samen met die van de website?',
      verdict: 'info',
    },
    { q: 'Bij wie moet ik zijn om een stuk over de academie in het infoblad te krijgen?', verdict: 'info' },
    { q: 'Wie bepaalt het redactiebeleid van het gemeentelijk informatieblad?', verdict: 'info' },
    { q: 'kan de milieudienst meebeslissen over de planning van het infoblad', verdict: 'info' },
    { q: 'wie kiest welke onderwerpen in het gemeentblad verschijnen?', verdict: 'info' },
  ],
  63: [
    {
      q: 'Bestaat er een redactiestatuut voor het infoblad waarin staat wat we van de redactieraad mogen verwachten?',
      verdict: 'info',
    },
    { q: 'Wie schrijft het redactiestatuut van het gemeentelijk magazine?', verdict: 'info' },
    {
      q: 'Moet de communicatiedienst vastleggen wat de doelstellingen van het infoblad zijn?',
      verdict: 'moet',
    },
    { q: 'Waar staat beschreven wat de bedoeling is van het gemeentelijk infoblad?', verdict: 'info' },
    { q: 'Is er een document met afspraken over hoe het infoblad ingevuld wordt?', verdict: 'info' },
    { q: 'Wat staat er in het redactisetatuut?', verdict: 'info' },
    {
      q: 'Moet er een redactiestatuut zijn voor het infoblad? Ik zou het willen lezen voor ik iets over het sociaal huis indien.',
      verdict: 'moet',
    },
    { q: 'is het redactiestatuut verplicht voor het gemeenteblad?', verdict: 'moet' },
  ],
  64: [
    {
      q: 'Moet het artikel over de sociale tarieven in het infoblad in eenvoudige taal, zodat iedereen het begrijpt?',
      verdict: 'moet',
    },
    { q: 'Voor wie is het infoblad bedoeld?', verdict: 'info' },
    {
      q: 'Moet het infoblad rekening houden met ouderen en laaggeletterden, zoals onze cliënten?',
      verdict: 'moet',
    },
    { q: 'Mag mijn tekst over de omgevingsvergunning in het infoblad wat technisch zijn?', verdict: 'moet' },
    {
      q: 'Hoe kiest het infoblad tussen wat de bevolking wil weten en wat het bestuur wil vertellen?',
      verdict: 'info',
    },
    {
      q: 'Moet de redactie zorgen dat het infoblad leesbaar is voor andersatlige ouders van de basisschool?',
      verdict: 'moet',
    },
    {
      q: 'Is het infoblad er voor de hele bevolking of ook voor specifieke doelgroepen zoals senioren?',
      verdict: 'info',
    },
    { q: 'moet de redactie van het infoblad op een toegankelijk taalniveau schrijven?', verdict: 'moet' },
  ],
  65: [
    {
      q: 'Tegen wanneer moet ik de tekst over de nieuwe thuiszorgtarieven aanleveren voor het infoblad?',
      verdict: 'info',
    },
    {
      q: 'Ik heb de deadline voor het infoblad gemist met ons artikel over de inschrijvingen. Komt het er nog in?',
      verdict: 'moet',
    },
    { q: "Wat gebeurt er als de foto's van de academie te laat binnen zijn?", verdict: 'info' },
    { q: 'Moeten we ons stuk over de afvalkalender voor een vaste datum doorsturen?', verdict: 'moet' },
    { q: 'Zijn er deadlines om beelden aan te leveren voor het infoblad?', verdict: 'moet' },
    { q: 'Kan ik mijn tekst over de noodplnaning nog een week na de deadline insturen?', verdict: 'moet' },
    { q: 'Waar vind ik de deadlines van het infoblad?', verdict: 'info' },
    { q: 'dringend: ons artikel over de energiepremie is te laat, kan het toch nog mee?', verdict: 'moet' },
  ],
  66: [
    {
      q: 'Wie doet de eindredactie van ons artikel over het woonzorgcentrum in het infoblad?',
      verdict: 'info',
    },
    {
      q: 'Mag de communicatiedienst mijn tekst over de sociale premies herschrijven voor het infoblad?',
      verdict: 'moet',
    },
    { q: 'Waarom is mijn artikel over de academie ingekort in het infoblad?', verdict: 'info' },
    {
      q: 'Moet de communicatiedienst controleren of het stuk over de milieuvergunning in klare taal is?',
      verdict: 'moet',
    },
    { q: "Wie kiest de foto's bij onze tekst over de thuiszorg in het infoblad?", verdict: 'info' },
    {
      q: 'kan ik mijn tekst laten verschijnen zoals ik hem schreef, zonder aanpassingen van communicatie',
      verdict: 'moet',
    },
    { q: 'Wat doet de eindredactie van het infoblad precies?', verdict: 'info' },
    { q: 'past de comunicatiedienst de structuur van onze artikels aan in het infoblad?', verdict: 'moet' },
  ],
  67: [
    {
      q: 'Hoe krijg ik de seniorennamiddag van het woonzorgcentrum in de activiteitenkalender van het infoblad?',
      verdict: 'info',
    },
    {
      q: 'Moet het toonmoment van de academie in de UiTdatabank staan om in de kalender te komen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kan ik de infoavond over het openbaar onderzoek gewoon doorsturen voor de kalender van het infoblad?',
      verdict: 'mag-mits',
    },
    { q: 'Welke activiteiten komen in de kalender van het gemeentelijk infoblad?', verdict: 'info' },
    {
      q: 'Komt de opruimactie van de milieudienst in de activiteitenlijst als ze niet in de UiTdatabank staat?',
      verdict: 'mag-mits',
    },
    {
      q: 'Het scholfeest staat niet in de UiT-databank. Kan het toch in de kalender van het infoblad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Waar moet ik het infomoment voor mantelzorgers invoeren om in de agenda van het infoblad te komen?',
      verdict: 'info',
    },
    {
      q: 'zet de redactie de vormingsavond van het sociaal huis in de kalender als ik ze doormail?',
      verdict: 'mag-mits',
    },
  ],
  68: [
    {
      q: 'We willen een folder over de nieuwe energietoelage in alle bussen steken. Is drukwerk hier zinvol?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet alles nog op papier? Veel van onze bewoners in het woonzorgcentrum hebben geen internet.',
      verdict: 'mag-mits',
    },
    { q: 'Wie adviseert ons of een gedrukte brochure voor de academie nodig is?', verdict: 'info' },
    {
      q: 'Mogen we een affiche laten drukken voor de zwerfvuilactie of volstaat een digitaal bericht?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kunnen we voor de ouders van de basisschool gewoon elke maand een papieren nieuwsbrief meegeven?',
      verdict: 'mag-mits',
    },
    { q: 'wanneer is het nuttig om iets te laten drukken voor de thuiszrogcliënten?', verdict: 'info' },
  ],
  69: [
    {
      q: 'We willen in september een brochure over de thuiszorg uitbrengen. Wanneer moeten we met communicatie overleggen?',
      verdict: 'info',
    },
    {
      q: 'Moet het sociaal huis op voorhand met de communicatiedienst afspreken over een nieuwe folder voor de voedselbank?',
      verdict: 'moet',
    },
    {
      q: 'Dringend: volgende week infoavond over de verkaveling en we hebben nog geen uitnodiging. Kan communicatie die nog maken?',
      verdict: 'moet',
    },
    {
      q: 'Moet de academie de planning van haar nieuwe jaarbrochure ruim vooraf met communicatie bespreken?',
      verdict: 'moet',
    },
    {
      q: 'Geldt dat overleg ook voor digitale producten zoals een filmpje over de noodplanning?',
      verdict: 'moet',
    },
    {
      q: 'hoeveel op voorhand moeten we communicatie verwittigen voor een flyer van de milieudienst?',
      verdict: 'info',
    },
  ],
  70: [
    {
      q: 'Wat moet ik aan de communicatiedienst bezorgen voor de folder over de dagopvang?',
      verdict: 'moet',
    },
    {
      q: "moeten we de teksten en foto's voor de schoolbrochure voor een bepaalde datum doorsturen",
      verdict: 'moet',
    },
    {
      q: 'Moet ik een briefing schrijven als ik communicatie vraag om een affiche voor de academie te maken?',
      verdict: 'moet',
    },
    {
      q: 'Moeten we het logo van onze partner zelf aanleveren voor de flyer over de kledingbeurs van het sociaal huis?',
      verdict: 'moet',
    },
    {
      q: 'Kan ik de teksten voor de brochure van de milieudienst na de deadline nog doorsturen?',
      verdict: 'moet',
    },
    { q: 'moet ik de afbeeldingen voor de folder over de thuiszorg zelf aanleveren?', verdict: 'moet' },
  ],
  71: [
    {
      q: 'Moeten we het ontwerp van de folder over de sociale premies nalezen voor het gedrukt wordt?',
      verdict: 'moet',
    },
    {
      q: 'stuurt de communicatiedienst ons het ontwerp van de affiche voor de academie ter controle',
      verdict: 'moet',
    },
    {
      q: 'Moet ons diensthoofd het ontwerp van de milieukalender voorleggen aan het management en de schepen?',
      verdict: 'moet',
    },
    { q: 'Hoe verloopt de goedkeuring van een flyer voor de thuiszorg?', verdict: 'info' },
    {
      q: 'moet de bevoegde schepen de nieuwe brochure over de bouwvergunningen ook goedkeuren?',
      verdict: 'moet',
    },
  ],
  72: [
    {
      q: 'Mag de academie haar eigen logo en kleuren gebruiken op de affiche voor het toonmoment?',
      verdict: 'mag-mits',
    },
    { q: 'Moet de folder van het woonzorgcentrum in de huisstijl van de gemeente?', verdict: 'moet' },
    {
      q: 'Mag de basisschool een flyer maken in haar eigen stijl met tekeningen van de kinderen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mogen we voor de campagne rond energiearmoede een andere stijl gebruiken die meer aanspreekt?',
      verdict: 'moet',
    },
    {
      q: 'Moeten de uitnodigingen voor de infoavond van ruimtelijke ordening in de gementelijke huisstijl?',
      verdict: 'moet',
    },
    {
      q: 'Het sociaal huis wil een eigen logo laten maken. Mogen we daarna in onze eigen huisstijl communiceren?',
      verdict: 'mag-mits',
    },
    { q: 'Welke diensten mogen een eigen huisstijl gebruiken?', verdict: 'info' },
    {
      q: 'Moet de brochure over de noodplanning er hetzelfde uitzien als de andere gemeentelijke brochures?',
      verdict: 'moet',
    },
    { q: 'mag de thuiszorg een folder in haar eigen kleurtjes maken?', verdict: 'moet' },
  ],
  73: [
    {
      q: 'Mag ik zelf een drukker bellen voor de nieuwe brochure van het woonzorgcentrum?',
      verdict: 'mag-niet',
    },
    {
      q: 'We willen een fotograaf voor de opendeurdag van de academie. Mag de dienst die zelf boeken?',
      verdict: 'mag-niet',
    },
    { q: 'Wie contacteert de grafisch ontwerper voor de brochure over de sociale premies?', verdict: 'info' },
    {
      q: 'Moet de opdracht aan de drukker voor de schoolkalender via de communicaitedienst?',
      verdict: 'moet',
    },
    {
      q: 'Ik ken een goede illustrator voor de folder over zwerfvuil. Mag ik hem zelf contacteren?',
      verdict: 'mag-niet',
    },
    { q: 'kan de thuiszorg zelf een offerte vragen aan een drukkerij voor flyers?', verdict: 'mag-niet' },
  ],
  74: [
    {
      q: 'Het lokale oudercomité wil het gemeentelogo op hun affiche voor het schoolfeest. Mag dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag de schepen van welzijn het logo van de gemeente gebruiken in zijn verkiezingsfolder?',
      verdict: 'mag-niet',
    },
    { q: 'Mogen we het gemeentelogo op de flyer van het woonzorgcentrum zetten?', verdict: 'mag-mits' },
    {
      q: 'Een vereniging die samenwerkt met het sociaal huis vraagt ons logo. Kunnen we het doorsturen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een gemeenteraadslid ons logo gebruiken op zijn Facebook als hij over de thuiszorg schrijft?',
      verdict: 'mag-niet',
    },
    { q: 'wanneer mag het logo van het lokaal bestuur op een document staan', verdict: 'info' },
    { q: 'De brandweerzone wil ons logo op haar folder over rookmelders. Kan dat?', verdict: 'mag-niet' },
    {
      q: 'Mag het logo van de gemeente op de uitnodiging voor het infomoment over de nieuwe verkaveling?',
      verdict: 'mag-mits',
    },
    {
      q: 'mag een partij het gemeentelogo op haar blaadje zetten bij een artikel over de academie?',
      verdict: 'mag-niet',
    },
  ],
  75: [
    {
      q: 'Wie beheert de website van de gemeente? Onze pagina over de thuiszorg is verouderd.',
      verdict: 'info',
    },
    {
      q: 'Bij wie moet ik zijn voor een probleem met de website, bv. een kapotte link naar de premieaanvraag?',
      verdict: 'info',
    },
    { q: 'Wie is verantwoordelijk voor de technische kant van de gemeentesite?', verdict: 'info' },
    {
      q: "Wie heeft de sleutels van de website van de gemeente, ook voor de pagina's van de school?",
      verdict: 'info',
    },
    { q: "wie beheert de gemeentelijke website, ook de pagina's over het OCMW", verdict: 'info' },
    { q: 'Heeft de communicatiedienst het beheer van de website in handen?', verdict: 'info' },
    { q: 'Wie moet ik mailen om de website aan te passen voor de noodplanning?', verdict: 'info' },
    { q: 'wie beheert de site van de gemeente eigenlijk?', verdict: 'info' },
  ],
  76: [
    { q: 'Wie moet de info over de sociale tarieven op de website actueel houden?', verdict: 'info' },
    { q: 'Moeten wij als woonzorgcentrum zelf zorgen dat onze pagina op de website klopt?', verdict: 'moet' },
    {
      q: 'De openingsuren van het containerpark op de website zijn verkeerd. Is dat de verantwoordelijkheid van de milieudienst?',
      verdict: 'moet',
    },
    {
      q: 'Is de communicatiedienst verantwoordelijk voor de juistheid van de inschrijvingsinfo van de basisschool op de site?',
      verdict: 'moet',
    },
    {
      q: 'Moeten we de info over de omgevingsverguning op de website zelf updaten als de regels veranderen?',
      verdict: 'moet',
    },
    { q: 'Moet de academie zelf controleren of haar lessenrooster online nog juist staat?', verdict: 'moet' },
    { q: 'Wie is inhoudelijk verantwoordelijk voor de pagina over de noodplanning?', verdict: 'info' },
    { q: 'moet de thuiszorg haar tarieven op de website zelf up-to-date houden?', verdict: 'moet' },
  ],
  77: [
    {
      q: 'We willen een nieuw onderdeel op de website voor mantelzorgers. Kunnen we dat zelf toevoegen?',
      verdict: 'mag-mits',
    },
    {
      q: "Mag de milieudienst de menu-structuur van haar pagina's op de website herschikken?",
      verdict: 'mag-mits',
    },
    {
      q: 'Kan de academie een online inschrijvingsmodule op de gemeentelijke website krijgen?',
      verdict: 'mag-mits',
    },
    {
      q: 'We willen een aparte rubriek voor de noodplanning op de homepagina. Wat moeten we doen?',
      verdict: 'mag-mits',
    },
    { q: 'mag het sociaal huis een nieuwe pagina-indeling maken voor alle premies', verdict: 'mag-mits' },
    {
      q: 'Kan ik een chatfunctie laten toevoegen op de website voor vragen over thuiszorg?',
      verdict: 'mag-mits',
    },
    {
      q: "Moet ik overleggen met communicatie voor ik de structuur van onze schoolpagina's wijzig?",
      verdict: 'mag-mits',
    },
    {
      q: 'kunnen we zelf een nieuw formulier op de site zetten voor meldingen van sluikstort?',
      verdict: 'mag-mits',
    },
  ],
  78: [
    {
      q: 'Mag ik een nieuwsbericht voor de website voorstellen over de nieuwe buurtgerichte zorg?',
      verdict: 'mag',
    },
    { q: 'Kan de basisschool een nieuwtje over de schoolreis aanbieden voor de website?', verdict: 'mag' },
    {
      q: 'We hebben goed nieuws over de nieuwe vleugel van het woonzorgcentrum. Kunnen we dat als nieuwsbericht op de site laten zetten?',
      verdict: 'mag',
    },
    {
      q: 'Mogen medewerkers van de milieudienst zelf ideeën voor nieuwsberichten aanbrengen?',
      verdict: 'mag',
    },
    {
      q: 'kan de dienst ruimtelijke ordening een nieuwsbericht over het openbaar onderzoek voorstellen',
      verdict: 'mag',
    },
    { q: 'Bij wie stel ik een nieuwsbericht voor over de week van de mantelzorg?', verdict: 'info' },
    {
      q: 'Mag de academie voorstellen om de resultaten van de wedstrijd als nieuws op de website te zetten?',
      verdict: 'mag',
    },
    {
      q: 'kan ik als thuisverpleegkundige een nieuwsbericht voorstellen over onze vaccinatieronde?',
      verdict: 'mag',
    },
  ],
  79: [
    {
      q: 'Wie beheert het intranet? De pagina met de noodnummers voor de nachtploeg van het woonzorgcentrum is verouderd.',
      verdict: 'info',
    },
    {
      q: 'Bij wie kan ik terecht als het intranet niet werkt op de computers van de school?',
      verdict: 'info',
    },
    {
      q: 'Is de communicatiedienst verantwoordelijk voor het intranet van de gemeente en het OCMW?',
      verdict: 'info',
    },
    { q: 'Wie heeft het algemene beheer over het personeelsportaal?', verdict: 'info' },
  ],
  80: [
    {
      q: "Moet ik als redacteur van de thuiszorg onze intranetpagina's zelf up-to-date houden?",
      verdict: 'moet',
    },
    { q: 'Wie wordt redacteur voor het intranet bij het sociaal huis en wie leidt die op?', verdict: 'info' },
    {
      q: 'Mijn collega is intranetredacteur van de milieudienst. Is zij verantwoordelijk voor onze berichten?',
      verdict: 'info',
    },
    {
      q: 'Wie publiceert de berichten die onze redacteur van de academie op het intranet schrijft?',
      verdict: 'info',
    },
    {
      q: 'Moet de communicatiedienst de eindredactie doen van de intranetberichten van het woonzorgcentrum?',
      verdict: 'moet',
    },
    {
      q: 'de procedures voor de noodplanning op het intranet zijn verouderd, moet onze redacteur die aanpassen?',
      verdict: 'moet',
    },
  ],
  81: [
    {
      q: 'Kunnen we een extra menu-item op het intranet toevoegen voor de procedures van de thuiszorg?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag de dienst nodplanning een nieuwe functie op het intranet laten bouwen om ploegen op te roepen?',
      verdict: 'mag-mits',
    },
    {
      q: "Mag ik de navigatie van de pagina's van het sociaal huis op het intranet herschikken?",
      verdict: 'mag-mits',
    },
    {
      q: 'We willen een reservatietool voor de lokalen van de academie op het intranet. Moet dat eerst met communicatie overlegd worden?',
      verdict: 'mag-mits',
    },
    { q: 'kan de school zelf een nieuw tabblad aan het intranet toevoegen?', verdict: 'mag-mits' },
  ],
  82: [
    {
      q: 'Mag ik zelf een nieuwsbericht op het intranet zetten over het personeelsfeest van het woonzorgcentrum?',
      verdict: 'mag-niet',
    },
    {
      q: 'Als redacteur van de milieudienst, mag ik zelf nieuws publiceren op het intranet?',
      verdict: 'mag-niet',
    },
    {
      q: 'Kan het sociaal huis een bericht over de nieuwe openingsuren rechtstreeks op het intranet posten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet het nieuws over de brandoefening in de school via de communicaitedienst op het intranet?',
      verdict: 'moet',
    },
    { q: 'mag de directie van de academie zelf een nieuwtje op intranet zetten?', verdict: 'mag-niet' },
  ],
  83: [
    {
      q: "Kan ik een nieuwsbericht voorstellen voor het intranet over de nieuwe collega's in de thuiszorg?",
      verdict: 'mag',
    },
    {
      q: 'Wie beslist of mijn voorstel voor een intranetpagina over de noodprocedures er komt?',
      verdict: 'info',
    },
    {
      q: 'Mag ik de communicatiedienst vragen om een nieuwe intranetpagina voor de leerkrachten van de basisschool?',
      verdict: 'mag',
    },
    {
      q: 'Mijn voorstel voor een intranetbericht over de milieuwerking werd geweigerd. Wie beslist daarover?',
      verdict: 'info',
    },
    { q: 'mogen we ideeën voor intranetnieuws doorgeven aan communicatie?', verdict: 'mag' },
  ],
  84: [
    {
      q: 'Kan ik een stukje voor het personeelsmagazine insturen over onze vrijwilligers in het woonzorgcentrum?',
      verdict: 'mag',
    },
    {
      q: 'Hoe lever ik een item aan voor de interne nieuwsbrief over de noodplanningsoefening?',
      verdict: 'info',
    },
    { q: 'Mag de academie een oproep in de personeelsnieuwsbrief laten zetten?', verdict: 'mag' },
    { q: 'Wie doet de eindredactie van het personeelsblad?', verdict: 'info' },
    {
      q: 'kan de milieudienst iets aanleveren voor het personeelsmagazine over de nieuwe sorteerregels op het werk?',
      verdict: 'mag',
    },
  ],
  85: [
    {
      q: 'Mag de communicatiedienst ChatGPT gebruiken om onze brochure over de thuiszorg te vertalen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kan communicatie met AI een eenvoudige versie maken van onze brief over het leefloon?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag de communicatiedienst zomaar elke AI-tool uitproberen voor de teksten van het sociaal huis?',
      verdict: 'mag-mits',
    },
    {
      q: 'krijgt de communicatiedienst opleiding over AI? Wij zouden daar ook van willen leren.',
      verdict: 'mag',
    },
    { q: 'Experimenteert de communicatiedienst met AI voor beelden van de academie?', verdict: 'mag-mits' },
    { q: "Met welke AI-programma's mag de communicatiedienst werken?", verdict: 'info' },
    {
      q: 'Mag communicatie een AI-chatbot testen om vragen over premies te beantwoorden?',
      verdict: 'mag-mits',
    },
    { q: 'kan de communicatiedienst een vorming volgen over AI en vertaaltools?', verdict: 'mag' },
  ],
  86: [
    {
      q: 'Als de communicatiedienst een afbeelding voor de milieukalender met AI maakt, moet dat erbij vermeld worden?',
      verdict: 'moet',
    },
    {
      q: 'Communicatie gebruikte AI om een ruwe versie van onze folder te maken en herschreef die daarna grondig. Moet er dan vermeld worden dat AI gebruikt is?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet de communicatiedienst zeggen dat de illustratie van het woonzorgcentrum door AI gemaakt is?',
      verdict: 'moet',
    },
    { q: 'Is de comunicatiedienst transparant over teksten die met AI gemaakt zijn?', verdict: 'moet' },
    {
      q: 'De tekst over de schoolinschrijvingen werd door AI verbeterd en daarna door communicatie nagelezen en herwerkt. Is een vermelding nodig?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moet er bij een AI-vertaling van de website naar het Frans vermeld worden dat het AI is?',
      verdict: 'moet',
    },
    { q: 'Wanneer hoeft de communicatiedienst het gebruik van AI niet te vermelden?', verdict: 'info' },
    {
      q: 'moet communicatie melden als een filmpje over de noodplanning een AI-stem gebruikt?',
      verdict: 'moet',
    },
  ],
  87: [
    {
      q: 'Mag ik AI gebruiken om de folder over de thuiszorg te vertalen naar het Arabisch en Oekraïens?',
      verdict: 'mag-mits',
    },
    {
      q: 'Moeten we vermelden dat de brief voor anderstalige ouders met een vertaaltool gemaakt is?',
      verdict: 'moet',
    },
    {
      q: 'Ik heb met ChatGPT de brief over de weigering van de premie in klare taal herschreven. Moet ik dat zeggen?',
      verdict: 'moet',
    },
    {
      q: 'Mag de milieuidenst een affiche maken met een afbeelding uit een AI-generator?',
      verdict: 'mag-mits',
    },
    { q: 'Kan de school AI gebruiken om een nieuwsbrief voor ouders te schrijven?', verdict: 'mag-mits' },
    { q: 'Moet het sociaal huis transparant zijn als een brochure met AI gemaakt is?', verdict: 'moet' },
    {
      q: 'Mag ik AI gebruiken om een eenvoudige uitleg te schrijven voor bewoners met dementie?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een collega van de academie heeft de flyer met AI gemaakt en zegt dat nergens. Moet dat vermeld worden?',
      verdict: 'moet',
    },
    {
      q: 'Mogen we een AI-tool gebruiken om de beslissing over een vergunning samen te vatten voor de aanvrager?',
      verdict: 'mag-mits',
    },
    {
      q: 'dringend: mag ik de noodboodschap met google translate vertalen voor de anderstalige bewoners?',
      verdict: 'mag-mits',
    },
  ],
};
