// How close a question is to the example questions of each agreement (shared/catalogue/examples and
// the organisation's own `examples`): the words staff use for a subject ("gazet", "op Facebook
// zetten", "wie zet zijn handtekening") are learned from how people ask, not only from how the
// agreements are written. Each question and example is a tf-idf vector over its stems, vocabulary
// ids, roles and question kind; similarity is the cosine.
import type { ExampleQuestion } from '../catalogue/examples';
import type { Modality } from '../catalogue/types';
import type { EffectiveAgreement, EffectiveOrganisation } from '../organisation/types';
import { readQuestion, type ReadQuestion } from './interpret';
import { storedCorpusWeights, type CorpusWeights } from './stored-example-corpus';
import { cachedTerms } from './stored-terms';

/** Example questions by agreement number: the catalogue's, passed in (the tab loads them lazily). */
export type ExampleSource = ReadonlyMap<number, readonly ExampleQuestion[]>;

interface ExampleCorpus {
  /** Per example: the position of its agreement in org.agreements. */
  owner: number[];
  /** Per example: its text, so a question can be compared without its own example (training). */
  texts: string[];
  /** Per example: the verdict its writer gave, when the catalogue labels it. */
  verdicts: (Modality | undefined)[];
  idf: Map<string, number>;
  /** For each term, the examples that have it and their unit-vector weight there. */
  postings: Map<string, { example: number; weight: number }[]>;
}

/** The terms a question is compared on: stems, then what the lexicon read in it. */
function questionTerms(read: ReadQuestion): string[] {
  const i = read.interpretation;
  const terms = [...read.analysis.stems];
  for (const o of i.objects) terms.push(`o:${o}`);
  for (const a of i.actions) terms.push(`a:${a}`);
  for (const r of i.roles) terms.push(`r:${r}`);
  terms.push(`actor:${i.actorExplicit ? i.actor : 'ik'}`, `kind:${i.kind}`);
  return terms;
}

/** Terms for who asks and how, not what about. */
function isFormTerm(t: string): boolean {
  return t.startsWith('actor:') || t.startsWith('kind:');
}

// Examples are read once per process (or taken from the build): the same texts serve every organisation.
function exampleTerms(q: string): string[] {
  return cachedTerms('examples', q, () => questionTerms(readQuestion(q)));
}

/** The terms an example question is compared on: what a build stores (build/stored-terms.ts). */
export function exampleQuestionTerms(q: string): readonly string[] {
  return exampleTerms(q);
}

function termCounts(terms: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  return tf;
}

/** tf-idf (sublinear tf) scaled to unit length; terms no example has are left out. */
function unitVector(tf: ReadonlyMap<string, number>, idf: ReadonlyMap<string, number>): Map<string, number> {
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = (1 + Math.log(f)) * (idf.get(t) ?? 0);
    if (w <= 0) continue;
    weights.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of weights) weights.set(t, w / norm);
  return weights;
}

/**
 * The example questions that speak for one adopted agreement: the catalogue's for its text (and
 * for its chosen variant), then the organisation's own (without a verdict label: the organisation
 * writes questions, its statements give the answer).
 */
export function agreementExamples(
  a: EffectiveAgreement,
  source: ExampleSource,
): { q: string; verdict?: Modality }[] {
  const listed = a.origin === 'added' ? [] : (source.get(a.number) ?? []);
  const out: { q: string; verdict?: Modality }[] = listed
    .filter((e) => e.variant === undefined || e.variant === a.variant)
    .map((e) => ({ q: e.q, verdict: e.verdict }));
  for (const q of a.examples ?? []) out.push({ q });
  return out;
}

/**
 * The texts an agreement is compared on: its example questions; an agreement without any (an own
 * agreement written without examples) is represented by its own text and its statements'
 * summaries, so it is not outranked merely for lacking examples.
 */
function examplesOf(a: EffectiveAgreement, source: ExampleSource): { q: string; verdict?: Modality }[] {
  const out = agreementExamples(a, source);
  if (!out.length) for (const q of [a.text, ...a.statements.map((s) => s.summary)]) out.push({ q });
  return out;
}

function buildCorpus(org: EffectiveOrganisation, source: ExampleSource): ExampleCorpus {
  const owner: number[] = [];
  const texts: string[] = [];
  const verdicts: (Modality | undefined)[] = [];
  org.agreements.forEach((a, position) => {
    for (const e of examplesOf(a, source)) {
      owner.push(position);
      texts.push(e.q);
      verdicts.push(e.verdict);
    }
  });
  // The weights depend on the texts alone: a build or a cache may have them (stored-example-corpus.ts).
  const { idf, postings } = storedCorpusWeights(texts, () => corpusWeights(texts));
  return { owner, texts, verdicts, idf, postings };
}

function corpusWeights(texts: readonly string[]): CorpusWeights {
  const counts: Map<string, number>[] = [];
  const df = new Map<string, number>();
  for (const q of texts) {
    const tf = termCounts(exampleTerms(q));
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    counts.push(tf);
  }
  const idf = new Map<string, number>();
  for (const [t, n] of df) idf.set(t, Math.log(1 + counts.length / n));
  const postings: ExampleCorpus['postings'] = new Map();
  counts.forEach((tf, example) => {
    for (const [t, weight] of unitVector(tf, idf)) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ example, weight });
    }
  });
  return { idf, postings };
}

const corpora = new WeakMap<EffectiveOrganisation, Map<ExampleSource, ExampleCorpus>>();

function corpusFor(org: EffectiveOrganisation, source: ExampleSource): ExampleCorpus {
  let bySource = corpora.get(org);
  if (!bySource) corpora.set(org, (bySource = new Map()));
  let corpus = bySource.get(source);
  if (!corpus) bySource.set(source, (corpus = buildCorpus(org, source)));
  return corpus;
}

/** What the example questions say about each agreement (in org.agreements order). */
export interface ExampleEvidence {
  /** The summed cosine similarity to its two closest example questions (0..2), 0 when none shares a term. */
  similarity: Float64Array;
  /** The verdict label of its closest example question, when that example has one. */
  closestVerdict: (Modality | undefined)[];
}

/**
 * How close the question is to each agreement's example questions. `skip`: an example with exactly
 * this text is left out (leave-one-out, for training and for figures on the examples themselves).
 */
export function exampleEvidence(
  read: ReadQuestion,
  org: EffectiveOrganisation,
  source: ExampleSource,
  skip?: string,
): ExampleEvidence {
  const corpus = corpusFor(org, source);
  const query = unitVector(termCounts(questionTerms(read)), corpus.idf);
  // Typed arrays, not maps: common words ("ik", "mag") reach thousands of examples per question.
  const n = corpus.owner.length;
  const dot = new Float64Array(n);
  const touched = new Uint8Array(n);
  const shared: number[] = [];
  // Content terms first: only examples that share one can count, so the form terms ("mag ik",
  // a permission question), which reach thousands of examples, only add to those.
  for (const [t, w] of query) {
    if (isFormTerm(t)) continue;
    const list = corpus.postings.get(t);
    if (!list) continue;
    for (let j = 0; j < list.length; j++) {
      const p = list[j];
      dot[p.example] += w * p.weight;
      if (!touched[p.example]) {
        touched[p.example] = 1;
        shared.push(p.example);
      }
    }
  }
  for (const [t, w] of query) {
    if (!isFormTerm(t)) continue;
    const list = corpus.postings.get(t);
    if (!list) continue;
    for (let j = 0; j < list.length; j++) {
      const p = list[j];
      if (touched[p.example]) dot[p.example] += w * p.weight;
    }
  }
  const agreements = org.agreements.length;
  const best = new Float64Array(agreements);
  const second = new Float64Array(agreements);
  const closest = new Int32Array(agreements).fill(-1);
  // Asking the same way ("mag ik …") is no likeness without a word or subject in common.
  for (const example of shared) {
    if (skip !== undefined && corpus.texts[example] === skip) continue;
    const at = corpus.owner[example];
    const similarity = dot[example];
    if (similarity > best[at]) {
      second[at] = best[at];
      best[at] = similarity;
      closest[at] = example;
    } else if (similarity > second[at]) second[at] = similarity;
  }
  // Two close examples are better evidence than one lucky match (set on the development questions:
  // the closest two beat the closest one, three or five by about a point top-1).
  const closestVerdict: (Modality | undefined)[] = [];
  for (let k = 0; k < agreements; k++) {
    best[k] += second[k];
    closestVerdict.push(closest[k] >= 0 ? corpus.verdicts[closest[k]] : undefined);
  }
  return { similarity: best, closestVerdict };
}

/**
 * For each of the organisation's agreements (in org.agreements order), the summed cosine similarity
 * of the question to its two closest example questions (0..2), 0 when none shares a term with it.
 */
export function exampleSimilarity(
  read: ReadQuestion,
  org: EffectiveOrganisation,
  source: ExampleSource,
): Float64Array {
  return exampleEvidence(read, org, source).similarity;
}
