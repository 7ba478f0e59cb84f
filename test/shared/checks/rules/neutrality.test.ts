import { neutralityRules } from '../../../../shared/checks/rules/neutrality';
import { commercialRule } from '../../../../shared/checks/rules/neutrality-commercial';
import { mandataryRule } from '../../../../shared/checks/rules/neutrality-mandatary';
import { partyRule } from '../../../../shared/checks/rules/neutrality-party';
import { policyPhaseRule } from '../../../../shared/checks/rules/neutrality-policy-phase';
import { contextOf, run, table, zilverbeek } from './rule-context';
import { runRule } from './run-rule';

describe('neutrality.mandatary (32)', () => {
  table('neutrality.mandatary', mandataryRule, [
    {
      name: 'accepts an article about a decision',
      text: 'Het college besliste om de bib op zondag te openen.',
      type: 'infoblad',
      excerpts: [],
    },
    { name: 'accepts the empty document', text: '', type: 'infoblad', excerpts: [] },
    {
      name: 'finds a schepen by title and surname in the infoblad',
      text: 'Nieuwe bib\nSchepen Maes opende zaterdag de vernieuwde bibliotheek.',
      type: 'infoblad',
      excerpts: ['Schepen Maes'],
      severities: ['error'],
    },
    {
      name: 'finds a full name and a title with portfolio on the website',
      text: 'Sporthal open\nBurgemeester An Peeters en de schepen van sport knipten het lint door.',
      type: 'website',
      excerpts: ['Burgemeester An Peeters', 'schepen van sport'],
    },
    {
      name: 'finds a mandataris by name only, with diacritics around',
      text: 'Één financiële meevaller: Fatima El Amrani stelde het nieuwe seniorenplan voor aan de pers.',
      type: 'sociale-media',
      excerpts: ['Fatima El Amrani'],
    },
    {
      name: 'finds a mandataris not in the organisation file by title and name',
      text: 'Raadslid Jan De Smet bezocht de school.',
      type: 'infoblad',
      excerpts: ['Raadslid Jan De Smet'],
    },
    {
      name: 'reads a quote as possible duiding van beleid (warning)',
      text: '"We investeren in onze jeugd," zegt sportschepen Sofie Claes.',
      type: 'sociale-media',
      excerpts: ['sportschepen Sofie Claes'],
      severities: ['warning'],
    },
    {
      name: 'finds a mandataris quoted by surname only',
      text: '"Dit is een mooie dag voor de jeugd," zegt Claes.',
      type: 'infoblad',
      excerpts: ['Claes'],
      severities: ['warning'],
    },
    {
      name: 'leaves a staff member who shares a surname alone',
      text: 'Mevrouw Claes van de dienst Burgerzaken helpt je graag. "Kom gerust langs," zegt Wouters van de communicatiedienst.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'allows a press release to name and quote the competent schepen (46, 48)',
      text: 'Persbericht\n"Een mooie dag," zegt schepen van cultuur Koen Maes.',
      type: 'persbericht',
      excerpts: [],
    },
    {
      name: 'allows a letter signed by the burgemeester',
      text: 'Met vriendelijke groeten,\nAn Peeters\nburgemeester',
      type: 'brief',
      excerpts: [],
    },
    {
      name: 'allows the voorwoord of the infoblad',
      text: 'Voorwoord\nBeste inwoners,\nDe zomer komt eraan. Veel leesplezier!\nAn Peeters, burgemeester',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'allows a voorwoord without a heading: a greeting, the text, a signature',
      text: 'Dag Zilverbekenaar,\nDe zomer is in aantocht en de terrassen lopen vol.\nBurgemeester An Peeters en het hele college wensen je een fijne vakantie.\nAn Peeters\nburgemeester',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'allows a short piece signed by the burgemeester, titled otherwise',
      text: 'Samen sterk\nOok dit jaar tonen de vrijwilligers van Zilverbeek wat ze waard zijn. Dank je wel!\nAn Peeters, burgemeester',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'still finds a signature line on the website, where no voorwoord exists',
      text: 'Nieuwe bib\nDe bib is vernieuwd. Kom gerust kijken.\nKoen Maes, schepen van cultuur',
      type: 'website',
      excerpts: ['Koen Maes, schepen van cultuur'],
    },
    {
      name: 'allows the overview page of the college',
      text: '# Het college van burgemeester en schepenen\n\n## Burgemeester An Peeters\nVeiligheid en communicatie.\n\n## Schepen Koen Maes\nCultuur en erfgoed.',
      type: 'website',
      markdown: true,
      excerpts: [],
    },
    {
      name: 'does not take news from the college for its overview page',
      text: 'Uit het college\nSchepen Maes kreeg groen licht voor de nieuwe werking van de bibliotheek.',
      type: 'infoblad',
      excerpts: ['Schepen Maes'],
    },
    {
      name: 'allows the presentation of the beleidsplan',
      text: 'Het meerjarenplan 2026-2031\nSchepen Jan Wouters licht de grote investeringen toe.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'allows the burgemeester in a crisis',
      text: 'Storm in Zilverbeek\nBurgemeester An Peeters riep de gemeentelijke fase af. Blijf binnen.',
      type: 'sociale-media',
      excerpts: [],
    },
    {
      name: 'does not allow a schepen in a crisis (only the burgemeester speaks)',
      text: 'Wateroverlast\nSchepen Tom Mertens bezocht de getroffen straten.',
      type: 'sociale-media',
      excerpts: ['Schepen Tom Mertens'],
    },
    {
      name: 'reads "de burgemeester van Zilverbeek" as the office, not a person',
      text: 'De burgemeester van Zilverbeek vaardigde een politieverordening uit.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'ignores staff and the college as an organ',
      text: 'Diensthoofd Bart Goossens en het college van burgemeester en schepenen stellen het programma voor.',
      type: 'infoblad',
      excerpts: [],
    },
  ]);

  it('names the exceptions of 32 in its message', () => {
    const [f] = run(mandataryRule, contextOf('Schepen Maes opende de bib.', 'infoblad'));
    expect(f.agreement).toBe(32);
    expect(f.message).toMatch(/voorwoord/);
    expect(f.message).toMatch(/crisis/);
    expect(f.suggestion).toBeTruthy();
  });
});

describe('neutrality.party (30, 37)', () => {
  table('neutrality.party', partyRule, [
    {
      name: 'accepts a text without parties',
      text: 'De gemeenteraad keurde het budget goed.',
      type: 'infoblad',
      excerpts: [],
    },
    { name: 'accepts the empty document', text: '', type: 'website', excerpts: [] },
    {
      name: 'finds a built-in party abbreviation',
      text: 'De nieuwe speeltuin kwam er dankzij N-VA en CD&V.',
      type: 'sociale-media',
      excerpts: ['N-VA', 'CD&V'],
      severities: ['error', 'error'],
    },
    {
      name: 'reads a party in a council report as a judgement call',
      text: 'Raadslid Jan Peeters (Vlaams Belang) diende een amendement in op de gemeenteraad.',
      type: 'website',
      excerpts: ['Vlaams Belang'],
      severities: ['warning'],
    },
    {
      name: 'leaves groen the colour and nature word alone',
      text: 'Groen in de stad: we planten 500 bomen en maken het plein groener. Alles kleurt groen.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'leaves the adverb vooruit alone',
      text: 'Vooruit, schrijf je nu in! De werken gaan goed vooruit.',
      type: 'sociale-media',
      excerpts: [],
    },
    {
      name: 'leaves "voor u" alone in a letter',
      text: 'Dit attest is voor u. Wij hebben Voor U een afspraak gemaakt.',
      type: 'brief',
      excerpts: [],
    },
    {
      name: 'finds Groen and Vooruit in a political sentence',
      text: 'Groen en Vooruit vormen samen de nieuwe coalitie.',
      type: 'website',
      excerpts: ['Groen', 'Vooruit'],
    },
    {
      name: 'finds a party joined to a political word',
      text: 'De Vooruit-fractie vroeg extra middelen voor de jeugd.',
      type: 'infoblad',
      excerpts: ['Vooruit'],
    },
    {
      name: 'leaves "anders" and "vooruit" in ordinary sentences alone',
      text: 'Gebruik enkel de officiële zakken. Anders nemen de ophalers je afval niet mee. We gaan vooruit met de werken!',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'finds a party in brackets after a name',
      text: 'Het voorstel kwam van Els Janssens (Groen).',
      type: 'infoblad',
      excerpts: ['Groen'],
    },
    {
      name: 'finds local lists from the organisation file, longest name first',
      text: 'Lijst Burgemeester en Groen Zilverbeek steunen het project.',
      type: 'website',
      excerpts: ['Lijst Burgemeester', 'Groen Zilverbeek'],
    },
  ]);
});

describe('neutrality.policy-phase (30, 31, 18)', () => {
  table('neutrality.policy-phase', policyPhaseRule, [
    {
      name: 'accepts decided policy',
      text: 'De gemeenteraad keurde op 24 maart het nieuwe parkeerreglement goed. Het geldt vanaf 1 mei.',
      type: 'infoblad',
      excerpts: [],
    },
    { name: 'accepts the empty document', text: '', type: 'infoblad', excerpts: [] },
    {
      name: 'finds an undecided project announced',
      text: 'We plannen een nieuw zwembad in het centrum.',
      type: 'infoblad',
      excerpts: ['We plannen'],
      severities: ['warning'],
    },
    {
      name: 'finds "binnenkort komt er" about infrastructure',
      text: 'Binnenkort komt er een nieuwe rotonde aan de Stationsstraat.',
      type: 'website',
      excerpts: ['Binnenkort komt'],
    },
    {
      name: 'finds the college announcing an intention',
      text: 'Het college wil de wekelijkse markt verhuizen naar het Kerkplein.',
      type: 'sociale-media',
      excerpts: ['Het college wil'],
    },
    {
      name: 'allows beleid-in-ontwikkeling with an invitation to take part',
      text: 'We plannen een nieuw zwembad. Geef je mening tijdens de infoavond in de raadzaal.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'allows planning an event on a set day',
      text: 'We plannen een wandeling langs de nieuwe fietspaden op zondag 12 mei.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'finds a college decision on a tax before the council votes (31)',
      text: 'Het college heeft beslist dat de afvalbelasting volgend jaar stijgt.',
      type: 'infoblad',
      excerpts: ['Het college heeft beslist'],
      severities: ['error'],
    },
    {
      name: 'finds the college deciding what inhabitants will pay',
      text: 'Het college van burgemeester en schepenen heeft beslist dat bezoekers voortaan betalen om aan het station te staan.',
      type: 'website',
      excerpts: ['Het college van burgemeester en schepenen heeft beslist'],
    },
    {
      name: 'finds a college raising a fee',
      text: 'Het schepencollege verhoogt de retributie voor de zaalhuur.',
      type: 'website',
      excerpts: ['Het schepencollege verhoogt'],
    },
    {
      name: 'accepts the college proposing to the council',
      text: 'Het college stelt de gemeenteraad voor om de afvalbelasting te verhogen. De gemeenteraad beslist op 24 maart.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'finds the decision told with the verb first, pointing back to the matter',
      text: 'Vanaf 2027 betaal je meer voor je afvalzakken. Dat besliste het college.',
      type: 'infoblad',
      excerpts: ['besliste het college'],
    },
    {
      name: 'finds "krijgt binnenkort" about a sporthal',
      text: 'Zilverbeek krijgt binnenkort een nieuwe sporthal!',
      type: 'sociale-media',
      excerpts: ['krijgt binnenkort'],
    },
    {
      name: 'finds an intention in inverted word order',
      text: 'Daarnaast plant het college een nieuw recyclagepark aan de Industrieweg.',
      type: 'infoblad',
      excerpts: ['plant het college'],
    },
    {
      name: 'leaves a service announcement to the reader alone',
      text: 'Binnenkort zal je in de bib ook terecht kunnen voor hulp bij je belastingaangifte. De dienst Financiën helpt je op 20 en 27 mei.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'leaves a letter about an approved request alone, next to a regulation',
      text: 'Het college van burgemeester en schepenen heeft de aanvraag goedgekeurd. Overeenkomstig het politiereglement mag de muziek spelen tot 23 uur.',
      type: 'brief',
      excerpts: [],
    },
    {
      name: "accepts a letter about the reader's own tax case",
      text: 'Het college heeft beslist uw bezwaar tegen de belasting op tweede verblijven gegrond te verklaren.',
      type: 'brief',
      excerpts: [],
    },
    {
      name: 'accepts a college decision within its own powers',
      text: 'Het college besliste om de speelpleinwerking met een week te verlengen.',
      type: 'infoblad',
      excerpts: [],
    },
  ]);

  it('suggests how to phrase a proposal', () => {
    const [f] = run(
      policyPhaseRule,
      contextOf('Het college heeft beslist dat de belasting stijgt.', 'infoblad'),
    );
    expect(f.agreement).toBe(31);
    expect(f.suggestion).toContain('Het college stelt de gemeenteraad voor');
  });
});

describe('neutrality.commercial (18, 37)', () => {
  table('neutrality.commercial', commercialRule, [
    {
      name: 'accepts a shop named as a place',
      text: 'De parking aan de Colruyt is afgesloten.',
      type: 'infoblad',
      excerpts: [],
    },
    { name: 'accepts the empty document', text: '', type: 'infoblad', excerpts: [] },
    {
      name: 'accepts the contractor named as information',
      text: 'De werken worden uitgevoerd door Bouwwerken Peeters NV.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'finds advertising for a local shop (error)',
      text: 'Ga zeker langs bij Bakkerij Janssens, de lekkerste koffiekoeken van Zilverbeek!',
      type: 'sociale-media',
      excerpts: ['Bakkerij Janssens'],
      severities: ['error'],
    },
    {
      name: 'finds a sponsor thanked by company name (warning)',
      text: 'Dankzij onze sponsor Bouwwerken Peeters NV kreeg iedereen een drankje.',
      type: 'infoblad',
      excerpts: ['Bouwwerken Peeters NV'],
      severities: ['warning'],
    },
    {
      name: 'finds a chain steering readers to one shop',
      text: 'Tickets zijn verkrijgbaar bij Standaard Boekhandel.',
      type: 'website',
      excerpts: ['Standaard Boekhandel'],
    },
    {
      name: 'finds praise for a named chocolatier (error)',
      text: 'Proef de overheerlijke pralines van Chocolaterie Dumon op de kerstmarkt!',
      type: 'sociale-media',
      excerpts: ['Chocolaterie Dumon'],
      severities: ['error'],
    },
    {
      name: 'finds a chain with its store name in a thank-you',
      text: 'Met dank aan Carrefour Market voor de gratis drankjes!',
      type: 'sociale-media',
      excerpts: ['Carrefour Market'],
      severities: ['warning'],
    },
    {
      name: 'finds a shop congratulated by the municipality',
      text: 'Proficiat aan Bakkerij De Gouden Aar met hun 50-jarig bestaan!',
      type: 'sociale-media',
      excerpts: ['Bakkerij De Gouden Aar'],
    },
    {
      name: 'finds a shop web address in a promoting sentence',
      text: 'Bestel je fiets met korting via www.fietsenpeeters.be.',
      type: 'sociale-media',
      excerpts: ['www.fietsenpeeters.be'],
      severities: ['error'],
    },
    {
      name: 'finds goods from a named ice-cream parlour with a lower-case trade noun (warning)',
      text: 'De kinderen worden getrakteerd met ijsjes van ijssalon Gelato Mario.',
      type: 'persbericht',
      excerpts: ['ijssalon Gelato Mario'],
      severities: ['warning'],
    },
    {
      name: 'finds a company with a lower-case legal form praised as the best (error)',
      text: 'De speeltuin werd gebouwd door Speelgoed Janssens bv, de beste speeltuinbouwer van Vlaanderen.',
      type: 'persbericht',
      excerpts: ['Speelgoed Janssens bv'],
      severities: ['error'],
    },
    {
      name: 'finds a bakery praised with a superlative (error)',
      text: 'Bakkerij Van Gorp bakt de lekkerste koeken van de streek.',
      type: 'infoblad',
      excerpts: ['Bakkerij Van Gorp'],
      severities: ['error'],
    },
    {
      name: 'finds "nergens goedkoper" for a garage (error)',
      text: 'Laat je fiets nakijken bij garage Peeters: nergens goedkoper!',
      type: 'sociale-media',
      excerpts: ['garage Peeters'],
      severities: ['error'],
    },
    {
      name: 'accepts a contractor with a lower-case legal form named factually',
      text: 'De speeltuin werd gebouwd door Speelgoed Janssens bv en is open vanaf 1 juli.',
      type: 'persbericht',
      excerpts: [],
    },
    {
      name: 'accepts a lower-case trade noun used as a place, even near goods',
      text: 'De koffiestand staat tegenover bakkerij Van Gorp.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'accepts a reception held in the hall of a named café',
      text: 'De receptie vindt plaats in de zaal van café De Kroon.',
      type: 'uitnodiging',
      excerpts: [],
    },
    {
      name: 'finds a voucher from a named bookshop (warning)',
      text: 'Elke winnaar krijgt een waardebon van boekhandel De Lettertuin.',
      type: 'infoblad',
      excerpts: ['boekhandel De Lettertuin'],
      severities: ['warning'],
    },
    {
      name: 'accepts a place near a chain in a sentence that steers readers',
      text: 'Voor de gratis parking kan je terecht aan de Colruyt.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'accepts "bv." meaning "for example" and a vzw',
      text: 'Koop een ticket bij een vereniging, bv. Jeugdhuis De Kelder vzw.',
      type: 'website',
      excerpts: [],
    },
    {
      name: "accepts the municipality's own site",
      text: 'Bestel je afvalzakken via www.zilverbeek.be.',
      type: 'website',
      excerpts: [],
    },
  ]);
});

describe('neutralityRules', () => {
  it('reports nothing for an agreement the organisation omits', () => {
    const org = zilverbeek((o) => ({ ...o, agreements: { ...o.agreements, omit: [32] } }));
    const found = run(neutralityRules, contextOf('Schepen Maes opende de bib.', 'infoblad', { org }));
    expect(found.filter((f) => f.rule === 'neutrality.mandatary')).toEqual([]);
  });

  it('finds nothing in a clean article', () => {
    const text =
      'Nieuwe openingsuren van de bib\nVanaf 1 maart is de bibliotheek ook op zondagvoormiddag open. ' +
      'Dat besliste het college van burgemeester en schepenen. Je kan er boeken, strips en films lenen.';
    expect(run(neutralityRules, contextOf(text, 'infoblad'))).toEqual([]);
  });
});

// Issue 6 follow-up: unseen phrasing of the two cases, written apart from the rule's word lists.
describe('neutrality.policy-phase: recall on other phrasing, precision on decided policy', () => {
  const found = (text: string) => runRule(policyPhaseRule, text, 'infoblad').length > 0;
  it.each([
    [
      'Het college heeft beslist om de parkeertarieven in het centrum te verhogen. De gemeenteraad stemt in december over het voorstel.',
      true,
    ],
    [
      'Het schepencollege besliste vorige week dat de afvalzakken duurder worden. Het legt het voor aan de gemeenteraad van 15 oktober.',
      true,
    ],
    [
      'Het college keurde het nieuwe reglement voor straatfeesten goed. De gemeenteraad stemt er in november over.',
      true,
    ],
    [
      'Het college van burgemeester en schepenen heeft het nieuwe mobiliteitsplan goedgekeurd. In januari beslist de gemeenteraad er definitief over.',
      true,
    ],
    [
      'Het college besliste om de sporthal te verkopen. Het dossier gaat in maart naar de gemeenteraad.',
      true,
    ],
    ['De gemeente gaat een nieuwe sporthal bouwen aan de Stationsstraat.', true],
    ['De gemeente gaat in de Kerkstraat een fietspad aanleggen.', true],
    ['Er komt een nieuw jeugdhuis naast de school.', true],
    ['Er komt een lage-emissiezone in het centrum.', true],
    ['De Dorpsstraat wordt binnenkort heraangelegd.', true],
    ['Het zwembad zal worden gerenoveerd.', true],
    ['Het oude gemeentehuis zal verkocht worden.', true],
    ['Binnenkort wordt een nieuwe parking aangelegd achter de kerk.', true],
    ['De stad gaat betalend parkeren invoeren in de hele dorpskern.', true],
    ['Zilverbeek gaat aan de Molenweg een nieuw recyclagepark bouwen.', true],
    [
      'De gemeenteraad keurde op 12 maart het nieuwe parkeerreglement goed. Vanaf 1 mei betaal je in het centrum.',
      false,
    ],
    ['Vanaf 1 januari geldt een nieuw tarief voor de afvalzakken.', false],
    ['Geef je mening over de heraanleg van het marktplein tijdens de infoavond op 3 oktober.', false],
    [
      'De gemeenteraad besliste in juni om een nieuwe sporthal te bouwen. De werken starten in het voorjaar.',
      false,
    ],
    ['Het college keurde de plannen voor de nieuwe speeltuin goed.', false],
    ['De bibliotheek gaat op zaterdag langer open.', false],
    ['Er komt een kerstmarkt op het dorpsplein op 14 december.', false],
    ['Het college besliste om de kermis dit jaar een week later te laten plaatsvinden.', false],
    ['Op zondag 12 mei gaan we samen wandelen langs de nieuwe fietspaden.', false],
    ['De werken aan de Kerkstraat zullen drie weken duren.', false],
    ['Wil je meedenken over het nieuwe jeugdbeleid? Vul dan de enquête in.', false],
    ['De gemeenteraad keurde het meerjarenplan goed. Er komt een nieuwe sporthal in 2027.', false],
    ['Het nieuwe containerpark wordt op 3 juni geopend.', false],
    [
      'Het college heeft beslist dat het zwembad vanaf volgend jaar op maandag dicht blijft. De gemeenteraad moet het voorstel nog goedkeuren.',
      true,
    ],
    [
      'De schepen van financiën besliste om de opcentiemen te verlagen. Begin februari stemt de gemeenteraad erover.',
      true,
    ],
    [
      'Het college keurde de nieuwe retributie voor evenementen goed. Dat wordt in de gemeenteraad van 20 januari voorgelegd.',
      true,
    ],
    [
      'Het schepencollege heeft de verkoop van de oude pastorie goedgekeurd. De gemeenteraad beslist er op 18 november over.',
      true,
    ],
    ['De gemeente gaat de schoolomgeving van De Regenboog veiliger inrichten en een zone 30 invoeren.', true],
    ['Er komt binnenkort een nieuwe hondenweide in het park.', true],
    ['Ons gemeentehuis wordt op termijn volledig gerenoveerd.', true],
    ['De speelpleinen zullen volgend jaar vernieuwd worden.', true],
    [
      'De gemeenteraad besliste op 12 maart om het parkeerreglement aan te passen. Vanaf 1 mei betaal je 1 euro per uur.',
      false,
    ],
    [
      'Het college besliste in mei om de belasting op tweede verblijven te verhogen. De gemeenteraad keurde dat in juni goed.',
      false,
    ],
    [
      'Het college stelt de gemeenteraad voor om de afvalbelasting te verhogen. De gemeenteraad stemt in december.',
      false,
    ],
    [
      'Het college besliste om het ontwerp van reglement voor te leggen aan de gemeenteraad van december.',
      false,
    ],
    ['Vanaf 1 januari geldt in de hele gemeente een nieuw tarief voor de huisvuilzakken.', false],
    ['Geef je mening over de nieuwe sporthal: er komt een bevraging in oktober.', false],
    [
      'De gemeente gaat op zaterdag 5 oktober samen met de scholen een fietsparcours aanleggen op het marktplein.',
      false,
    ],
    ['Het college besliste om de zomerbar op het plein toe te laten tot middernacht.', false],
    [
      'De gemeenteraad keurde het rooilijnplan goed. De werken aan de nieuwe weg starten in het voorjaar.',
      false,
    ],
    ['We gaan samen opruimen in het park tijdens de Dag van de Aarde.', false],
    ['De nieuwe sporthal wordt binnenkort feestelijk geopend: noteer alvast 14 september.', false],
    [
      'Het college besliste gisteren dat de kermis verhuist naar het Marktplein. De gemeenteraad vergadert volgende week over de begroting.',
      false,
    ],
  ])('%s → finding: %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });

  it('says the council still votes when the text says so', () => {
    const [f] = runRule(
      policyPhaseRule,
      'Het college heeft beslist om de parkeertarieven te verhogen. De gemeenteraad stemt in december over het voorstel.',
      'website',
    );
    expect(f).toMatchObject({ agreement: 31, severity: 'error' });
    expect(f.message).toContain('nog over moet stemmen');
    expect(f.fix).toBeUndefined();
  });
});

describe('neutrality.policy-phase: other verbs of deciding and of building', () => {
  const found = (text: string) => runRule(policyPhaseRule, text, 'website').length > 0;
  it.each([
    [
      'Het college gaf groen licht voor een nieuwe parkeerretributie in de Stationsstraat. De gemeenteraad moet zich er nog over uitspreken.',
      true,
    ],
    [
      'Het schepencollege zette het licht op groen voor de verkoop van de oude jongensschool. In december neemt de gemeenteraad de definitieve beslissing.',
      true,
    ],
    [
      'De burgemeester besliste dat er een nieuw politiereglement komt. De gemeenteraad stemt er in januari over.',
      true,
    ],
    [
      'Het college heeft een nieuw subsidiereglement voor verenigingen goedgekeurd, dat in oktober naar de gemeenteraad gaat.',
      true,
    ],
    ['Volgend jaar bouwt de gemeente een nieuwe turnzaal bij de basisschool.', true],
    ['Op termijn verdwijnt de parking op het Marktplein.', true],
    ['De gemeente zal het oude zwembad afbreken en er een park aanleggen.', true],
    ['In 2027 wordt het Marktplein volledig heraangelegd.', true],
    [
      'Het college keurde de gunning van de werken aan de Kerkstraat goed. De werken starten op 2 maart.',
      false,
    ],
    ['Het college besliste om de openingsuren van het recyclagepark uit te breiden.', false],
    [
      'De gemeenteraad gaf in september groen licht voor de nieuwe sporthal. De bouw start in het voorjaar.',
      false,
    ],
    ['Sinds 1 september geldt in de hele dorpskern zone 30.', false],
    [
      'Tijdens het infomoment van 12 maart stellen we de plannen voor het nieuwe plein voor. Je kunt er je ideeën kwijt.',
      false,
    ],
    ['De gemeente zal je op de hoogte houden van de werken.', false],
    [
      'Het college van burgemeester en schepenen legt het nieuwe belastingreglement voor aan de gemeenteraad van 15 december.',
      false,
    ],
  ])('%s → finding: %s', (text, expected) => {
    expect(found(text)).toBe(expected);
  });
});
