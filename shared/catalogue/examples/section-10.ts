// Example questions for section 5.10.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  62: [
    { q: 'wie beslist er nu eigenlijk welke artikels in ons infoblad verschijnen', verdict: 'info' },
    { q: 'wie maakt de planning van het gemeenteblad', verdict: 'info' },
    {
      q: 'Ik wil een artikel over onze nieuwe zwemlessen in het volgende infoblad. Wie bepaalt of dat erin komt?',
      verdict: 'info',
    },
    { q: 'Wat doet de redactieraad eigenlijk?', verdict: 'info' },
    { q: 'wie zit er in de redactieraad en waarover beslissen die', verdict: 'info' },
    {
      q: 'Is de redactieraad alleen voor het infoblad of ook voor de website, de nieuwsbrief en Facebook?',
      verdict: 'info',
    },
    { q: 'wie kiest de onderwerpen voor ons gemeentelijk magazine', verdict: 'info' },
    {
      q: 'Hoe wordt er afgestemd wat in het infoblad komt en wat op de website of sociale media?',
      verdict: 'info',
    },
    { q: 'redactiebeleid infoblad wie?', verdict: 'info' },
    {
      q: 'Mijn schepen wil dat ons project op de cover van het infoblad komt. Wie beslist daarover?',
      verdict: 'info',
    },
    { q: 'Wie bepaalt in welk nummer van het infobald ons artikel verschijnt?', verdict: 'info' },
    {
      q: 'Onze dienst organiseert in het najaar een grote inspraakavond. Bij wie moeten we zijn om dat in de planning van de gemeentelijke kanalen te krijgen?',
      verdict: 'info',
    },
    {
      q: 'Wie houdt het overzicht over wat er wanneer in het infoblad, de nieuwsbrief en op de website komt?',
      verdict: 'info',
    },
    { q: 'beslist de redactieraad ook over de website of alleen over het boekje', verdict: 'info' },
    {
      q: 'Ik wil voorstellen om in elk infoblad een rubriek over de bib te hebben. Wie beslist daarover?',
      verdict: 'info',
    },
  ],
  63: [
    { q: 'Hebben we een redactiestatuut voor het infoblad?', verdict: 'moet' },
    { q: 'Wie schrijft het redactiestatuut?', verdict: 'info' },
    { q: 'wat staat er in het redactiestatuut van het gemeentemagazine', verdict: 'info' },
    {
      q: 'Moet de communicatiedienst vastleggen wat de doelstelingen van het infoblad zijn?',
      verdict: 'moet',
    },
    {
      q: 'Waar vind ik de afspraken over wat de redactieraad van het infoblad mag verwachten?',
      verdict: 'info',
    },
    { q: 'redactiestatuut infoblad, wie maakt da op?', verdict: 'info' },
    {
      q: 'Is er ergens op papier gezet wat er wel en niet in ons infoblad thuishoort?',
      verdict: 'moet',
    },
    {
      q: 'Ik zit sinds kort in de redactieraad. Is er een document met de afspraken over onze rol?',
      verdict: 'moet',
    },
    { q: 'Wie legt de doelstellingen van het infomagazine vast?', verdict: 'info' },
    {
      q: 'Moet er een redactiestatuut zijn voor het infoblad of is dat optioneel?',
      verdict: 'moet',
    },
    { q: 'is er een document met de doelstellingen van het gemeentelijk infoblad', verdict: 'moet' },
    { q: 'Wat is een redactiestatuut en wie maakt het op voor het infoblad?', verdict: 'info' },
  ],
  64: [
    {
      q: 'Mag ik in het infoblad een technische tekst zetten met alle vakjargon over de rioleringswerken?',
      verdict: 'moet',
    },
    { q: 'hoe moeilijk mag de taal in het gemeenteblaad zijn', verdict: 'info' },
    {
      q: 'Het infoblad staat vol met nieuws van het bestuur. Moet er niet ook plaats zijn voor wat inwoners zelf willen weten?',
      verdict: 'moet',
    },
    {
      q: 'Moet het infoblad rekening houden met verschillende doelgroepen, zoals senioren en jonge gezinnen?',
      verdict: 'moet',
    },
    { q: 'Is het infoblad vooral een blad voor het beleid of voor de burgers?', verdict: 'info' },
    { q: 'toegankelijk taalniveau infoblad verplicht?', verdict: 'moet' },
    {
      q: "Onze dienst wil een artikel van twee pagina's met veel cijfers en afkortingen. Is dat ok voor het infoblad?",
      verdict: 'moet',
    },
    {
      q: 'Wat voor evenwicht zoekt het infoblad tussen info van de diensten en wat de bevolking nodig heeft?',
      verdict: 'info',
    },
    {
      q: 'moeten wij bij het schrijven voor het infoblad rekening houden met mensen die minder goed lezen',
      verdict: 'moet',
    },
    {
      q: 'Mag ik in mijn artikel voor het infoblad gewoon het ambtelijke Nederlands van het reglement overnemen?',
      verdict: 'moet',
    },
    { q: 'Richt het infoblad zich tot alle inwoners of enkel tot bepaalde doelgroepen?', verdict: 'info' },
    { q: 'schrijf ik voor het infoblad in klaar taal of mag het wat formeler', verdict: 'moet' },
  ],
  65: [
    { q: 'Tegen wanneer moet ik mijn tekst voor het infoblad binnen hebben?', verdict: 'info' },
    {
      q: 'Mijn tekst voor het infoblad is ne week te laat. Komt hij er nog in?',
      verdict: 'moet',
    },
    { q: 'deadline infoblad gemist, wat nu', verdict: 'moet' },
    {
      q: 'Moet ik de foto bij mijn artikel voor het gemeenteblad ook voor de deadline doorsturen?',
      verdict: 'moet',
    },
    {
      q: 'Ons artikel over de speelpleinwerking stond niet in het infoblad. Kan dat komen doordat we te laat waren?',
      verdict: 'moet',
    },
    { q: "zijn er deadlines voor teksten en foto's in het infoblad?", verdict: 'moet' },
    {
      q: 'Mag ik de tekst voor het infomagazine nog na de deadline sturen als het dringend is?',
      verdict: 'moet',
    },
    {
      q: 'De sportdienst levert de beelden voor het infoblad altijd te laat aan. Wat zijn de gevolgen?',
      verdict: 'info',
    },
    { q: 'wanneer moeten de teksten voor het volgende infobald binnen zijn', verdict: 'info' },
    {
      q: 'Is het erg als ik mijn tekst voor het gemeentelijk magazine een paar dagen later aanlever?',
      verdict: 'moet',
    },
    { q: 'Hoe zit het met de deadlines voor het gemeentelijk infoblad?', verdict: 'info' },
    {
      q: 'mijn diensthoofd moet mijn tekst nog goedkeuren en de deadline is morgen, moet het echt tegen dan binnen zijn',
      verdict: 'moet',
    },
    {
      q: "Wij organiseren in september een sportweek. Moeten de tekst en de foto's daarvan op tijd aangeleverd worden om in het infoblad te komen?",
      verdict: 'moet',
    },
    { q: 'te laat met aanlevern voor het infoblad, verschijnt het dan later?', verdict: 'moet' },
  ],
  66: [
    {
      q: 'Waarom is mijn tekst voor het infoblad zo herschreven door de communicatiedienst?',
      verdict: 'info',
    },
    { q: 'Wie doet de eindredactie van het infoblad?', verdict: 'info' },
    { q: 'mag communicatie zomaar aan mijn artikel in het gemeenteblad prutsen', verdict: 'moet' },
    {
      q: 'Leest de communicatiedienst alle artikles voor het infoblad nog na voor ze verschijnen?',
      verdict: 'moet',
    },
    {
      q: 'Kiest communicatie ook de foto bij mijn artikel in het infoblad als die van mij niet goed genoeg is?',
      verdict: 'moet',
    },
    { q: 'wie verbetert de taalfouten in het infoblad', verdict: 'info' },
    {
      q: 'Mijn diensthoofd vraagt waarom onze titel in het infomagazine is aangepast. Mag de communicatiedienst dat?',
      verdict: 'moet',
    },
    {
      q: 'Moet ik zelf zorgen voor klare taal in mijn infobladtekst of doet communicatie dat?',
      verdict: 'info',
    },
    { q: 'eindredactie infoblad bij wie', verdict: 'info' },
    {
      q: 'Ik heb een lange tekst over de nieuwe afvalregels geschreven. Zal communicatie die inkorten en herstructureren voor het infoblad?',
      verdict: 'moet',
    },
    {
      q: 'is het normaal dat mijn artikel voor het infoblad helemaal anders terugkomt',
      verdict: 'moet',
    },
    { q: "Wie let erop dat de foto's in het gemeentelijk infoblad goed zijn?", verdict: 'info' },
    { q: 'Wie kijkt mijn tekst voor het infoblad nog na op klare taal en structuur?', verdict: 'info' },
    { q: 'Mag de communicatiedienst mijn artikel voor het infomagazine inkorten?', verdict: 'moet' },
    {
      q: 'Communicatie heeft mijn foto voor het infoblad vervangen door een andere. Kan dat zomaar?',
      verdict: 'moet',
    },
  ],
  67: [
    {
      q: 'Kan het eetfestijn van de voetbalclub in de activiteitenkalender van het infoblad?',
      verdict: 'mag-mits',
    },
    { q: 'Hoe krijg ik mijn activiteit in de kalender van het infoblad?', verdict: 'info' },
    {
      q: 'Moet onze voorstelling in de UiTdatabank staan om in het infoblad te verschijnen?',
      verdict: 'mag-mits',
    },
    { q: 'activiteit infoblad kalender zonder uitdatabank?', verdict: 'mag-mits' },
    {
      q: 'Een vereninging vraagt of hun quiz in de agenda van het gemeenteblad kan. Wat moet ik zeggen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik de data van onze bibactiviteiten gewoon mailen naar communicatie voor de kalender in het infoblad?',
      verdict: 'mag-mits',
    },
    { q: 'waar haalt het infoblad de activiteiten voor de uitagenda vandaan', verdict: 'info' },
    {
      q: 'Onze dienst organiseert een infoavond over de nieuwe fietsstraat. Komt die in de activiteitenkalender van het infoblad?',
      verdict: 'mag-mits',
    },
    {
      q: 'Waarom staat het kerstconcert van de fanfare niet in de kalnder van het infoblad?',
      verdict: 'info',
    },
    { q: 'kan ons sportkamp in de agenda van het infobald', verdict: 'mag-mits' },
    {
      q: 'De jeugdraad wil hun fuif in de kalender van het infomagazine. Is UiT invoeren verplicht?',
      verdict: 'mag-mits',
    },
    {
      q: 'Wat moet ik doen om de opendeurdag van het sociaal huis in de kalender van het gemeentelijk infoblad te krijgen?',
      verdict: 'mag-mits',
    },
    {
      q: 'mag een activiteit die niet in uit in vlaanderen staat toch in de kalender van ons infoblad',
      verdict: 'mag-mits',
    },
    {
      q: 'De schepen van cultuur wil dat het dorpsfeest in de infobladkalender staat, maar het zit niet in de UiTdatabank. Kan dat toch?',
      verdict: 'mag-mits',
    },
  ],
};
