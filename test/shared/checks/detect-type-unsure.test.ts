// Type detection that knows when it is unsure (issue 15, session 5): real web pages, vacancies,
// public inquiries and council records are recognised; plain prose that could be an article or a
// web text is reported as unsure, and the checks then apply only what holds for every type it
// could be, instead of the rules of a guessed channel.
import { checkDocument, detectTypes, documentFromText } from '../../../shared/checks';
import { zilverbeek } from './zilverbeek';

const org = zilverbeek();

describe('detectTypes: what the text settles', () => {
  it.each([
    [
      'a vacancy with its profile and offer',
      'Vacature: medewerker sportdienst (m/v/x)\n\nHet lokaal bestuur zoekt een medewerker voor de sporthal.\n\nWie ben je?\n- Je hebt een diploma secundair onderwijs.\n\nWat bieden we?\nEen halftijdse job van onbepaalde duur.\n\nSolliciteren kan tot 1 juni.',
    ],
    [
      'a public inquiry notice',
      'Openbaar onderzoek: verkaveling aan de Kapelweg\n\nVan 3 tot 31 maart loopt er een openbaar onderzoek. Je kan het dossier inkijken op het omgevingsloket. Bezwaren bezorg je per aangetekende brief aan het college.',
    ],
    [
      "a list of the college's decisions",
      'COLLEGE VAN BURGEMEESTER EN SCHEPENEN\n\nPersoneel\n\nHet college neemt kennis van het verslag van het overlegcomité.\n\nHet college keurt de aanstelling van twee monitoren goed. Dit punt wordt in besloten zitting behandeld.',
    ],
    [
      'a regulation opened by the council',
      'De raad,\n\nOverwegingen van de gemeenteraad\n\nJuridische gronden\n\nHet decreet van 25 april 2014 betreffende de omgevingsvergunning.',
    ],
    [
      'a page whose link is written out in words',
      'Bladkorven in je straat\n\nIn het najaar staan er bladkorven in straten met veel bomen. Gooi er enkel bladeren in.\n\nHier vind je meer info over de ophaling. De kaart met alle bladkorven kan je hier terugvinden.',
    ],
  ])('reads %s as a web text, for sure', (_name, text) => {
    expect(detectTypes(documentFromText(text))).toEqual({
      type: 'website',
      sure: true,
      candidates: ['website'],
    });
  });

  it('does not take a page about meetings the town holds for an invitation', () => {
    const text =
      'Informatievergaderingen\n\nDe gemeente nodigt geregeld inwoners uit voor een informatievergadering over werken in hun buurt. Momenteel zijn er geen vergaderingen gepland.';
    const d = detectTypes(documentFromText(text));
    expect(d.candidates).not.toContain('uitnodiging');
  });

  it('still reads an invitation that names its moment', () => {
    const text =
      'Opening van de speeltuin\n\nHet gemeentebestuur nodigt u graag uit op de opening van de speeltuin op zaterdag 18 april om 14 uur.';
    expect(detectTypes(documentFromText(text))).toMatchObject({ type: 'uitnodiging', sure: true });
  });

  it('keeps plain prose open between an article and a web text', () => {
    const text =
      'Seniorenraad\n\nDe seniorenraad adviseert het gemeentebestuur over alles wat senioren aanbelangt. De raad komt elke maand samen in het dienstencentrum.';
    expect(detectTypes(documentFromText(text))).toEqual({
      type: 'infoblad',
      sure: false,
      candidates: ['infoblad', 'website'],
    });
  });

  it('is sure of a letter with its salutation and closing', () => {
    const text =
      'Geachte mevrouw,\n\nWij hebben uw aanvraag goed ontvangen.\n\nMet vriendelijke groeten,\n\nHilde Dewilde';
    expect(detectTypes(documentFromText(text))).toMatchObject({ type: 'brief', sure: true });
  });
});

describe('checks while the type is unsure', () => {
  // A postal-code line is a weak sign of a letter: the text may be a letter (u-vorm, sentences up
  // to 30 words) or a web text or article (je-vorm, 25 words).
  const text =
    'Kerkstraat 1\n3999 Zilverbeek\n\nHeeft u vragen over de werken in uw straat? De aannemer start op 4 mei met de vernieuwing van de riolering en de voetpaden, en de werken in de straat duren dan ongeveer zes weken lang.';

  it('reports every type it may be', () => {
    const report = checkDocument(documentFromText(text), org);
    expect(report.typeCandidates).toEqual(['infoblad', 'brief', 'website']);
    expect(report.typeDetected).toBe(true);
  });

  it('asks no je-vorm and applies the letter’s sentence limit, which hold for every candidate', () => {
    const report = checkDocument(documentFromText(text), org);
    expect(report.findings.map((f) => f.rule)).toEqual([]);
  });

  it('applies the web text’s rules once the writer chooses that type', () => {
    const report = checkDocument(documentFromText(text), org, { type: 'website' });
    expect(report.typeCandidates).toBeUndefined();
    expect(report.findings.map((f) => f.rule).sort()).toEqual(['address.form', 'style.sentence-length']);
  });

  it('still flags a mix of je and u, which is wrong for every type', () => {
    const mixed = `${text} Je kan ook bellen naar de technische dienst.`;
    const report = checkDocument(documentFromText(mixed), org);
    const address = report.findings.filter((f) => f.rule === 'address.form');
    expect(address).toHaveLength(1);
    expect(address[0].message).toContain("zowel 'je'");
  });

  it('names all candidates in the je/u message when they share the form', () => {
    const web =
      'Seniorenraad\n\nDe seniorenraad adviseert het gemeentebestuur. Wilt u lid worden? Stuur dan een mail naar de dienst Welzijn.';
    const report = checkDocument(documentFromText(web), org);
    const [address] = report.findings.filter((f) => f.rule === 'address.form');
    expect(address.message).toContain('voor een artikel voor het infoblad of een webtekst is dat je');
  });

  it('leaves out the press rules unless the text is surely a press release', () => {
    const text2 =
      'Nieuwe speeltuin in het Molenpark\n\nDe speeltuin in het Molenpark is vernieuwd. "Kinderen kunnen er nu klimmen en ravotten", zegt schepen Sofie Claes.';
    const report = checkDocument(documentFromText(text2), org);
    expect(report.typeCandidates).toBeDefined();
    expect(report.findings.filter((f) => f.rule.startsWith('press.'))).toEqual([]);
  });
});
