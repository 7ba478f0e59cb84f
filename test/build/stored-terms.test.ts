// The terms stored by the build are used only when they were made from the same sources, and then
// they are what ask compares questions and agreements on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readStoredTerms } from '../../build/stored-terms';
import { storedTerms } from '../../build/write-stored-terms';
import { catalogueEntries } from '../../shared/catalogue';
import { allExamples } from '../../shared/catalogue/examples';

describe('stored terms', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'afspraak-terms-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every distinct catalogue example and every agreement text with its variants', () => {
    const stored = storedTerms('k1');
    const distinct = new Set([...allExamples().values()].flat().map((e) => e.q));
    expect(stored.examples).toHaveLength(distinct.size);
    expect(stored.examples.every(([q, terms]) => distinct.has(q) && terms.length > 0)).toBe(true);
    const variants = catalogueEntries().reduce((n, e) => n + e.agreement.variants.length, 0);
    expect(stored.agreements).toHaveLength(catalogueEntries().length + variants);
    expect(stored.agreements.every(([, terms]) => terms.length > 0)).toBe(true);
  });

  it('reads them back only under the key they were made with', () => {
    const file = path.join(dir, 'terms.json');
    const tables = { examples: [['mag ik?', ['mag', 'kind:mag']]], agreements: [] };
    writeFileSync(file, JSON.stringify({ key: 'k1', ...tables }));
    expect(readStoredTerms('k1', file)).toEqual({ key: 'k1', ...tables });
    expect(readStoredTerms('k2', file)).toBeUndefined();
    expect(readStoredTerms('k1', path.join(dir, 'missing.json'))).toBeUndefined();
    writeFileSync(file, '{"key": "k1", "examples": [[');
    expect(readStoredTerms('k1', file)).toBeUndefined();
  });
});

describe('ask with stored terms', () => {
  it('compares questions on the stored terms instead of analysing the examples again', () => {
    const real = storedTerms('k');
    jest.isolateModules(() => {
      // Fresh copies of the modules, with empty tables: jest.isolateModules needs require.
      /* eslint-disable @typescript-eslint/no-require-imports */
      const stored: typeof import('../../shared/ask/stored-terms') = require('../../shared/ask/stored-terms');
      const index: typeof import('../../shared/ask/example-index') = require('../../shared/ask/example-index');
      /* eslint-enable @typescript-eslint/no-require-imports */
      let loads = 0;
      // Every example of agreement 45 (press releases) loses its terms: only a stored table that is
      // really used changes what the index sees, which is how this test can fail.
      const from45 = new Set((allExamples().get(45) ?? []).map((e) => e.q));
      stored.useStoredTerms(() => {
        loads++;
        return {
          examples: real.examples.map(
            ([q, terms]) => [q, from45.has(q) ? ['zzz-none'] : terms] as [string, string[]],
          ),
          agreements: real.agreements,
        };
      });
      for (const q of from45) expect(index.exampleQuestionTerms(q)).toEqual(['zzz-none']);
      const other = real.examples.find(([q]) => !from45.has(q))!;
      expect(index.exampleQuestionTerms(other[0])).toEqual(other[1]);
      expect(loads).toBe(1);
    });
  });
});
