import { normalise, stem } from '../../../shared/language';

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
