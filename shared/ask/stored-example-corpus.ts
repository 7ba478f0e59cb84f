// The example index's weights (idf and tf-idf postings over ~4 900 example questions) take a few
// hundred milliseconds to compute, on every CLI call and server start. They depend only on the
// example texts, in order, and on the code that analyses them, so a host can store them: the build
// for the organisations shipped in the repository, a content-addressed cache for any other
// (build/example-corpus-store.ts). shared/ does no I/O: the store is injected, and without one
// the weights are computed as before.

/** The weights of an example corpus: what the texts alone determine. */
export interface CorpusWeights {
  idf: Map<string, number>;
  /** For each term, the examples that have it and their unit-vector weight there. */
  postings: Map<string, { example: number; weight: number }[]>;
}

/** Where stored weights come from and go to; `texts` are the corpus's example texts, in order. */
export interface ExampleCorpusStore {
  load(texts: readonly string[]): CorpusWeights | undefined;
  save(texts: readonly string[], weights: CorpusWeights): void;
}

let store: ExampleCorpusStore | undefined;

/** Uses a store for every example corpus built from now on (undefined: compute, store nothing). */
export function useExampleCorpusStore(s: ExampleCorpusStore | undefined): void {
  store = s;
}

/** The stored weights for these texts, else computed (and offered to the store). */
export function storedCorpusWeights(texts: readonly string[], compute: () => CorpusWeights): CorpusWeights {
  const found = store?.load(texts);
  if (found) return found;
  const weights = compute();
  store?.save(texts, weights);
  return weights;
}

/**
 * The weights as plain JSON: the terms in the order they were met, each term's idf, and each
 * term's postings as example numbers and weights (JSON writes a double so that it reads back
 * bit for bit, so the stored index ranks exactly as a computed one).
 */
export interface SerialisedWeights {
  terms: string[];
  idf: number[];
  examples: number[][];
  weights: number[][];
}

export function serialiseWeights(w: CorpusWeights): SerialisedWeights {
  const terms = [...w.idf.keys()];
  for (const t of w.postings.keys()) if (!w.idf.has(t)) terms.push(t);
  return {
    terms,
    idf: terms.map((t) => w.idf.get(t) ?? Number.NaN),
    examples: terms.map((t) => (w.postings.get(t) ?? []).map((p) => p.example)),
    weights: terms.map((t) => (w.postings.get(t) ?? []).map((p) => p.weight)),
  };
}

/** The weights back, or undefined when the data is not a whole, consistent serialisation. */
export function deserialiseWeights(s: unknown, exampleCount: number): CorpusWeights | undefined {
  const d = s as Partial<SerialisedWeights> | null;
  if (
    !d ||
    !Array.isArray(d.terms) ||
    !Array.isArray(d.idf) ||
    !Array.isArray(d.examples) ||
    !Array.isArray(d.weights)
  )
    return undefined;
  const n = d.terms.length;
  if (d.idf.length !== n || d.examples.length !== n || d.weights.length !== n) return undefined;
  const idf = new Map<string, number>();
  const postings: CorpusWeights['postings'] = new Map();
  for (let i = 0; i < n; i++) {
    const term = d.terms[i];
    const examples = d.examples[i];
    const weights = d.weights[i];
    if (typeof term !== 'string' || !Array.isArray(examples) || !Array.isArray(weights)) return undefined;
    if (examples.length !== weights.length) return undefined;
    if (typeof d.idf[i] === 'number' && !Number.isNaN(d.idf[i])) idf.set(term, d.idf[i]);
    if (!examples.length) continue;
    const list: { example: number; weight: number }[] = new Array(examples.length);
    for (let j = 0; j < examples.length; j++) {
      const example = examples[j];
      if (!Number.isInteger(example) || example < 0 || example >= exampleCount) return undefined;
      list[j] = { example, weight: weights[j] };
    }
    postings.set(term, list);
  }
  return { idf, postings };
}
