import { createSpeller, editDistance, splitCompound, splitWord } from '../../../shared/language';
import { soundKey } from '../../../shared/language/typos';

describe('splitWord (lexicon-driven compounds)', () => {
  it.each([
    ['persbericht', ['pers', 'bericht']],
    ['briefwisseling', ['brief', 'wisseling']],
    ['verkiezingsfolder', ['verkiezing', 'folder']],
    ['gemeentelogo', ['gemeente', 'logo']],
    ['intranetbericht', ['intranet', 'bericht']],
    ['jeugdkamp', ['jeugd', 'kamp']],
    ['beleidsplan', ['beleid', 'plan']],
  ])('%s -> %j', (word, parts) => {
    expect(splitWord(word)).toEqual(parts);
  });

  it('splits socialemediapagina into social media + pagina', () => {
    const parts = splitWord('socialemediapagina');
    expect(parts?.[parts.length - 1]).toBe('pagina');
    expect(parts?.join('')).toBe('socialemediapagina');
  });

  it('leaves words that are no compound of known parts alone', () => {
    expect(splitWord('kantine')).toBeNull();
    expect(splitWord('abc')).toBeNull();
  });

  it('does not try to split very long tokens (pasted hashes, URLs)', () => {
    expect(splitWord('persbericht'.repeat(2000))).toBeNull();
  });

  it('drops a linking s between parts', () => {
    const known = new Set(['verkiezing', 'folder']);
    expect(splitCompound('verkiezingsfolder', (p) => known.has(p))).toEqual(['verkiezing', 'folder']);
  });
});

describe('speller', () => {
  const speller = createSpeller(['persbericht', 'facebook', 'burgemeester', 'folder', 'logo']);

  it.each([
    ['persbricht', 'persbericht'],
    ['facebok', 'facebook'],
    ['burgemeeser', 'burgemeester'],
    ['fodler', 'folder'],
  ])('corrects %s to %s', (typo, word) => {
    expect(speller.correct(typo)).toBe(word);
  });

  it('leaves known words, short words and far-off words alone', () => {
    expect(speller.correct('folder')).toBeNull();
    expect(speller.correct('lgoo')).toBeNull();
    expect(speller.correct('kantine')).toBeNull();
  });

  it('measures transpositions as one edit', () => {
    expect(editDistance('fodler', 'folder', 2)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('speller: words spelled by ear (Dutch sound-alikes)', () => {
  const speller = createSpeller([
    'persbericht',
    'communicatiedienst',
    'huisstijl',
    'antwoordt',
    'verkiezingen',
    'wordt',
    'website',
    'kantoor',
    'vergadering',
  ]);

  it.each([
    ['persberigt', 'persbericht'],
    ['kommunicatiedienst', 'communicatiedienst'],
    ['huistijl', 'huisstijl'],
    ['huisteil', 'huisstijl'],
    ['antwoort', 'antwoordt'],
  ])('corrects %s to %s', (typo, word) => {
    expect(speller.correct(typo)).toBe(word);
  });

  it('does not bend ordinary words that merely sound a bit alike', () => {
    expect(speller.correct('kantine')).toBeNull();
    expect(speller.correct('verlof')).toBeNull();
    expect(speller.correct('printer')).toBeNull();
  });

  it('folds g/ch, ij/ei, d/t at the end and doubled letters', () => {
    expect(soundKey('persberigt')).toBe(soundKey('persbericht'));
    expect(soundKey('rijden')).toBe(soundKey('reiden'));
    expect(soundKey('wordt')).toBe(soundKey('word'));
    expect(soundKey('facebok')).toBe(soundKey('facebook'));
  });
});
