import { wrap } from '../../cli/wrap';

describe('wrap (help within 80 columns)', () => {
  it('wraps at word boundaries and indents the continuation lines', () => {
    const lines = wrap('een twee drie vier vijf', '  x  ', 5, 16);
    expect(lines).toEqual(['  x  een twee', '     drie vier', '     vijf']);
  });

  it('breaks a word longer than the line after a |, without a space', () => {
    const lines = wrap('[--type brief|persbericht|infoblad|website]', '', 2, 24);
    expect(lines.every((l) => l.length <= 24)).toBe(true);
    expect(lines.join('').replace(/\s+/g, '')).toBe('[--typebrief|persbericht|infoblad|website]');
    expect(lines[1]).toMatch(/^ {2}brief\|/);
  });

  it('lets a word with no place to break run over rather than cut it', () => {
    expect(wrap('https://afspraak.zilverbeek.be/taskpane/', '', 0, 10)).toEqual([
      'https://afspraak.zilverbeek.be/taskpane/',
    ]);
  });

  it('keeps a short text on the prefix line', () => {
    expect(wrap('deze hulp', 'Gebruik: afspraak', 4)).toEqual(['Gebruik: afspraak deze hulp']);
    expect(wrap('', '  list  ', 8)).toEqual(['  list  ']);
  });
});
