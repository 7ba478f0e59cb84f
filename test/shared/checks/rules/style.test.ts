import { JARGON } from '../../../../shared/checks/data/jargon';
import { styleRules } from '../../../../shared/checks/rules/style';
import { jargonEntryCount, jargonRule } from '../../../../shared/checks/rules/style-jargon';
import { measureReadability, readabilityRule } from '../../../../shared/checks/rules/style-readability';
import { sentenceLengthRule } from '../../../../shared/checks/rules/style-sentence-length';
import { countSyllables } from '../../../../shared/checks/rules/style-syllables';
import { contextOf, run, table, zilverbeek } from './rule-context';

describe('style.jargon', () => {
  table('style.jargon', jargonRule, [
    {
      name: 'accepts plain language',
      text: 'Vul het formulier in en stuur het terug. Heb je vragen? Bel ons.',
      type: 'infoblad',
      excerpts: [],
    },
    { name: 'accepts the empty document', text: '', type: 'brief', excerpts: [] },
    {
      name: 'finds single words in a letter',
      text: 'Geachte mevrouw,\nTeneinde uw dossier af te werken, vragen we u middels dit formulier uw gegevens aan te vullen.',
      type: 'brief',
      excerpts: ['Teneinde', 'middels'],
    },
    {
      name: 'finds phrases over several words',
      text: 'In het kader van de nieuwe regeling krijgt u ten behoeve van uw kinderen een premie.',
      type: 'brief',
      excerpts: ['In het kader van', 'ten behoeve van'],
    },
    {
      name: 'does not join words across punctuation',
      text: 'We doen dat in het kader. Van morgen af is alles anders.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'matches diacritics written or left out',
      text: 'De samenwerking wordt beëindigd. Het contract werd beeindigd na één jaar.',
      type: 'website',
      excerpts: ['beëindigd', 'beeindigd'],
    },
    {
      name: 'reads the modal "dient … te" with words between',
      text: 'U dient het formulier vóór 1 maart in te vullen. Dit dient als voorbeeld. U kunt een klacht in te dienen.',
      type: 'brief',
      excerpts: ['dient het formulier vóór 1 maart in te vullen'],
    },
    {
      name: 'finds dotted abbreviations, known to the tokeniser or not',
      text: 'Vragen m.b.t. de premie stuurt u t.a.v. de dienst Welzijn, i.k.v. het nieuwe reglement. Zie www.m.b.t.be.',
      // t.a.v. is how a letter is addressed, not jargon.
      type: 'brief',
      excerpts: ['m.b.t.', 'i.k.v.'],
    },
    {
      name: 'finds an old-fashioned letter opening',
      text: 'Geachte heer,\nWij delen u mede dat uw aanvraag werd goedgekeurd.',
      type: 'brief',
      excerpts: ['delen u mede'],
    },
    {
      name: 'reads "diende … in om … te" as indienen, not as a modal',
      text: 'Het raadslid diende een amendement in om de blauwe zone uit te breiden.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'keeps to one sentence for "dient … te"',
      text: 'De aanvraag dient. Te laat is te laat.',
      type: 'brief',
      excerpts: [],
    },
    {
      name: 'finds jargon after a financiële heading with diacritics',
      text: 'Financiële steun\nIndien je recht hebt op een premie, ontvang je die reeds in maart.',
      type: 'infoblad',
      excerpts: ['Indien', 'reeds'],
    },
  ]);

  it('suggests the exact replacement, following the capital', () => {
    const ctx = contextOf('Indien u dat wenst, kan u ons derhalve bellen. U dient te betalen.', 'brief');
    const found = run(jargonRule, ctx);
    expect(found.map((f) => [f.excerpt, f.suggestion])).toEqual([
      ['Indien', 'Als'],
      ['derhalve', 'daarom'],
      ['dient te betalen', 'moet betalen'],
    ]);
    expect(found.every((f) => f.severity === 'info' && f.agreement === 19)).toBe(true);
  });

  it('joins a separable verb once "te" goes', () => {
    const [f] = run(jargonRule, contextOf('U dient het attest op te halen.', 'brief'));
    expect(f.suggestion).toBe('moet het attest ophalen');
  });

  describe('fixes that stay correct Dutch in their sentence (session 4)', () => {
    const fixOf = (text: string, type: 'brief' | 'website' = 'website') =>
      run(jargonRule, contextOf(text, type)).map((f) => [f.excerpt, f.fix?.replacement ?? null]);

    it.each([
      ['Het is moeilijk om de containers te ledigen.', [['te ledigen', 'leeg te maken']]],
      ['Om dat te faciliteren, openen we later.', [['te faciliteren', 'mogelijk te maken']]],
      ['Wij ledigen de containers op maandag.', [['ledigen', null]]],
      [
        'Ook voor kinderen kan dit, indien mogelijk, met de Kids-ID.',
        [['indien mogelijk', 'als het mogelijk is']],
      ],
      [
        'Het ontslag is definitief nadat de voorzitter de kennisgeving ontvangt.',
        [['kennisgeving', 'melding']],
      ],
      ['De pas blijft geldig gedurende één jaar.', [['gedurende', null]]],
      ['Gedurende deze periode kan je het dossier inkijken.', [['Gedurende', 'Tijdens']]],
      [
        'Je kan suggesties geven alvorens de werken worden aangevangen.',
        [
          ['alvorens', 'voordat'],
          ['aangevangen', null],
        ],
      ],
      ['De werken zijn aangevangen.', [['aangevangen', 'begonnen']]],
      ['Je moet je identiteitskaart voorleggen.', [['voorleggen', 'tonen']]],
      ['Per woongelegenheid krijg je twee kaarten.', [['woongelegenheid', 'woning']]],
      ['Gezien de drukte sluiten we later.', [['Gezien', null]]],
      ['In onderstaande kaart zie je de omleiding.', [['onderstaande', 'de volgende']]],
      ['De brochure komt in de loop van mei.', [['in de loop van', 'in']]],
      ['Heb je het nieuwe park al gezien?', []],
      ['Het voorstel wordt voorgelegd aan de gemeenteraad.', []],
      ['De politieverordening, zoals tot op heden gewijzigd.', []],
    ])('%s', (text, expected) => {
      expect(fixOf(text)).toEqual(expected);
    });

    it.each([
      ['Het reglement treedt in werking op 1 mei.', [['treedt in werking', 'gaat in']]],
      ['Je krijgt een premie ten belope van 500 euro.', [['ten belope van', 'van']]],
      ['Draag zorg voor de geleende boeken.', [['Draag zorg voor', 'Zorg voor']]],
      ['Je kan de zaal huren mits betaling van een waarborg.', [['mits', null]]],
      ['Het dossier ligt ter inzage in het gemeentehuis.', [['ligt ter inzage', null]]],
    ])('plain-language list: %s', (text, expected) => {
      expect(fixOf(text)).toEqual(expected);
    });

    it('keeps a term of law in an official record and flags it on a web page', () => {
      const record =
        'Juridische gronden\nHet decreet lokaal bestuur van 22 december 2017.\nArgumentatie\nDe werken ten laste van derden worden gefactureerd.';
      expect(fixOf(record)).toEqual([]);
      expect(fixOf('De gegevens worden niet aan derden doorgegeven.')).toEqual([['derden', 'anderen']]);
    });
  });

  it('names the alternatives in the message', () => {
    const [f] = run(jargonRule, contextOf('Betalen kan middels overschrijving.', 'brief'));
    expect(f.message).toContain("'via' (of: 'met')");
  });

  it('holds at least 150 different entries, each with a replacement', () => {
    expect(jargonEntryCount()).toBeGreaterThanOrEqual(150);
    for (const row of JARGON) expect(row.replacement.trim()).not.toBe('');
  });

  it('finds every entry of its own list in a sentence', () => {
    for (const row of JARGON) {
      // A preposition is one only before its noun ("gezien de drukte", not "heb je het gezien").
      const text = `Zo staat het: ${row.pattern} de drukte hier.`;
      const found = run(jargonRule, contextOf(text, 'brief'));
      expect(found.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('reports nothing when the organisation omits 18 and 19', () => {
    const org = zilverbeek((o) => ({ ...o, agreements: { ...o.agreements, omit: [18, 19] } }));
    expect(jargonRule(contextOf('Teneinde dit te doen.', 'brief', { org }))).toEqual([]);
  });
});

describe('style.sentence-length', () => {
  const long25 =
    'Op zaterdag 12 april organiseert de jeugddienst samen met de sportdienst en de bibliotheek een grote speeldag voor alle kinderen uit de gemeente in het park achter het gemeentehuis.';
  table('style.sentence-length', sentenceLengthRule, [
    {
      name: 'accepts short sentences',
      text: 'De bib is zaterdag open. Kom gerust langs.',
      type: 'infoblad',
      excerpts: [],
    },
    { name: 'accepts the empty document', text: '', type: 'infoblad', excerpts: [] },
    {
      name: 'finds a 29-word sentence in the infoblad',
      text: `Speeldag\n${long25}`,
      type: 'infoblad',
      excerpts: [long25],
    },
    { name: 'lets the same sentence pass in a letter (limit 30)', text: long25, type: 'brief', excerpts: [] },
    {
      name: 'is stricter on social media (limit 20)',
      text: 'Kom op zaterdag met het hele gezin naar de speeldag in het park achter het gemeentehuis, want er is voor iedereen wat te beleven!',
      type: 'sociale-media',
      excerpts: [
        'Kom op zaterdag met het hele gezin naar de speeldag in het park achter het gemeentehuis, want er is voor iedereen wat te beleven!',
      ],
    },
  ]);

  it('says the count and the limit', () => {
    const [f] = run(sentenceLengthRule, contextOf(long25, 'website'));
    expect(f.message).toContain('29 woorden');
    expect(f.message).toContain('hoogstens 25');
    expect(f.severity).toBe('info');
  });
});

describe('syllables (Dutch)', () => {
  it.each([
    ['financiële', 5],
    ['één', 1],
    ['geëerd', 2],
    ['ideaal', 3],
    ['bijzonder', 3],
    ['uitnodiging', 4],
    ['eeuw', 1],
    ['koeien', 2],
    ['schepencollege', 5],
    ['geïnteresseerd', 5],
    ['CD&V', 1],
  ])('%s has %i', (word, n) => {
    expect(countSyllables(word)).toBe(n);
  });
});

describe('style.readability', () => {
  const easy = Array(8)
    .fill('De bib is open op zaterdag. Je kan er boeken lenen. Kom gerust langs met je kinderen.')
    .join('\n');
  const hard = Array(4)
    .fill(
      'Overeenkomstig de bepalingen van het retributiereglement betreffende de terbeschikkingstelling van gemeentelijke infrastructuur worden aanvragen tot gebruik van polyvalente zalen uitsluitend behandeld indien de aanvrager voorafgaandelijk een volledig ingevuld aanvraagformulier bij de administratieve diensten indient.',
    )
    .join('\n');

  it('gives no finding for an easy text or the empty document', () => {
    expect(run(readabilityRule, contextOf(easy, 'infoblad'))).toEqual([]);
    expect(run(readabilityRule, contextOf('', 'infoblad'))).toEqual([]);
  });

  it('measures Flesch-Douma and Brouwer with the published formulas', () => {
    const r = measureReadability(contextOf('De bib is dicht. Kom langs.', 'infoblad'))!;
    expect(r).toMatchObject({ words: 6, sentences: 2, syllables: 6 });
    expect(r.fleschDouma).toBeCloseTo(206.835 - 0.93 * 3 - 77 * 1, 5);
    expect(r.brouwer).toBeCloseTo(195 - 2 * 3 - 66.7 * 1, 5);
  });

  it('finds a hard infoblad text as one document-level finding with the numbers', () => {
    const found = run(readabilityRule, contextOf(hard, 'infoblad'));
    expect(found).toHaveLength(1);
    const [f] = found;
    expect(f).toMatchObject({
      rule: 'style.readability',
      agreement: 64,
      severity: 'warning',
      start: 0,
      end: 0,
      excerpt: '',
    });
    expect(f.message).toMatch(/Flesch-Douma -?\d+,\d \(gewenst: minstens 50\), leesindex Brouwer -?\d+,\d/);
  });

  it('skips very short texts, whose score is not stable', () => {
    expect(run(readabilityRule, contextOf(hard.split('\n')[0], 'infoblad'))).toEqual([]);
  });

  it('counts a text of 50 to 99 words only when it is clearly too hard', () => {
    const twoHard = hard.split('\n').slice(0, 2).join('\n');
    expect(run(readabilityRule, contextOf(twoHard, 'infoblad'))).toHaveLength(1);
    const middling = Array(6)
      .fill('De gemeenteraad keurde het nieuwe parkeerreglement voor het centrum goed.')
      .join('\n');
    const r = measureReadability(contextOf(middling, 'infoblad'))!;
    expect(r.words).toBeLessThan(100);
    expect(r.fleschDouma).toBeGreaterThan(35);
    expect(r.fleschDouma).toBeLessThan(50);
    expect(run(readabilityRule, contextOf(middling, 'infoblad'))).toEqual([]);
  });

  it('cites 19 outside the infoblad', () => {
    expect(run(readabilityRule, contextOf(hard, 'brief'))[0].agreement).toBe(19);
  });
});

describe('styleRules', () => {
  it('runs the three rules together', () => {
    const found = run(styleRules, contextOf('Teneinde dit te doen.', 'brief'));
    expect(found.map((f) => f.rule)).toEqual(['style.jargon']);
  });
});

describe('style.jargon in context (issue 15)', () => {
  const jargon = (text: string) => run(jargonRule, contextOf(text, 'website'));

  it.each<[string, string, string | null]>([
    // [text, excerpt, fix or null for advice]
    ['De zaal is echter dicht op zondag.', 'echter', null],
    ['Het is klein doch gezellig.', 'doch', 'maar'],
    ['Neem contact op met de betreffende dienst.', 'betreffende', null],
    ['Informatie betreffende de werken vind je hier.', 'betreffende', 'over'],
    ['Deze prijs geldt uitsluitend voor inwoners.', 'uitsluitend', 'alleen'],
    ['Tot op heden kwamen er 40 aanvragen binnen.', 'Tot op heden', 'Tot nu'],
    ['Je betaalt een retributie van 5 euro.', 'retributie', 'vergoeding'],
    ['Het college kan vrijstelling van het hogervermelde tarief geven.', 'het hogervermelde', 'dit'],
    ['Gelieve het strookje in te vullen.', 'Gelieve', null],
    ['Elke Belg is in het bezit van een identiteitskaart.', 'in het bezit van', null],
    ['BIJKOMENDE INFORMATIE', 'BIJKOMENDE', 'EXTRA'],
  ])('%s', (text, excerpt, fix) => {
    const [f] = jargon(text);
    expect(f.excerpt).toBe(excerpt);
    expect(f.fix?.replacement ?? null).toBe(fix);
    if (!fix) expect(f.suggestion).toMatch(/Maar|deze|opdracht|heeft/);
  });

  it.each([
    ['the title of a regulation', 'Dat staat in het reglement inzake het gebruik van de zalen.'],
    ['a decree with its date', 'Het decreet van 22 december 2017 betreffende het lokaal bestuur regelt dit.'],
    ['a regulation compound', 'Zie het retributiereglement betreffende de terbeschikkingstelling van zalen.'],
    ['quoted text', 'Op de affiche staat "Indien regen, gaat de markt niet door".'],
    [
      'a Flemish government decision',
      'Het besluit van de Vlaamse regering van 24 mei 2019 betreffende de woningkwaliteit geldt.',
    ],
  ])('leaves %s alone', (_name, text) => {
    expect(jargon(text)).toEqual([]);
  });
});
