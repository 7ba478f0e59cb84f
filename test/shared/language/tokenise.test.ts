import { tokenise, words } from '../../../shared/language';

function expectSlicesBack(text: string) {
  const tokens = tokenise(text);
  for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  return tokens;
}

describe('tokenise', () => {
  it('gives no tokens for empty or blank text', () => {
    expect(tokenise('')).toEqual([]);
    expect(tokenise('  \n\t ')).toEqual([]);
  });

  it('keeps exact offsets, also after diacritics and curly quotes', () => {
    const text = 'Één ‘financiële’ vraag: mag de schepen dat “zomaar”?';
    const tokens = expectSlicesBack(text);
    expect(tokens.map((t) => t.norm)).toEqual([
      'een',
      'financiele',
      'vraag',
      'mag',
      'de',
      'schepen',
      'dat',
      'zomaar',
    ]);
  });

  it('slices back on thousands of words behind a multi-byte prefix', () => {
    const text = 'Ünd so: ' + 'persbericht één, '.repeat(3000);
    const tokens = expectSlicesBack(text);
    expect(tokens.filter((t) => t.norm === 'persbericht')).toHaveLength(3000);
  });

  it("keeps apostrophe words whole: zo'n, auto's, 's avonds", () => {
    const tokens = expectSlicesBack("Zo'n drie auto's, 's avonds en 't stadhuis");
    expect(tokens.map((t) => t.text)).toEqual([
      "Zo'n",
      'drie',
      "auto's",
      "'s",
      'avonds',
      'en',
      "'t",
      'stadhuis',
    ]);
  });

  it('keeps hyphenated words and compound halves (overheids- en, -berichten)', () => {
    const tokens = expectSlicesBack(
      'Sint-Truiden, e-mail, overheids- en socialprofitcommunicatie, persuitnodigingen en -berichten',
    );
    expect(tokens.map((t) => t.text)).toEqual([
      'Sint-Truiden',
      'e-mail',
      'overheids-',
      'en',
      'socialprofitcommunicatie',
      'persuitnodigingen',
      'en',
      '-berichten',
    ]);
  });

  it('reads e-mail addresses and URLs as one token, without trailing punctuation', () => {
    const text =
      'Mail an.peeters@zilverbeek.be of kijk op https://www.zilverbeek.be/pers?x=1. Of www.kortom.be!';
    const tokens = expectSlicesBack(text);
    expect(tokens.filter((t) => t.kind === 'email').map((t) => t.text)).toEqual(['an.peeters@zilverbeek.be']);
    expect(tokens.filter((t) => t.kind === 'url').map((t) => t.text)).toEqual([
      'https://www.zilverbeek.be/pers?x=1',
      'www.kortom.be',
    ]);
  });

  it('keeps numbers, decimals and times', () => {
    const tokens = expectSlicesBack('Om 14:30 kwamen 1.400 mensen, 3,5 keer meer dan in 2019.');
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual([
      '14:30',
      '1.400',
      '3,5',
      '2019',
    ]);
  });

  it('keeps abbreviations with their dots', () => {
    const tokens = expectSlicesBack(
      'Foto’s, teksten o.a. van dhr. Peeters, vb. een folder i.p.v. een affiche.',
    );
    expect(tokens.filter((t) => t.kind === 'abbreviation').map((t) => t.norm)).toEqual([
      'o.a.',
      'dhr.',
      'vb.',
      'i.p.v.',
    ]);
  });

  it('words() returns only normalised words', () => {
    expect(words('Mag ik 2 Facebook-posts op www.x.be zetten?')).toEqual([
      'mag',
      'ik',
      'facebook-posts',
      'op',
      'zetten',
    ]);
  });
});
