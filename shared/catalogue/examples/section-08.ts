// Example questions for section 5.8.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  43: [
    { q: 'wie stelt de planning op van wat we wanneer naar de pers brengen?', verdict: 'info' },
    { q: 'Wie beslist welke persberichten er deze maand uitgaan?', verdict: 'info' },
    { q: 'hoe vaak wordt de persplanning met het college besproken', verdict: 'info' },
    {
      q: 'is er een planning van wanneer welk persbericht verstuurd wordt en wie houdt die bij',
      verdict: 'info',
    },
    { q: 'Beslist het schepencollege mee over de timing van onze persmomenten?', verdict: 'info' },
    { q: 'waar kan ik zien welke persmomenten er gepland zijn', verdict: 'info' },
    { q: 'wie is verantwoordelijk voor de persplaning', verdict: 'info' },
    {
      q: 'Onze opening van de nieuwe speeltuin valt in oktober. Hoe komt die in de planning van de perscontacten?',
      verdict: 'info',
    },
    { q: 'krijgt het college een overzicht van de geplande persberichten?', verdict: 'info' },
    { q: 'wie houd de kalender bij van wat we naar de gazet sturen', verdict: 'info' },
    {
      q: 'hoe gaat het in zijn werk met de persplanning tussen communicatie en het college',
      verdict: 'info',
    },
  ],
  44: [
    { q: 'Wie schrijft het persbericht over onze nieuwe zomerwerking?', verdict: 'info' },
    { q: 'moet ik zelf een persbericht schrijven over de opening van de nieuwe bib?', verdict: 'moet' },
    { q: 'wie beslist of ons nieuws goed genoeg is voor de kant', verdict: 'info' },
    {
      q: 'De jeugddienst heeft een mooi verhaal over het speelpleinwerk. Wat moeten wij aanleveren voor een persbericht?',
      verdict: 'moet',
    },
    { q: 'persbricht opmaken, wie doet dat', verdict: 'info' },
    {
      q: 'Mijn diensthoofd vindt dat onze nieuwe openingsuren in Het Belang van Limburg moeten. Wie bepaalt of dat nieuwswaardig is?',
      verdict: 'info',
    },
    {
      q: 'moeten wij de info voor het persbericht over de wegenwerken aanleven bij communicatie',
      verdict: 'moet',
    },
    { q: 'wie is inhoudelijk verantwoordelijk voor een persbericht over de sporthal', verdict: 'info' },
    {
      q: 'kan de sportdienst zijn eigen persbericht opstellen en dat aan communicatie geven',
      verdict: 'moet',
    },
    {
      q: 'we organiseren een seniorenfeest, kan daar een artikel over in de gazet? wie beslist dat',
      verdict: 'info',
    },
    { q: 'Wat moet onze dienst doen als we iets in de krant willen krijgen?', verdict: 'moet' },
    {
      q: 'de communicatiedienst vindt ons nieuws niet nieuwswaardig genoeg, wie heeft het laatste woord',
      verdict: 'info',
    },
    { q: 'moet communicatie de persberichten opmaken of mag de dienst dat', verdict: 'moet' },
    {
      q: 'ik heb een tekst geschreven voor de krant over de bloemenwedstrijd, schrijft communicatie die om tot een persbericht?',
      verdict: 'moet',
    },
    { q: 'Wie beslist of er over de nieuwe containerparkregels een persbericht komt?', verdict: 'info' },
  ],
  45: [
    {
      q: 'ik heb een persbericht klaar over ons kamp, mag ik dat zelf naar de regionale krant mailen?',
      verdict: 'mag-niet',
    },
    {
      q: "Kan de bib zelf een persuitnodiging naar 't Nieuwsblad mailen voor de voorleesweek?",
      verdict: 'mag-niet',
    },
    {
      q: 'mag ik de presentatie van het mobiliteitsplan doorsturen naar een journalist die erom vraagt',
      verdict: 'mag-niet',
    },
    { q: 'persbericht versturen door sportdienst ok?', verdict: 'mag-niet' },
    {
      q: 'de schepen wil ons persbericht zelf naar zijn contacten bij de VRT sturen, is dat ok?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet de uitnodiging voor het persmoment bij de opening van het nieuwe zwembad via de communicatiedienst vertrekken?',
      verdict: 'moet',
    },
    {
      q: 'kan de technische dienst de planning van de wegenwerken rechtstreeks naar tv limburg mailen',
      verdict: 'mag-niet',
    },
    {
      q: 'ik ken een jounalist van Het Laatste Nieuws goed, mag ik hem ons nieuws rechtstreeks sturen?',
      verdict: 'mag-niet',
    },
    { q: 'moet het persbericht altijd via de communicatiedienst verstuurd worden', verdict: 'moet' },
    {
      q: 'Onze dienst heeft een persbericht klaar. Mogen we het zelf naar de lokale pers sturen om tijd te winnen?',
      verdict: 'mag-niet',
    },
    { q: 'mag de burgmeester zelf een persbericht van de gemeente versturen', verdict: 'mag-niet' },
    {
      q: 'mag ik de collegenota over de nieuwe begraafplaats doorsturen naar een journaliste die ik ken',
      verdict: 'mag-niet',
    },
    {
      q: 'allee mogen we als jeugddienst nu echt nooit zelf iets naar de gazet sturen?',
      verdict: 'mag-niet',
    },
    { q: 'wie stuurt de persuitnodiging voor een persmoment van de schepen', verdict: 'info' },
    {
      q: 'Mag het cultuurcentrum zelf een persbericht over zijn nieuwe seizoen versturen?',
      verdict: 'mag-mits',
      variant: 1,
    },
    {
      q: 'het cc heeft eigen perscontacten voor zijn programmatie, mag het die zelf onderhouden',
      verdict: 'mag-mits',
      variant: 1,
    },
    {
      q: 'Mag de bib zelf persberichten sturen als daar niets over afgesproken is?',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'kan een medewerker van de sportdienst zelf een persbericht sturen zonder afgesproken uitzondering',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'Welke diensten mogen zelf met de pers contact hebben over hun programma?',
      verdict: 'info',
      variant: 1,
    },
  ],
  46: [
    { q: 'Moet de schepen van sport ons persbericht over de sportraad goedkeuren?', verdict: 'mag-niet' },
    { q: 'moet de algemeen directeur elk persbericht goedkeuen', verdict: 'moet' },
    {
      q: 'Wij zijn de betrokken dienst. Moeten wij het persbericht nog nalezen en goedkeuren?',
      verdict: 'moet',
    },
    { q: 'goedkeuring persbericht, door wie?', verdict: 'info' },
    {
      q: 'kan de schepen het persbericht over zijn project tegenhouden als hij het niet goed vindt',
      verdict: 'mag-niet',
    },
    { q: 'moet de burgemeester alle persberichten zien voor ze naar de pers gaan', verdict: 'moet' },
    {
      q: 'de schepen van cultuur wil ons persbericht nog eens herlezen en goedkeuren, moet dat?',
      verdict: 'mag-niet',
    },
    { q: 'Naar wie sturen we het ontwerp van een persbericht ter goedkeuring?', verdict: 'info' },
    { q: 'moet mijn diensthoofd akkord geven op het persbericht over onze dienst', verdict: 'moet' },
    {
      q: 'is het ok als de burgemeester alleen goedkeurt en de algemeen directeur het niet ziet?',
      verdict: 'moet',
    },
    { q: 'legt communicatie het persbericht ook voor aan de bevoegde schepen?', verdict: 'mag-niet' },
    {
      q: 'Het persbericht over de nieuwe dienstverlening van het sociaal huis: moet de schepen van welzijn dat goedkeuren of enkel de burgemeester?',
      verdict: 'mag-niet',
    },
    { q: 'moet de directeur ook akkoord geven op een persbericht van de bib', verdict: 'moet' },
    {
      q: 'ik heb het persbericht als betrokken dienst nagelezen, moet het daarna nog naar de burgemeester en de algemeen directeur?',
      verdict: 'moet',
    },
    { q: 'Moet een schepen het persbericht nalezen voor het verstuurd wordt?', verdict: 'moet', variant: 1 },
    {
      q: 'wie geeft de finale goedkeuring van een persbericht, de burgemeester of de kabinetschef?',
      verdict: 'info',
      variant: 1,
    },
    {
      q: 'mag een kabinetsmedewerker het persbericht nalezen in plaats van de schepen',
      verdict: 'mag',
      variant: 1,
    },
    {
      q: 'Het persbericht over de nieuwe fietsstraat is klaar. Moet de burgemeester er nog finaal naar kijken?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'moet ik de schepen om een citaatje vragen voor het persbericht over de seniorenwerking',
      verdict: 'moet',
      variant: 2,
    },
    {
      q: 'Moet het persbericht over de nieuwe jeugdruimte een citaat van de bevoegde schepen bevatten?',
      verdict: 'moet',
      variant: 2,
    },
    { q: 'persbericht zonder quote van een mandataris, kan dat', verdict: 'moet', variant: 2 },
    { q: 'wie zijn quote komt er in een persbericht over de bibliotheek', verdict: 'info', variant: 2 },
  ],
  47: [
    { q: 'Krijgen de gemeenteraadsleden een kopie van de persberichten?', verdict: 'moet' },
    { q: 'wie zet je in kopie bij het versturen van een persbericht', verdict: 'info' },
    { q: 'moeten de schepenen in cc staan als communicatie een persbericht uitstuur', verdict: 'moet' },
    {
      q: 'Een oppositieraadslid vraagt waarom hij onze persberichten in zijn mailbox krijgt. Hoe zit dat?',
      verdict: 'info',
    },
    { q: 'persbericht ook naar de raadsleden sturen?', verdict: 'moet' },
    { q: 'moet het bijzonder comite ook op de hoogte zijn van de persberichten', verdict: 'moet' },
    { q: 'Waarom staan de leden van het college in kopie van elk persbericht?', verdict: 'info' },
    { q: 'moet de oppositie ook een kopie krijgen van het persbericht over de begroting', verdict: 'moet' },
    { q: 'hoe weten de gemeenteraadsleden wat er naar de pers gestuurd is', verdict: 'info' },
    { q: 'CBS en GR in kopie van persberichten, klopt dat?', verdict: 'moet' },
    {
      q: 'Moeten we alle leden van de gemeenteraad in bcc zetten bij een persbericht of is dat niet nodig?',
      verdict: 'moet',
    },
    {
      q: 'De gemeenteraadsleden lezen ons nieuws liever niet eerst in de krant. Krijgen zij het persbericht mee?',
      verdict: 'moet',
    },
    {
      q: 'moeten de leden van het schepencollege ons persbericht over de kermis ook ontvangen',
      verdict: 'moet',
    },
    { q: 'wie van de politiek krijgt de persberichten van de gemeente te zien', verdict: 'info' },
  ],
  48: [
    { q: 'Wie zetten we als contactpersoon onderaan het persbericht?', verdict: 'info' },
    {
      q: 'mag ik mijn eigen naam als contactpersoon op het persbericht over onze dienst zetten',
      verdict: 'moet',
    },
    {
      q: 'Een journalist wil de schepen interviewen naar aanleiding van ons persbericht. Moeten zijn gegevens daarvoor op het bericht staan?',
      verdict: 'moet',
    },
    { q: 'contact voor de pers bij praktische vragen, wie?', verdict: 'info' },
    {
      q: 'kan de communicatiedients mij vragen om een antwoord voor een journalist op te stellen',
      verdict: 'mag',
    },
    {
      q: 'Moet de schepen als contactpersoon op het persbericht staan voor interviewaanvragen?',
      verdict: 'moet',
    },
    {
      q: 'Communicatie vraagt mij om cijfers op te zoeken voor een journalist van Radio 2. Is dat de bedoeling?',
      verdict: 'mag',
    },
    {
      q: 'moet het telefoonnummer en e-mailadres van de bevoegde mandataris op het persbericht',
      verdict: 'moet',
    },
    {
      q: 'Wie beantwoordt de vragen van journalisten die geen interview of quote willen maar gewoon een praktische vraag hebben?',
      verdict: 'info',
    },
    {
      q: 'is het normaal dat de communicatiedienst de ambtenaar van het dossier inschakelt om een journalist te antwoorden',
      verdict: 'mag',
    },
    { q: 'waarom staat de schepen als contact op het persbericht en niet ons diensthoofd', verdict: 'info' },
    { q: 'welk contact vermelden we voor beleidsvragen in een persbericht', verdict: 'info' },
    { q: 'contactgegevens op persbericht, welke?', verdict: 'info' },
    {
      q: 'moet er voor vragen over de inschrijvingen ook een contact van de communicatiedienst op het persbericht',
      verdict: 'moet',
    },
  ],
  49: [
    {
      q: 'mogen we een persconferencie organiseren voor de opening van de nieuwe speeltuin?',
      verdict: 'mag-mits',
    },
    { q: 'Wanneer is een persconferentie nuttig?', verdict: 'mag-mits' },
    {
      q: 'de schepen wil een persconferentie over de nieuwe parkeerregeling, is dat zinvol',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze dienst stelt het nieuwe masterplan voor de dorpskern voor en er zullen veel vragen komen. Is dat iets voor een persconferentie?',
      verdict: 'mag-mits',
    },
    { q: 'persconferentie voor kleine aankondiging ok?', verdict: 'mag-mits' },
    { q: 'wie kan mij helpen inschatten of een persconferentie de moeite is', verdict: 'info' },
    {
      q: 'we hebben een nieuwe elektrische vuilniswagen, mogen we de pers uitnodigen om die te komen bekijken?',
      verdict: 'mag-mits',
    },
    { q: 'kunnen we een persmoment doen voor de nieuwe openingsuren van het loket', verdict: 'mag-mits' },
    { q: 'Hoe vaak houden we persconferenties in de gemeente?', verdict: 'info' },
    {
      q: 'de burgemeester wil elke maand een persconferentie, wat vindt de communicatiedienst daarvan',
      verdict: 'mag-mits',
    },
    {
      q: 'helpt communicatie mee inschatten of we beter een persconferentie of gewoon een persbericht doen',
      verdict: 'info',
    },
    {
      q: 'is een persconfrentie nodig voor het nieuwe subsidiereglement dat veel uitleg vraagt?',
      verdict: 'mag-mits',
    },
    {
      q: 'de sportdienst wil een persconferentie over de renovatie van de sporthal, kan dat',
      verdict: 'mag-mits',
    },
  ],
  50: [
    { q: 'Een journalist van Het Nieuwsblad belt mij voor een reactie. Wat moet ik doen?', verdict: 'moet' },
    {
      q: 'mag ik zelf antwoorden als de krant me beld over de wachtlijst in de kinderopvang',
      verdict: 'mag-niet',
    },
    {
      q: 'de pers belde naar onze dienst voor een reactie over de klachten over de markt, naar wie verwijs ik door?',
      verdict: 'moet',
    },
    { q: 'journalist belde, wat nu?', verdict: 'moet' },
    {
      q: 'Kan de technische dienst zelf reageren als ROB-tv vraagt waarom de straat al drie maanden openligt?',
      verdict: 'mag-niet',
    },
    {
      q: 'wie neemt contact op met de schepen als een journalist een vraag stelt aan onze dienst',
      verdict: 'info',
    },
    {
      q: 'ik kreeg een mailtje van een journalist met vragen over het nieuwe zwembad, moet ik dat aan communicatie geven',
      verdict: 'moet',
    },
    {
      q: 'mag ons diensthoofd een reactie geven aan de gazet over de sluiting van de bib op zaterdag',
      verdict: 'mag-niet',
    },
    {
      q: 'Wat doet de communicatiedienst met een persvraag die via onze dienst binnenkwam?',
      verdict: 'info',
    },
    {
      q: 'een journaliste stuurde me een bericht op linkedn voor een reactie over het verkeersplan, mag ik antwoorden',
      verdict: 'mag-niet',
    },
    {
      q: 'moet ik een journalist die aan het loket staat doorsturen naar de communicatiedienst',
      verdict: 'moet',
    },
    {
      q: 'Radio 2 vraagt een reactie van de jeugddienst op de vandalisme aan de jeugdlokalen. Mogen we iets zeggen?',
      verdict: 'mag-niet',
    },
    { q: 'hoe gaat het als de pers rechtstreeks een dienst contacteert', verdict: 'info' },
    {
      q: 'de krant wil weten wat wij vinden van de kritiek van de buurtbewoners, wie antwoord daar op?',
      verdict: 'info',
    },
    {
      q: 'ne journalist belt mij op mijn gsm voor ne reactie over het sociaal huis, wat doe ik?',
      verdict: 'moet',
    },
    {
      q: 'neemt communicatie contact op met de burgemeester als de pers bij ons een vraag stelt',
      verdict: 'moet',
    },
  ],
  51: [
    {
      q: 'De schepen werd gebeld door de krant voor een reactie. Moet hij iemand verwittigen?',
      verdict: 'moet',
    },
    { q: 'mag een schepen zelf reageren als een journalsit hem opbelt', verdict: 'mag-mits' },
    { q: 'wie moet een schepen inlichten nadat hij de pers te woord stond', verdict: 'info' },
    { q: 'schepen gebeld door journalist, wat nu', verdict: 'moet' },
    {
      q: 'Onze schepen heeft gisteren een reactie gegeven aan VRT over de wateroverlast. Moet hij dat laten weten aan ons diensthoofd en communicatie?',
      verdict: 'moet',
    },
    {
      q: 'hoe vermijden we dat de schepen iets anders zegt in de pers dan de communicatiedienst',
      verdict: 'info',
    },
    {
      q: 'kan de schepen van cultuur een reactie geven aan Het Belang van Limburg over de programmatie van het cultuurcentrum',
      verdict: 'mag-mits',
    },
    {
      q: 'moet de burgemeester weten dat een schepen een journalist te woord heeft gestaan',
      verdict: 'moet',
    },
    {
      q: 'Een journalist belt de schepen van mobiliteit over het nieuwe circulatieplan. Wat moet er daarna gebeuren?',
      verdict: 'moet',
    },
    {
      q: 'mag de schepen direct antwoorden aan TV Limburg of moet dat via communicatie?',
      verdict: 'mag-mits',
    },
    {
      q: "mag een schepen antwoorden op vragen van 't Nieuwsblad zonder dat de burgemeester het weet",
      verdict: 'mag-mits',
    },
    { q: 'waarom moet een schepen terugkoppelen na een telefoontje van de pers', verdict: 'info' },
    {
      q: 'mijn schepen heeft de pers aan de lijn gehad over onze dienst, moet ik als diensthoofd daar iets over horen?',
      verdict: 'moet',
    },
    { q: 'moet de schepen na zijn intervieuw met de krant communicatie inlichten', verdict: 'moet' },
  ],
  52: [
    {
      q: 'mag de bib zelf aan de krant vertellen wat mensen allemaal in boeken achter laten',
      verdict: 'mag-mits',
    },
    { q: 'zuiver informatieve vraag van de pers, mag ik die zelf beantwoorden', verdict: 'mag-mits' },
    {
      q: 'De krant wil weten hoeveel inschrijvingen de speelpleinwerking had. Moet dat via communicatie?',
      verdict: 'mag-mits',
    },
    {
      q: 'kan het cultuurcentrum zelf de bezoekersaantalen van het festival doorgeven aan een journalist',
      verdict: 'mag-mits',
    },
    {
      q: 'wie moet ik verwittigen voor ik een journalist cijfers geef over het aantal uitleningen',
      verdict: 'info',
    },
    {
      q: 'Een journalist van Radio 2 vraagt hoe laat de markt begint. Mag ik dat gewoon zeggen?',
      verdict: 'mag-mits',
    },
    { q: 'feitelijke vraag journalist zelf beantwoorden?', verdict: 'mag-mits' },
    {
      q: 'mag de sportdienst aan TV Limburg zeggen hoeveel deelnemers de sportkampen hadden, of moet ik eerst iemand laten weten',
      verdict: 'mag-mits',
    },
    {
      q: 'ik wil een journalist antwoorden hoeveel bomen we geplant hebben, moet ik de schepen en mijn diensthoofd eerst inlichten?',
      verdict: 'mag-mits',
    },
    { q: 'Welke vragen van de pers mag een dienst zelf beantwoorden?', verdict: 'info' },
    {
      q: 'mag de jeugddienst de data van het speelplein aan de gazet doorgeven zonder communicatie',
      verdict: 'mag-mits',
    },
    { q: 'hoe zit het met korte vragen van journalisten over openingsuren en cijfers', verdict: 'mag-mits' },
    {
      q: 'een journalist vraagt hoeveel mensen er gisteren in het recyclagepark waren, ik ken het cijfer. kan ik da direct geven?',
      verdict: 'mag-mits',
    },
    { q: 'wie beantwoordt louter informatieve persvragen?', verdict: 'info' },
  ],
  53: [
    { q: 'Een filmploeg wil opnames maken in de bibliotheek. Wat moet ik doen?', verdict: 'moet' },
    { q: 'mag een tv-zender zomaar komen filmen in het gemeentehuid', verdict: 'moet' },
    {
      q: 'VTM vraagt of ze in ons zwembad mogen filmen voor een reportage. Wie beslist daarover?',
      verdict: 'info',
    },
    {
      q: 'een student wil voor zijn eindwerk filmen in het woonzorgcentrum, naar wie stuur ik die vraag',
      verdict: 'moet',
    },
    { q: 'drone-opnames van een externe firma boven het park, bij wie aanvragen?', verdict: 'moet' },
    { q: 'moet ik een vraag om beeldopnames in de sporthal doorgeve aan communicatie', verdict: 'moet' },
    {
      q: 'Een productiehuis wil een scene opnemen in ons cultuurcentrum. Mag ik dat zelf toestaan?',
      verdict: 'moet',
    },
    { q: 'filmploeg wil komen filmen, wat nu', verdict: 'moet' },
    { q: 'wie koppelt terug met het college als iemand wil komen filmen op het kerkhof', verdict: 'info' },
    { q: 'een youtuber vraagt of hij een filmpje mag maken in de jeugdruimte, wat zeg ik', verdict: 'moet' },
    {
      q: 'ROB-tv wil beelden maken van de werken aan het dorpsplein, moet dat via de communicatiedienst?',
      verdict: 'moet',
    },
    { q: 'Beslist het college over aanvragen om te filmen in gemeentelijke gebouwen?', verdict: 'info' },
    {
      q: "hoe gaat het als een externe fotograaf foto's wil nemen in het gemeentehuis voor een reportage",
      verdict: 'info',
    },
    {
      q: 'mag ik als technische dienst een filmploeg binnenlaten in de loods als ze het vriendelijk vragen',
      verdict: 'moet',
    },
  ],
  54: [
    { q: 'mag ik een interview geven aan de krant over mijn werk als jeugdconsulent', verdict: 'mag-mits' },
    {
      q: 'Radio 2 wil mij interviewen over het repair cafe. Moet ik daarvoor toestemming vragen?',
      verdict: 'mag-mits',
    },
    { q: 'kan ik zomaar een interview geven aan tv limburg over de sporthal', verdict: 'mag-niet' },
    { q: 'heb ik toestemming nodig om een interview te geven?', verdict: 'mag-mits' },
    { q: 'interview geven als medewerker?', verdict: 'mag-mits' },
    {
      q: 'een journalist staat aan de bib en wil me direct een paar vragen stellen voor de camera, mag ik dat doen zonder iemand te vragen',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze bibliothecaris is gevraagd voor een podcast van VRT over leesbevordering. Wat moet ze doen?',
      verdict: 'mag-mits',
    },
    {
      q: 'mag mijn collega van de groendienst in een reportage over de bijenhotels vertellen',
      verdict: 'mag-mits',
    },
    {
      q: 'is toestemming van mijn diensthoofd genoeg om een interview te geven of moet de schepen en communicatie ook akkoord zijn',
      verdict: 'mag-mits',
    },
    {
      q: 'ge wordt op straat aangesproken door een journalist van ROB-tv over de wegenwerken, moogt ge dan iets zeggen?',
      verdict: 'mag-niet',
    },
    { q: 'mogen medewerkers interviews geven aan het nieuwsblad zonder toesteming', verdict: 'mag-niet' },
    { q: 'Een journalist wil een portret maken van onze straathoekwerker. Kan dat?', verdict: 'mag-mits' },
    {
      q: 'ik ben gevraagd voor een interwiev in de krant over onze nieuwe dienstverlening, mag dat',
      verdict: 'mag-mits',
    },
    { q: 'wie geeft de toestemming als een medewerker een interview wil geven', verdict: 'info' },
    {
      q: 'mag ik een interview met de gazet geven als de communicatiedienst akkoord is maar de schepen nog niet geantwoord heeft',
      verdict: 'mag-niet',
    },
  ],
  55: [
    { q: 'Mag ik zelf een advertentie in de krant zetten voor onze jobbeurs?', verdict: 'mag-niet' },
    { q: 'wie regelt de advertenies van de gemeente', verdict: 'info' },
    {
      q: 'de lokale radio biedt ons gratis zendtijd aan voor de sportdag, mogen we dat zelf afspreken',
      verdict: 'mag-niet',
    },
    {
      q: 'Het cultuurcentrum wil een mediadeal met een regionale krant voor zijn seizoen. Moet dat via communicatie?',
      verdict: 'moet',
    },
    { q: 'advertentie facebook betalen door jeugddienst ok?', verdict: 'mag-niet' },
    {
      q: 'moet een gratis advertentie in het huis aan huis blad ook via de communicatiedienst',
      verdict: 'moet',
    },
    {
      q: 'kan onze dienst zelf een betalende advertentie plaatsen in de regionale krant voor de vacature',
      verdict: 'mag-niet',
    },
    {
      q: 'Een verkoper van een lokaal magazine belt mij om een advertentie te verkopen. Wat doe ik?',
      verdict: 'moet',
    },
    { q: 'wie sluit mediadeals af voor de gemeente', verdict: 'info' },
    {
      q: 'mogen wij als sportdienst een gesponsorde post op insta kopen voor de zomerkampen',
      verdict: 'mag-niet',
    },
    {
      q: 'TV Limburg stelt een samenwerking voor rond ons evenement, mag ik daar zelf op ingaan',
      verdict: 'mag-niet',
    },
    {
      q: 'kunnen we zelf een radiospotje laten maken en uitzenden voor de bloedinzameling',
      verdict: 'mag-niet',
    },
    {
      q: 'een advertentie in het programmaboekje van de fanfare, mag ik da zelf regelen',
      verdict: 'mag-niet',
    },
    {
      q: 'moeten alle contacten voor betalende advertenties via de communicatiedienst lopen',
      verdict: 'moet',
    },
  ],
};
