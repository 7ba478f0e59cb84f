// The example index's weights, stored by the build or cached for another organisation file, rank
// exactly as computed ones, and a stored index is used only for the texts and code it was made from.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { corpusKey, exampleCorpusStore, writeWeights } from '../../build/example-corpus-store';
import { exampleEvidence } from '../../shared/ask/example-index';
import { readQuestion } from '../../shared/ask/interpret';
import {
  deserialiseWeights,
  serialiseWeights,
  useExampleCorpusStore,
  type CorpusWeights,
} from '../../shared/ask/stored-example-corpus';
import { allExamples } from '../../shared/catalogue/examples';
import { effectiveOrganisation } from '../../shared/organisation';
import { loadOrganisationFile } from '../../cli/organisation-file';

const QUESTIONS = [
  'Mag ik zelf een persbericht naar de krant sturen?',
  'wie tekent de brieven aan inwoners',
  'mag ik een foto van een collega op facebook zetten',
];

const organisation = loadOrganisationFile();
/** A fresh effective organisation: the index is kept per organisation object. */
const freshOrg = () => effectiveOrganisation(organisation);

/** The weights ask computes for the example organisation, caught on their way to a store. */
function computedWeights(): { texts: readonly string[]; weights: CorpusWeights } {
  let caught: { texts: readonly string[]; weights: CorpusWeights } | undefined;
  useExampleCorpusStore({ load: () => undefined, save: (texts, weights) => (caught = { texts, weights }) });
  try {
    exampleEvidence(readQuestion(QUESTIONS[0]), freshOrg(), allExamples());
  } finally {
    useExampleCorpusStore(undefined);
  }
  if (!caught) throw new Error('nothing was offered to the store');
  return caught;
}

const evidence = (q: string) => exampleEvidence(readQuestion(q), freshOrg(), allExamples());

afterEach(() => useExampleCorpusStore(undefined));

describe('stored example index', () => {
  const { texts, weights } = computedWeights();

  it('ranks exactly as the computed index after a trip through JSON', () => {
    const expected = QUESTIONS.map(evidence);
    const json = JSON.parse(JSON.stringify(serialiseWeights(weights))) as unknown;
    let loads = 0;
    useExampleCorpusStore({
      load(t) {
        loads++;
        return deserialiseWeights(json, t.length);
      },
      save: () => {
        throw new Error('a loaded index is not saved again');
      },
    });
    expect(QUESTIONS.map(evidence)).toEqual(expected);
    expect(loads).toBe(QUESTIONS.length);
  });

  it('is really what ask uses when a store has it', () => {
    // Weights without postings: no example is like any question, so every similarity is 0.
    useExampleCorpusStore({ load: () => ({ idf: weights.idf, postings: new Map() }), save: () => {} });
    expect([...evidence(QUESTIONS[0]).similarity].every((s) => s === 0)).toBe(true);
  });

  it('refuses data that is not a whole serialisation', () => {
    const good = serialiseWeights(weights);
    expect(deserialiseWeights(good, texts.length)).toBeDefined();
    expect(deserialiseWeights(null, texts.length)).toBeUndefined();
    expect(deserialiseWeights({ ...good, idf: good.idf.slice(1) }, texts.length)).toBeUndefined();
    // An example number beyond the corpus: made for other texts.
    expect(deserialiseWeights(good, 10)).toBeUndefined();
  });
});

describe('the file store', () => {
  const { texts, weights } = computedWeights();
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'afspraak-corpus-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names an index by the source hash and by the example texts in order', () => {
    const key = corpusKey('src1', texts);
    expect(corpusKey('src1', [...texts])).toBe(key);
    expect(corpusKey('src2', texts)).not.toBe(key);
    expect(corpusKey('src1', [...texts, 'mag ik een eigen vraag?'])).not.toBe(key);
    expect(corpusKey('src1', [texts[1], texts[0], ...texts.slice(2)])).not.toBe(key);
  });

  it('caches an index on first use and reads it back for the same texts and code only', () => {
    const cache = path.join(dir, 'cache');
    const store = exampleCorpusStore('src1', { cache });
    expect(store.load(texts)).toBeUndefined();
    store.save(texts, weights);
    expect(readdirSync(cache)).toEqual([`${corpusKey('src1', texts)}.json`]);
    const back = store.load(texts)!;
    expect([...back.idf]).toEqual([...weights.idf]);
    expect([...back.postings]).toEqual([...weights.postings]);
    expect(exampleCorpusStore('src2', { cache }).load(texts)).toBeUndefined();
    expect(store.load(texts.slice(1))).toBeUndefined();
  });

  it('reads the build output before the cache, and ignores a damaged or misnamed file', () => {
    const built = path.join(dir, 'built');
    const key = corpusKey('src1', texts);
    const file = writeWeights(built, key, texts, weights);
    expect(exampleCorpusStore('src1', { built }).load(texts)).toBeDefined();
    // A file whose content was made for other texts, under this name.
    writeFileSync(file, readFileSync(file, 'utf8').replace(`"key":"${key}"`, '"key":"other"'));
    expect(exampleCorpusStore('src1', { built }).load(texts)).toBeUndefined();
    writeFileSync(file, '{"key":"' + key + '","count":');
    expect(exampleCorpusStore('src1', { built }).load(texts)).toBeUndefined();
  });

  it('keeps the newest indexes only', () => {
    const cache = path.join(dir, 'cache');
    const store = exampleCorpusStore('src1', { cache });
    const small: CorpusWeights = { idf: new Map([['mag', 1]]), postings: new Map() };
    for (let i = 0; i < 14; i++) {
      store.save([`vraag ${i}`], small);
      // Distinct modification times, oldest first, whatever the file system's resolution.
      const f = path.join(cache, `${corpusKey('src1', [`vraag ${i}`])}.json`);
      utimesSync(f, new Date(1_000_000 + i * 1000), new Date(1_000_000 + i * 1000));
    }
    store.save(['vraag 14'], small);
    const left = readdirSync(cache);
    expect(left).toHaveLength(12);
    expect(left).toContain(`${corpusKey('src1', ['vraag 14'])}.json`);
    expect(left).not.toContain(`${corpusKey('src1', ['vraag 0'])}.json`);
  });
});
