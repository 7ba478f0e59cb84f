import { countOccurrences, layoutParagraphs, planSearch, toWordQuery } from '../../../taskpane/word/layout';

describe('layout of Word paragraphs', () => {
  it('numbers two tables separated by a paragraph and walks their cells row by row', () => {
    const out = layoutParagraphs(
      [
        { text: 'a', tableNestingLevel: 1 },
        { text: 'b', tableNestingLevel: 1 },
        { text: 'c', tableNestingLevel: 1 },
        { text: 'tussen' },
        { text: 'd', tableNestingLevel: 1 },
      ],
      [
        {
          values: [
            ['a', 'b'],
            ['c', ''],
          ],
        },
        { values: [['d']] },
      ],
    );
    expect(out.map((p) => p.cell)).toEqual([
      { table: 0, row: 0, column: 0 },
      { table: 0, row: 0, column: 1 },
      { table: 0, row: 1, column: 0 },
      undefined,
      { table: 1, row: 0, column: 0 },
    ]);
  });

  it('counts non-overlapping occurrences as Word search does', () => {
    expect(countOccurrences('aaaa', 'aa', 4)).toBe(2);
    expect(countOccurrences('je en je', 'je', 3)).toBe(1);
    expect(countOccurrences('', 'je', 0)).toBe(0);
  });

  it('plans a search in the right container with the right occurrence', () => {
    const paragraphs = [
      { text: 'Kop je', location: 'header' as const, container: 'header' as const },
      { text: 'je zegt je', location: 'body' as const, container: 'body' as const },
    ];
    // "je" at offset 7 + 8 = the second "je" of the body.
    expect(planSearch(paragraphs, 15, 17)).toEqual({
      container: 'body',
      steps: [{ text: 'je', query: 'je', index: 1, total: 2 }],
    });
    expect(() => planSearch(paragraphs, 15, 99)).toThrow(RangeError);
  });

  it('writes paragraph marks, line breaks, tabs and carets in Word search syntax', () => {
    expect(toWordQuery('a\nb\vc\td^e')).toBe('a^pb^lc^td^^e');
  });
});
