import { foldKeepLength, normalise, stem } from '../../../shared/language';
import {
  DESCRIPTION_ONLY,
  documentPortfolioWords,
  SUBJECT_PORTFOLIOS,
} from '../../../shared/language/lexicon/portfolios';

describe('normalise', () => {
  it('lower-cases and folds diacritics', () => {
    expect(normalise('ÉÉN Financiële Beëdiging')).toBe('een financiele beediging');
  });
  it('unifies quotes, apostrophes and dashes', () => {
    expect(normalise('‘zo’n’ “quote” – gsm‑nummer')).toBe("'zo'n' \"quote\" - gsm-nummer");
  });
  it('leaves empty text empty', () => {
    expect(normalise('')).toBe('');
  });
});

describe('foldKeepLength', () => {
  it('folds as normalise does where normalise keeps the length', () => {
    const text = 'ÉÉN Financiële ‘zo’n’ “quote” – gsm‑nummer';
    expect(foldKeepLength(text)).toBe(normalise(text));
  });
  it('keeps every offset: a match in the folded text is the same span of the original', () => {
    const text = 'De schepen van Cultuur\u00a0en Financiën 🎉 beëdigd: “Zilverbeek”.';
    const folded = foldKeepLength(text);
    expect(folded).toHaveLength(text.length);
    const at = folded.indexOf('financien');
    expect(text.slice(at, at + 'financien'.length)).toBe('Financiën');
    expect(folded[text.indexOf('\u00a0')]).toBe(' ');
    expect(folded.slice(folded.indexOf('"'), folded.lastIndexOf('"') + 1)).toBe('"zilverbeek"');
  });
  it('leaves a unit whose fold would be longer as it is', () => {
    expect(foldKeepLength('Straße')).toBe('straße');
  });
});

describe('the subject-to-portfolio table', () => {
  it('gives the checker every word except the description-only ones, by portfolio label', () => {
    const byLabel = documentPortfolioWords();
    expect(byLabel['openbare werken']).toContain('voetpad');
    expect(byLabel.sport).toContain('zwembad');
    for (const word of DESCRIPTION_ONLY) {
      expect(SUBJECT_PORTFOLIOS[word]).toBeDefined();
      for (const words of Object.values(byLabel)) expect(words).not.toContain(word);
    }
  });
});

describe('stem (Snowball Dutch)', () => {
  it('maps inflections onto one stem', () => {
    expect(stem('persberichten')).toBe(stem('persbericht'));
    expect(stem('folders')).toBe(stem('folder'));
    expect(stem('interviews')).toBe(stem('interview'));
    expect(stem('gemeentelijke')).toBe(stem('gemeentelijk'));
  });
  it('ignores case and diacritics', () => {
    expect(stem('Financiële')).toBe(stem('financiele'));
  });
});
