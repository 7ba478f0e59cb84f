import type { Finding } from '../../shared/checks/types';
import { applyToText, canApply, countBySeverity, findingKey, groupFindings } from '../../taskpane/findings';

const f = (over: Partial<Finding>): Finding => ({
  rule: 'address.form',
  agreement: 22,
  severity: 'warning',
  message: 'm',
  excerpt: 'je',
  start: 10,
  end: 12,
  ...over,
});

describe('findings in the pane', () => {
  it.each([
    ['a replacement for a word', f({ excerpt: 'je', suggestion: 'u', fix: { replacement: 'u' } }), true],
    [
      'a replacement for a phrase',
      f({ excerpt: 'Heb je', suggestion: 'Hebt u', fix: { replacement: 'Hebt u' } }),
      true,
    ],
    ['advice in a sentence', f({ excerpt: 'An Peeters', suggestion: 'Voeg de handtekening toe.' }), false],
    // Short advice without a full stop used to pass for a replacement: only `fix` decides now.
    ['short advice without a fix', f({ excerpt: 'burgemeester Peeters', suggestion: 'Laat weg' }), false],
    [
      'a document-level finding',
      f({ excerpt: '', start: 0, end: 0, suggestion: 'x', fix: { replacement: 'x' } }),
      false,
    ],
    ['no suggestion', f({ suggestion: undefined }), false],
    ['the same text', f({ excerpt: 'u', suggestion: 'u', fix: { replacement: 'u' } }), false],
    [
      'a sentence replacing a sentence',
      f({ excerpt: 'Dit is lang.', suggestion: 'Dit is kort.', fix: { replacement: 'Dit is kort.' } }),
      true,
    ],
  ])('offers "Pas toe" for %s: %s', (_name, finding, expected) => {
    expect(canApply(finding)).toBe(expected);
  });

  it('keys a dismissal by rule, agreement and text, not by position', () => {
    expect(findingKey(f({ start: 10 }))).toBe(findingKey(f({ start: 99, end: 101 })));
    expect(findingKey(f({ excerpt: 'jij' }))).not.toBe(findingKey(f({})));
  });

  it('groups by family in the pane order, unknown families last', () => {
    const groups = groupFindings([
      f({ rule: 'style.jargon' }),
      f({ rule: 'zzz.new' }),
      f({ rule: 'signature.director-missing' }),
      f({ rule: 'style.sentence-length' }),
    ]);
    expect(groups.map((g) => [g.family, g.findings.length])).toEqual([
      ['signature', 1],
      ['style', 2],
      ['zzz', 1],
    ]);
  });

  it('counts by severity and replaces exactly start..end', () => {
    expect(countBySeverity([f({}), f({ severity: 'error' }), f({})])).toEqual({
      error: 1,
      warning: 2,
      info: 0,
    });
    expect(applyToText('Weet je dat je welkom bent?', f({ start: 5, end: 7 }), 'u')).toBe(
      'Weet u dat je welkom bent?',
    );
  });
});
