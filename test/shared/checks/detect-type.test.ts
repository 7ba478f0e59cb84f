// Website news against infoblad articles (issue 6 follow-up): labelled cases written for the
// purpose, in several writers' styles, on general signals (links and buttons against page furniture).
import { detectType, documentFromMarkdown, documentFromText } from '../../../shared/checks';

const CASES: [text: string, type: 'website' | 'infoblad'][] = [
  [
    'Nieuwe openingsuren recyclagepark vanaf 1 maart\n\nVanaf 1 maart is het recyclagepark ook op maandagvoormiddag open. Zo kun je je grofvuil makkelijker kwijt.\n\nMeer info: www.zilverbeek.be/recyclagepark',
    'website',
  ],
  [
    'Kerkstraat drie weken afgesloten\n\nVan 4 tot 22 maart vernieuwt de gemeente de riolering in de Kerkstraat. De straat is dan afgesloten voor alle verkeer. Een omleiding is voorzien via de Molenweg.\n\nBekijk de omleiding op de kaart.\n\nLees meer over de werken',
    'website',
  ],
  [
    'Schrijf je nu in voor de sportkampen\n\nDeze zomer organiseert de sportdienst opnieuw sportkampen voor kinderen van 6 tot 12 jaar. Inschrijven kan vanaf 1 april via het online inschrijvingsformulier.\n\nNaar het inschrijvingsformulier',
    'website',
  ],
  [
    'Nieuws\n\nGemeente Zilverbeek wint prijs voor duurzaam bouwen\n\n14 februari 2026\n\nHet nieuwe administratief centrum kreeg de Vlaamse prijs voor duurzame overheidsgebouwen. De jury loofde vooral het gebruik van hout en de groendaken.\n\nDeel dit nieuwsbericht',
    'website',
  ],
  [
    'Bladkorven staan weer klaar\n\nVanaf 15 oktober plaatst de technische dienst opnieuw bladkorven in de straten met veel bomen. Gooi er enkel bladeren in, geen takken of ander afval.\n\nStaat er bij jou geen bladkorf? Vraag er een aan via het e-loket.',
    'website',
  ],
  [
    "Sport in Zilverbeek\n\nDe voetbalclub viert feest\n\nKVC Zilverbeek bestaat dit jaar 75 jaar. Dat vierde de club vorige maand met een groot feest in de kantine. Voorzitter Marc Janssens blikt terug: 'We begonnen met één ploeg, nu spelen er 300 jongeren bij ons.'\n\nTekst: Els Vermeulen",
    'infoblad',
  ],
  [
    'In dit nummer\n\nVoorwoord p. 2\nWerken in je buurt p. 4\nCultuuragenda p. 8\n\nVoorwoord\n\nBeste inwoner,\n\nDe lente staat voor de deur. In dit infoblad lees je alles over de werken in de dorpskern.',
    'infoblad',
  ],
  [
    'Milieu\n\nMinder afval, meer compost\n\nWist je dat een derde van je huisvuil uit groente- en fruitafval bestaat? Met een compostvat maak je er zelf goede aarde van. In het najaar geeft de milieudienst een compostcursus.\n\nLees verder op pagina 7.',
    'infoblad',
  ],
  [
    'Zilverbeek Info | nummer 3 | maart 2026\n\nBibliotheek\n\nVoorleesuurtjes voor peuters\n\nElke eerste woensdag van de maand lezen vrijwilligers voor in de bibliotheek. Kinderen van 2 tot 4 jaar zijn welkom met hun ouders.',
    'infoblad',
  ],
  [
    'Jeugd\n\nSpeelpleinwerking zoekt monitoren\n\nBen je 16 jaar of ouder en werk je graag met kinderen? De speelpleinwerking zoekt nog monitoren voor de zomer. Je krijgt een vrijwilligersvergoeding en een gratis cursus.\n\nInteresse? Neem contact op met de jeugddienst, tel. 03 123 45 67.',
    'infoblad',
  ],
  [
    'Werken aan de Stationsstraat starten op 3 juni\n\nOp 3 juni starten de werken aan de Stationsstraat. De straat krijgt nieuwe voetpaden en een veilig fietspad. De werken duren tot eind oktober.\n\nMeer info over de fasering en de omleidingen vind je op www.zilverbeek.be/stationsstraat.\n\nHeb je vragen? Mail naar mobiliteit@zilverbeek.be.',
    'website',
  ],
  [
    'Ophaling grofvuil aan huis\n\nJe kunt je grofvuil aan huis laten ophalen. Maak online een afspraak via www.zilverbeek.be/grofvuil. De ophaling kost 25 euro per m³.\n\nKlik hier om een afspraak te maken.',
    'website',
  ],
  [
    'Wonen\n\nNieuwe premie voor renovatie van je woning\n\nWie zijn woning grondig renoveert, kan vanaf dit jaar een extra gemeentelijke premie krijgen bovenop de Mijn VerbouwPremie. De premie bedraagt maximaal 1.500 euro. De woonwinkel helpt je graag met je aanvraag en kijkt samen met jou welke premies je kunt krijgen.\n\nMeer info: www.zilverbeek.be/wonen',
    'infoblad',
  ],
  [
    'Zwembad tijdelijk dicht voor onderhoud\n\nVan 1 tot 14 juli is zwembad De Golf gesloten voor de jaarlijkse onderhoudswerken. Zwemmen kan in die periode in het zwembad van Bergdonk.\n\nMeer info: www.zilverbeek.be/zwembad',
    'website',
  ],
  [
    'Gratis fietsgravering op de markt\n\nLaat je fiets graveren met je rijksregisternummer. Zo kan de politie hem makkelijker terugbezorgen als hij gestolen wordt. Op zaterdag 12 april staat de politie van 9 tot 12 uur op de markt.\n\nGeen tijd? Vraag online een afspraak aan bij de politie.',
    'website',
  ],
  [
    "Cultuur\n\nTheaterseizoen start met een knaller\n\nOp vrijdag 26 september opent cultuurcentrum De Schakel het nieuwe seizoen met de voorstelling 'Thuis is waar de soep staat'. Het volledige programma vind je in de brochure die bij dit nummer zit. Tickets koop je aan de balie of via de website.\n\nTekst: cultuurdienst",
    'infoblad',
  ],
  [
    'Burgerzaken\n\nIdentiteitskaart vernieuwen? Doe het op tijd\n\nIn de zomer is het druk aan de loketten. Kijk dus nu al na of je identiteitskaart nog geldig is. Je krijgt een brief als je kaart vervalt. Voor een nieuwe kaart maak je een afspraak. Reken op drie weken tot je kaart klaar is.\n\nZie ook p. 12: de nieuwe openingsuren van het gemeentehuis.',
    'infoblad',
  ],
  [
    "Nieuws\n\n3 oktober 2026\n\nNieuwe speeltuin in het Bospark\n\nDe speeltuin in het Bospark is vernieuwd. Kinderen kunnen er nu klimmen, glijden en ravotten op een groot houten speeltoestel.\n\nBekijk de foto's van de opening",
    'website',
  ],
  [
    'Riolering Molenweg: hinder vanaf maandag\n\nVanaf maandag 6 mei vervangt Fluvius de riolering in de Molenweg. De straat is tijdens de werken enkel toegankelijk voor plaatselijk verkeer. De werken duren ongeveer zes weken.\n\nVolg de werken op www.zilverbeek.be/werken\n\nMeld hinder via het meldingsformulier.',
    'website',
  ],
];

describe('detectType: website news or infoblad article', () => {
  it.each(CASES)('%s → %s', (text, type) => {
    expect(detectType(documentFromText(text))).toBe(type);
  });

  it('reads a Markdown web page with a title heading the same way', () => {
    const md =
      '# Kerkstraat drie weken afgesloten\n\nVan 4 tot 22 maart vernieuwt de gemeente de riolering.\n\nMeer info: www.zilverbeek.be/werken';
    expect(detectType(documentFromMarkdown(md))).toBe('website');
  });

  it('keeps a magazine page with its issue line and page references an infoblad', () => {
    const text =
      'Zilverbeek Info | nummer 4 | april 2026\n\nIn dit nummer\n\nWerken p. 4\n\nLees meer op www.zilverbeek.be';
    expect(detectType(documentFromText(text))).toBe('infoblad');
  });
});

describe('detectType: service pages and records (session 4)', () => {
  it.each([
    [
      'a tariff page with its price list',
      'Zaalverhuur\n\nJe kan de zalen huren voor een feest of een vergadering.\n\n• Grote zaal: 250 euro per dag\n• Kleine zaal: 120 euro per dag\n• Vergaderlokaal: € 40\n\nVerenigingen betalen de helft.',
    ],
    [
      'a service page with its usual headings',
      'Lid worden\n\nIedereen kan lid worden van de bibliotheek.\n\nProcedure\n\nKom langs met je identiteitskaart.\n\nLidgeld\n\nVolwassenen betalen 5 euro per jaar.',
    ],
    [
      'a council decision, even with its "werd goedgekeurd"',
      'Feiten en context\nHet reglement werd in 2019 goedgekeurd en vorige maand besproken.\nJuridische gronden\nHet decreet lokaal bestuur van 22 december 2017.\nBesluit\nArtikel 1: De gemeenteraad keurt het reglement goed.',
    ],
  ])('reads %s as a web text', (_name, text) => {
    expect(detectType(documentFromText(text))).toBe('website');
  });
});
