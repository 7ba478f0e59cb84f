// The example questions' terms stored by the build are used only when they were made from the same
// sources, and then they are what ask compares questions on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readExampleTerms } from '../../build/example-terms';
import { exampleTerms } from '../../build/write-example-terms';
import { allExamples } from '../../shared/catalogue/examples';

describe('stored example terms', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'afspraak-terms-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every distinct catalogue example once, with its terms', () => {
    const stored = exampleTerms('k1');
    const distinct = new Set([...allExamples().values()].flat().map((e) => e.q));
    expect(stored.terms).toHaveLength(distinct.size);
    const [q, terms] = stored.terms[0];
    expect(distinct.has(q)).toBe(true);
    expect(terms.length).toBeGreaterThan(0);
  });

  it('reads them back only under the key they were made with', () => {
    const file = path.join(dir, 'terms.json');
    writeFileSync(file, JSON.stringify({ key: 'k1', terms: [['mag ik?', ['mag', 'kind:mag']]] }));
    expect(readExampleTerms('k1', file)).toEqual([['mag ik?', ['mag', 'kind:mag']]]);
    expect(readExampleTerms('k2', file)).toBeUndefined();
    expect(readExampleTerms('k1', path.join(dir, 'missing.json'))).toBeUndefined();
    writeFileSync(file, '{"key": "k1", "terms": [[');
    expect(readExampleTerms('k1', file)).toBeUndefined();
  });
});

describe('ask with stored terms', () => {
  it('compares questions on the stored terms instead of reading the examples again', () => {
    jest.isolateModules(() => {
      type ExampleIndex = typeof import('../../shared/ask/example-index');
      // A fresh copy of the module, with its own cache of terms: jest.isolateModules needs require.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const index: ExampleIndex = require('../../shared/ask/example-index');
      const real = exampleTerms('k').terms;
      let loads = 0;
      // Every example of agreement 45 (press releases) loses its terms: a stored file would have to
      // be used for 45's similarity to change, which is how this test can fail.
      const from45 = new Set((allExamples().get(45) ?? []).map((e) => e.q));
      index.useStoredExampleTerms(() => {
        loads++;
        return real.map(([q, terms]) => [q, from45.has(q) ? ['zzz-none'] : terms] as [string, string[]]);
      });
      for (const q of from45) expect(index.exampleQuestionTerms(q)).toEqual(['zzz-none']);
      const other = real.find(([q]) => !from45.has(q))!;
      expect(index.exampleQuestionTerms(other[0])).toEqual(other[1]);
      expect(loads).toBe(1);
    });
  });
});
