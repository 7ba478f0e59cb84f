import { splitSentences } from '../../../shared/language';

function sentences(text: string): string[] {
  const spans = splitSentences(text);
  for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  return spans.map((s) => s.text);
}

describe('splitSentences', () => {
  it('gives nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('\n \n')).toEqual([]);
  });

  it('splits on . ! ? followed by a capital', () => {
    expect(sentences('Dit is één zin. Is dit een tweede? Ja! Klaar.')).toEqual([
      'Dit is één zin.',
      'Is dit een tweede?',
      'Ja!',
      'Klaar.',
    ]);
  });

  it.each([
    ['vb.', 'Drukwerk, vb. Folders en affiches, kost geld.'],
    ['bv.', 'Een dienst, bv. De bibliotheek, mag dat.'],
    ['o.a.', 'Dat geldt o.a. Voor de website.'],
    ['m.a.w.', 'Dat moet via ons, m.a.w. De communicatiedienst.'],
    ['dhr. and mevr.', 'Dhr. Peeters en mevr. Janssens tekenen.'],
    ['nr.', 'Zie afspraak nr. 45 van de nota.'],
    ['i.p.v.', 'Gebruik je-vorm i.p.v. U-vorm.'],
    ['t.e.m.', 'Van 5.1 t.e.m. 5.14 gaat het over afspraken.'],
    ['tel.', 'Bel tel. 016 12 34 56 voor info.'],
    ['St.', 'De kermis in St. Truiden en Sint-Joris begint.'],
    ['an initial', 'De brief is van J. Peeters zelf.'],
  ])('does not split after %s', (_name, text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('does not split decimals or addresses', () => {
    expect(sentences('Het budget steeg met 3.5 procent. Zie kortom.be voor meer.')).toEqual([
      'Het budget steeg met 3.5 procent.',
      'Zie kortom.be voor meer.',
    ]);
  });

  it('ends a sentence after enz. only when a capital follows', () => {
    expect(sentences('Folders, affiches enz. Daarna de website. Folders enz. zijn duur.')).toEqual([
      'Folders, affiches enz.',
      'Daarna de website.',
      'Folders enz. zijn duur.',
    ]);
  });

  it('handles ellipses', () => {
    expect(sentences('We wachten… en wachten... Dan komt het antwoord.')).toEqual([
      'We wachten… en wachten...',
      'Dan komt het antwoord.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(sentences('Hij zei: "Dat mag niet." Daarna ging hij.')).toEqual([
      'Hij zei: "Dat mag niet."',
      'Daarna ging hij.',
    ]);
  });

  it('ends a sentence at a line break, and drops list markers', () => {
    const text =
      'Titel zonder punt\n• eerste punt\n- tweede punt\n1. Derde punt. Met twee zinnen\n\nNieuwe alinea';
    expect(sentences(text)).toEqual([
      'Titel zonder punt',
      'eerste punt',
      'tweede punt',
      'Derde punt.',
      'Met twee zinnen',
      'Nieuwe alinea',
    ]);
  });

  it('keeps offsets right with diacritics and CRLF line ends', () => {
    const text = 'De financiële dienst antwoordt.\r\nÉén vraag blijft.';
    expect(sentences(text)).toEqual(['De financiële dienst antwoordt.', 'Één vraag blijft.']);
  });

  it("starts a sentence at an elided article in lower case ('s Morgens, 't Is)", () => {
    expect(sentences("Er is werking van 9u tot 17u. ’s Morgens is er opvang. 't Is gratis.")).toEqual([
      'Er is werking van 9u tot 17u.',
      '’s Morgens is er opvang.',
      "'t Is gratis.",
    ]);
    // Not a sentence start: an abbreviation before it, or no space after the article.
    expect(sentences('Open o.a. ’s morgens, bv. ’s zondags.')).toEqual([
      'Open o.a. ’s morgens, bv. ’s zondags.',
    ]);
  });
});
