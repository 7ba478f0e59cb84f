// Precision and recall of `afspraak check` per rule family on the labelled corpus in
// test/fixtures/documents/ (each `name.ext` beside `name.expected.json`). A finding matches an
// expected one with the same rule and an equal or overlapping excerpt (any excerpt when the label
// leaves it out). Also: type detection, and error findings on clean documents (must be 0).
// Run: npx tsx bench/check-accuracy.ts [--org <file>] [--verbose] [--real [corpus dir]] [--dir <labelled dir>]
// --dir: another labelled set in the same form, e.g. test/fixtures/fresh-documents (written in
// session 4 before the rules were tuned on them).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEffectiveOrganisation } from '../cli/organisation-file';
import { readDocumentFile } from '../cli/document-file';
import { checkDocument, type DocumentType, type Finding } from '../shared/checks';
import { placesOf } from '../shared/checks/finding';
import { printRealTexts, realCorpusDir } from './check-real-texts';
import type { Place } from '../shared/checks/types';
import type { EffectiveOrganisation } from '../shared/organisation';

export const CORPUS_DIR = resolve(__dirname, '../test/fixtures/documents');

export interface Expected {
  type: DocumentType;
  findings: { rule: string; excerpt?: string }[];
}

export interface FamilyScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface DocumentResult {
  file: string;
  expectedType: DocumentType;
  detectedType: DocumentType;
  missed: { rule: string; excerpt?: string }[];
  extra: Finding[];
  clean: boolean;
  errorsOnClean: number;
}

export interface AccuracyReport {
  documents: number;
  cleanDocuments: number;
  typeAccuracy: number;
  families: Record<string, FamilyScore>;
  overall: FamilyScore;
  errorsOnClean: number;
  results: DocumentResult[];
}

const family = (rule: string) => rule.split('.')[0];

/** A label matches a finding when its excerpt overlaps any of the finding's places. */
function overlaps(actual: Finding, excerpt: string | undefined, text: string): boolean {
  if (excerpt === undefined || excerpt === '') return true;
  return placesOf(actual).some((p) => overlapsPlace(p, excerpt, text));
}

function overlapsPlace(actual: Place, excerpt: string, text: string): boolean {
  if (
    actual.excerpt === excerpt ||
    actual.excerpt.includes(excerpt) ||
    (actual.excerpt !== '' && excerpt.includes(actual.excerpt))
  )
    return true;
  // The label's excerpt may sit anywhere in the text; overlap of any of its occurrences counts.
  for (let i = text.indexOf(excerpt); i >= 0; i = text.indexOf(excerpt, i + 1)) {
    if (i < actual.end && i + excerpt.length > actual.start) return true;
  }
  return false;
}

function score(tp: number, fp: number, fn: number): FamilyScore {
  return { tp, fp, fn, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

export function corpusFiles(dir = CORPUS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(docx|txt|md)$/.test(f))
    .filter((f) => readdirSync(dir).includes(f.replace(/\.(docx|txt|md)$/, '.expected.json')))
    .sort();
}

export async function evaluateCorpus(org: EffectiveOrganisation, dir = CORPUS_DIR): Promise<AccuracyReport> {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (rule: string, key: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(family(rule)) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(family(rule), c);
  };
  const results: DocumentResult[] = [];
  for (const file of corpusFiles(dir)) {
    const expected = JSON.parse(
      readFileSync(join(dir, file.replace(/\.(docx|txt|md)$/, '.expected.json')), 'utf8'),
    ) as Expected;
    const doc = await readDocumentFile(join(dir, file));
    const report = checkDocument(doc, org);
    const unmatched = [...report.findings];
    const missed: Expected['findings'] = [];
    for (const e of expected.findings) {
      const i = unmatched.findIndex((f) => f.rule === e.rule && overlaps(f, e.excerpt, doc.text));
      if (i >= 0) {
        unmatched.splice(i, 1);
        bump(e.rule, 'tp');
      } else {
        missed.push(e);
        bump(e.rule, 'fn');
      }
    }
    for (const f of unmatched) bump(f.rule, 'fp');
    const clean = expected.findings.length === 0;
    results.push({
      file,
      expectedType: expected.type,
      detectedType: report.type,
      missed,
      extra: unmatched,
      clean,
      errorsOnClean: clean ? report.findings.filter((f) => f.severity === 'error').length : 0,
    });
  }
  const families: Record<string, FamilyScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [name, c] of [...counts].sort()) {
    families[name] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return {
    documents: results.length,
    cleanDocuments: results.filter((r) => r.clean).length,
    typeAccuracy: results.length
      ? results.filter((r) => r.expectedType === r.detectedType).length / results.length
      : 1,
    families,
    overall: score(tp, fp, fn),
    errorsOnClean: results.reduce((n, r) => n + r.errorsOnClean, 0),
    results,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const orgIndex = args.indexOf('--org');
  // --real [dir]: the real published texts instead (bench/check-real-texts.ts; the texts stay
  // outside the repository, the labels are test/fixtures/real-texts/manifest.json).
  const realIndex = args.indexOf('--real');
  if (realIndex >= 0) {
    const dir =
      args[realIndex + 1] && !args[realIndex + 1].startsWith('--') ? args[realIndex + 1] : undefined;
    printRealTexts(realCorpusDir(dir), args.includes('--verbose'));
    return;
  }
  const org = loadEffectiveOrganisation(orgIndex >= 0 ? args[orgIndex + 1] : undefined);
  const dirIndex = args.indexOf('--dir');
  const report = await evaluateCorpus(org, dirIndex >= 0 ? resolve(args[dirIndex + 1]) : CORPUS_DIR);
  const out = (l: string) => process.stdout.write(`${l}\n`);
  out(`Corpus: ${report.documents} documenten (${report.cleanDocuments} zonder bevindingen)`);
  out(`Documenttype herkend: ${pct(report.typeAccuracy)}`);
  out('');
  out('familie       precisie   recall    tp  fp  fn');
  for (const [name, s] of Object.entries(report.families)) {
    out(
      `${name.padEnd(12)}  ${pct(s.precision).padStart(8)}  ${pct(s.recall).padStart(8)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
    );
  }
  const o = report.overall;
  out(
    `${'totaal'.padEnd(12)}  ${pct(o.precision).padStart(8)}  ${pct(o.recall).padStart(8)}  ${String(o.tp).padStart(3)} ${String(o.fp).padStart(3)} ${String(o.fn).padStart(3)}`,
  );
  out('');
  out(`Fouten (severity error) op propere documenten: ${report.errorsOnClean}`);
  const verbose = args.includes('--verbose');
  for (const r of report.results) {
    const wrongType = r.expectedType !== r.detectedType;
    if (!verbose && !wrongType && !r.missed.length && !r.extra.length) continue;
    out('');
    out(`${r.file}${wrongType ? ` (type ${r.detectedType}, verwacht ${r.expectedType})` : ''}`);
    for (const m of r.missed) out(`  gemist:   ${m.rule} ${m.excerpt ? JSON.stringify(m.excerpt) : ''}`);
    for (const f of r.extra)
      out(`  te veel:  ${f.rule} ${f.severity} ${JSON.stringify(f.excerpt.slice(0, 80))}`);
  }
}

if (require.main === module) void main();
