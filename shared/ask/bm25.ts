// Okapi BM25 over pre-analysed documents (stems and vocabulary ids). Small and allocation-light:
// ask ranks ~90 short documents per question.

export interface Bm25Index {
  docs: { id: number; length: number; tf: Map<string, number> }[];
  df: Map<string, number>;
  avgLength: number;
}

/** BM25 parameters (k1, b), set on the development questions. */
export const BM25 = { k1: 1.2, b: 0.75 };

export function buildBm25(docs: { id: number; terms: readonly string[] }[]): Bm25Index {
  const df = new Map<string, number>();
  const out: Bm25Index['docs'] = [];
  let total = 0;
  for (const d of docs) {
    const tf = new Map<string, number>();
    for (const t of d.terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    out.push({ id: d.id, length: d.terms.length, tf });
    total += d.terms.length;
  }
  return { docs: out, df, avgLength: out.length ? total / out.length : 0 };
}

export function idf(index: Bm25Index, term: string): number {
  const n = index.docs.length;
  const df = index.df.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Scores every document for the query terms (each distinct term counted once, with its weight). */
export function scoreBm25(index: Bm25Index, query: ReadonlyMap<string, number>): Float64Array {
  const scores = new Float64Array(index.docs.length);
  for (const [term, weight] of query) {
    if (!index.df.has(term)) continue;
    const w = idf(index, term) * weight;
    for (let i = 0; i < index.docs.length; i++) {
      const d = index.docs[i];
      const f = d.tf.get(term);
      if (!f) continue;
      scores[i] +=
        (w * (f * (BM25.k1 + 1))) / (f + BM25.k1 * (1 - BM25.b + (BM25.b * d.length) / index.avgLength));
    }
  }
  return scores;
}
