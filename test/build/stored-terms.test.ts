// The terms stored by the build are used only when they were made from the same sources, and then
// they are what ask compares questions and agreements on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readStoredTerms } from '../../build/stored-terms';
import { storedTerms, writeStoredTerms } from '../../build/write-stored-terms';
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

  it('reads them back only under the key they were made with, each table from its own file', () => {
    const file = path.join(dir, 'terms.json');
    const examples = [['mag ik?', ['mag', 'kind:mag']]];
    const agreements = [['de communicatiedienst', ['communicatiedienst']]];
    writeFileSync(file, JSON.stringify({ key: 'k1', agreements }));
    writeFileSync(path.join(dir, 'example-terms.json'), JSON.stringify({ key: 'k1', examples }));
    const stored = readStoredTerms('k1', file)!;
    expect(stored.examples).toEqual(examples);
    expect(stored.agreements).toEqual(agreements);
    expect(readStoredTerms('k2', file)!.examples).toEqual([]);
    expect(readStoredTerms('k1', path.join(dir, 'missing.json'))).toBeUndefined();
    writeFileSync(path.join(dir, 'example-terms.json'), '{"key": "k1", "examples": [[');
    expect(readStoredTerms('k1', file)!.examples).toEqual([]);
    expect(readStoredTerms('k1', file)!.agreements).toEqual(agreements);
  });

  it('writes the two tables so that they read back whole', () => {
    const file = path.join(dir, 'terms.json');
    const written = writeStoredTerms('k3', file);
    const back = readStoredTerms('k3', file)!;
    expect(back.examples).toEqual(written.examples);
    expect(back.agreements).toEqual(written.agreements);
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
