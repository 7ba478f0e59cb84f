// Blind evaluation of ask, triage and the checks on sets written by someone who never saw the
// implementations, their lexicons or their development sets (test/fixtures/blind/README.md).
// Usage: npx tsx bench/blind-eval.ts [--json] [--wait]
// --wait: while an API cannot be loaded (not written yet, or mid-edit), retry every 60 s (30 min).
// The sets must never be tuned on: a miss here names a general weakness, not a sentence to add.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { DocumentType, Finding } from '../shared/checks';
import { findAgreement, type Modality } from '../shared/catalogue';
import { effectiveOrganisation, parseOrganisation, type EffectiveOrganisation } from '../shared/organisation';
import type { TriageKind, TriageRoute } from '../shared/triage';

// The APIs under test are loaded lazily, so one module that does not load (not written yet, or a
// colleague mid-edit) does not hide the figures of the others.
type AskApi = Pick<typeof import('../shared/ask'), 'ask'>;
type TriageApi = Pick<typeof import('../shared/triage'), 'triage'>;
type ChecksApi = Pick<
  typeof import('../shared/checks'),
  'checkDocument' | 'documentFromMarkdown' | 'documentFromText'
>;
// require, not import(): under module nodenext a dynamic import() is an ES import and would need
// file extensions that jest's resolver does not map back to .ts.
/* eslint-disable @typescript-eslint/no-require-imports */
export const loadAskApi = async (): Promise<AskApi> => require('../shared/ask') as AskApi;
export const loadTriageApi = async (): Promise<TriageApi> => require('../shared/triage') as TriageApi;
export const loadChecksApi = async (): Promise<ChecksApi> => require('../shared/checks') as ChecksApi;
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, '..');
const BLIND = path.join(ROOT, 'test', 'fixtures', 'blind');

export interface AskCase {
  question: string;
  agreements: number[];
  verdict: Modality;
  outOfScope: boolean;
}
export interface TriageCase {
  text: string;
  kind: TriageKind;
  route: TriageRoute;
  agreements: number[];
}
export interface ExpectedFinding {
  rule: string;
  excerpt: string;
}
export interface DocumentCase {
  name: string;
  file: string;
  type: DocumentType;
  findings: ExpectedFinding[];
}

export function loadOrganisation(): EffectiveOrganisation {
  const file = path.join(ROOT, 'organisations', 'zilverbeek.yaml');
  const parsed = parseOrganisation(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(`organisation file invalid: ${JSON.stringify(parsed.errors)}`);
  return effectiveOrganisation(parsed.organisation);
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(BLIND, name), 'utf8')) as T;
}

export function loadDocuments(): DocumentCase[] {
  const dir = path.join(BLIND, 'documents');
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()
    .map((file) => {
      const name = file.replace(/\.(txt|md)$/, '');
      const expected = JSON.parse(readFileSync(path.join(dir, `${name}.expected.json`), 'utf8')) as {
        type: DocumentType;
        findings: ExpectedFinding[];
      };
      return { name, file: path.join(dir, file), ...expected };
    });
}

const ratio = (num: number, den: number) => (den === 0 ? 1 : num / den);

// ---------------------------------------------------------------------------------------------
// ask

export interface AskMiss {
  question: string;
  expected: string;
  got: string;
  /** What went wrong, for grouping: false-oos, missed-oos, agreement, verdict. */
  problem: 'false-out-of-scope' | 'missed-out-of-scope' | 'agreement' | 'verdict';
}
export interface AskFigures {
  inScope: number;
  outOfScope: number;
  top1: number;
  top3: number;
  /** The first answer's verdict equals the label, over all in-scope questions. */
  verdict: number;
  /** The same, only where the first answer's agreement is acceptable. */
  verdictGivenTop1: number;
  oosPrecision: number;
  oosRecall: number;
  wrongRefusals: number;
  msPerQuestion: number;
  /** Per section of the label's best agreement ('5.8'): questions, top-1 and top-3 hits. */
  sections: Record<string, { total: number; top1: number; top3: number }>;
  /** Expected verdict -> the first answer's verdict -> count, where top-1 is right. */
  verdictConfusion: Record<string, Record<string, number>>;
  misses: AskMiss[];
}

function describeAnswers(r: ReturnType<AskApi['ask']>): string {
  if (r.outOfScope) return 'out of scope';
  return r.answers
    .slice(0, 3)
    .map((a) => `${a.agreement}/${a.verdict}`)
    .join(' ');
}

export function evaluateAsk(cases: AskCase[], org: EffectiveOrganisation, { ask }: AskApi): AskFigures {
  let top1 = 0;
  let top3 = 0;
  let verdict = 0;
  let verdictWithTop1 = 0;
  let predictedOos = 0;
  let trueOos = 0;
  let wrongRefusals = 0;
  const misses: AskMiss[] = [];
  const sections: AskFigures['sections'] = {};
  const verdictConfusion: AskFigures['verdictConfusion'] = {};
  const started = performance.now();
  for (const c of cases) {
    const r = ask(c.question, org);
    const expected = c.outOfScope ? 'out of scope' : `${c.agreements.join('|')}/${c.verdict}`;
    const got = describeAnswers(r);
    if (r.outOfScope) predictedOos++;
    if (c.outOfScope) {
      if (r.outOfScope) trueOos++;
      else misses.push({ question: c.question, expected, got, problem: 'missed-out-of-scope' });
      continue;
    }
    if (r.outOfScope) {
      wrongRefusals++;
      misses.push({ question: c.question, expected, got, problem: 'false-out-of-scope' });
      continue;
    }
    const acceptable = new Set(c.agreements);
    const first = r.answers[0];
    const hit1 = first !== undefined && acceptable.has(first.agreement);
    const hit3 = r.answers.slice(0, 3).some((a) => acceptable.has(a.agreement));
    if (hit1) top1++;
    if (hit3) top3++;
    const sectionId = findAgreement(c.agreements[0]!)?.section.id ?? '?';
    const section = (sections[sectionId] ??= { total: 0, top1: 0, top3: 0 });
    section.total++;
    if (hit1) section.top1++;
    if (hit3) section.top3++;
    if (hit1) {
      const row = (verdictConfusion[c.verdict] ??= {});
      row[first.verdict] = (row[first.verdict] ?? 0) + 1;
    }
    const verdictRight = first?.verdict === c.verdict;
    if (verdictRight) verdict++;
    if (hit1 && verdictRight) verdictWithTop1++;
    if (!hit1) misses.push({ question: c.question, expected, got, problem: 'agreement' });
    else if (!verdictRight) misses.push({ question: c.question, expected, got, problem: 'verdict' });
  }
  const inScope = cases.filter((c) => !c.outOfScope).length;
  const outOfScope = cases.length - inScope;
  return {
    inScope,
    outOfScope,
    top1: ratio(top1, inScope),
    top3: ratio(top3, inScope),
    verdict: ratio(verdict, inScope),
    verdictGivenTop1: ratio(verdictWithTop1, top1),
    oosPrecision: ratio(trueOos, predictedOos),
    oosRecall: ratio(trueOos, outOfScope),
    wrongRefusals,
    msPerQuestion: (performance.now() - started) / Math.max(1, cases.length),
    sections,
    verdictConfusion,
    misses,
  };
}

// ---------------------------------------------------------------------------------------------
// triage

export interface TriageMiss {
  text: string;
  expected: string;
  got: string;
}
export interface TriageFigures {
  total: number;
  kind: number;
  route: number;
  /** The label's first agreement is among the agreements triage names. */
  agreement: number;
  misses: TriageMiss[];
}

export function evaluateTriage(
  cases: TriageCase[],
  org: EffectiveOrganisation,
  { triage }: TriageApi,
): TriageFigures {
  let kind = 0;
  let route = 0;
  let agreement = 0;
  const misses: TriageMiss[] = [];
  for (const c of cases) {
    const r = triage(c.text, org);
    const kindRight = r.kind === c.kind;
    const routeRight = r.route === c.route;
    const agreementRight =
      c.agreements.length === 0 ? r.agreements.length === 0 : r.agreements.includes(c.agreements[0]!);
    if (kindRight) kind++;
    if (routeRight) route++;
    if (agreementRight) agreement++;
    if (!kindRight || !routeRight || !agreementRight)
      misses.push({
        text: c.text,
        expected: `${c.kind}/${c.route} [${c.agreements.join(',')}]`,
        got: `${r.kind}/${r.route} [${r.agreements.join(',')}]`,
      });
  }
  return {
    total: cases.length,
    kind: ratio(kind, cases.length),
    route: ratio(route, cases.length),
    agreement: ratio(agreement, cases.length),
    misses,
  };
}

// ---------------------------------------------------------------------------------------------
// checks

export interface FamilyFigures {
  expected: number;
  found: number;
  got: number;
  correct: number;
  precision: number;
  recall: number;
}
export interface ChecksMiss {
  document: string;
  kind: 'missed' | 'unexpected' | 'type';
  rule: string;
  excerpt: string;
  severity?: string;
}
export interface ChecksFigures {
  documents: number;
  cleanDocuments: number;
  typeDetected: number;
  families: Record<string, FamilyFigures>;
  overall: FamilyFigures;
  /** Findings of severity error on documents labelled clean. */
  errorsOnClean: number;
  /** Findings of any severity on documents labelled clean. */
  findingsOnClean: number;
  misses: ChecksMiss[];
}

const familyOf = (rule: string) => rule.split('.')[0]!;

/** A found finding matches a label when the rule is the same and the spans overlap (or either is document-level). */
function matches(expected: ExpectedFinding, span: [number, number] | null, f: Finding): boolean {
  if (f.rule !== expected.rule) return false;
  if (span === null) return true;
  if (f.start === f.end) return true;
  return f.start < span[1] && span[0] < f.end;
}

export function evaluateChecks(
  cases: DocumentCase[],
  org: EffectiveOrganisation,
  { checkDocument, documentFromMarkdown, documentFromText }: ChecksApi,
): ChecksFigures {
  const families: Record<string, FamilyFigures> = {};
  const fam = (rule: string) =>
    (families[familyOf(rule)] ??= { expected: 0, found: 0, got: 0, correct: 0, precision: 0, recall: 0 });
  const misses: ChecksMiss[] = [];
  let typeDetected = 0;
  let errorsOnClean = 0;
  let findingsOnClean = 0;
  for (const c of cases) {
    const source = readFileSync(c.file, 'utf8');
    const doc = c.file.endsWith('.md') ? documentFromMarkdown(source) : documentFromText(source);
    const detected = checkDocument(doc, org).type;
    if (detected === c.type) typeDetected++;
    else
      misses.push({ document: c.name, kind: 'type', rule: `${c.type} detected as ${detected}`, excerpt: '' });
    const report = checkDocument(doc, org, { type: c.type });
    const spans = c.findings.map((e): [number, number] | null => {
      if (!e.excerpt) return null;
      const at = doc.text.indexOf(e.excerpt);
      if (at < 0) throw new Error(`${c.name}: label excerpt not in the document text: ${e.excerpt}`);
      return [at, at + e.excerpt.length];
    });
    c.findings.forEach((e, i) => {
      fam(e.rule).expected++;
      if (report.findings.some((f) => matches(e, spans[i]!, f))) fam(e.rule).found++;
      else misses.push({ document: c.name, kind: 'missed', rule: e.rule, excerpt: e.excerpt });
    });
    for (const f of report.findings) {
      fam(f.rule).got++;
      if (c.findings.some((e, i) => matches(e, spans[i]!, f))) fam(f.rule).correct++;
      else
        misses.push({
          document: c.name,
          kind: 'unexpected',
          rule: f.rule,
          excerpt: f.excerpt,
          severity: f.severity,
        });
    }
    if (c.findings.length === 0) {
      findingsOnClean += report.findings.length;
      errorsOnClean += report.findings.filter((f) => f.severity === 'error').length;
    }
  }
  const overall: FamilyFigures = { expected: 0, found: 0, got: 0, correct: 0, precision: 0, recall: 0 };
  for (const f of Object.values(families)) {
    f.precision = ratio(f.correct, f.got);
    f.recall = ratio(f.found, f.expected);
    overall.expected += f.expected;
    overall.found += f.found;
    overall.got += f.got;
    overall.correct += f.correct;
  }
  overall.precision = ratio(overall.correct, overall.got);
  overall.recall = ratio(overall.found, overall.expected);
  return {
    documents: cases.length,
    cleanDocuments: cases.filter((c) => c.findings.length === 0).length,
    typeDetected,
    families,
    overall,
    errorsOnClean,
    findingsOnClean,
    misses,
  };
}

export interface BlindFigures {
  ask: AskFigures;
  triage: TriageFigures;
  checks: ChecksFigures;
}

/** Every figure; rejects when an API does not load (the jest guard treats that as a collapse). */
export async function runBlindEval(org: EffectiveOrganisation = loadOrganisation()): Promise<BlindFigures> {
  const [askApi, triageApi, checksApi] = await Promise.all([loadAskApi(), loadTriageApi(), loadChecksApi()]);
  return {
    ask: evaluateAsk(readJson<AskCase[]>('ask.json'), org, askApi),
    triage: evaluateTriage(readJson<TriageCase[]>('triage.json'), org, triageApi),
    checks: evaluateChecks(loadDocuments(), org, checksApi),
  };
}

// ---------------------------------------------------------------------------------------------
// printing

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function printAsk(a: AskFigures): void {
  console.log(
    `ASK  (${a.inScope} in scope, ${a.outOfScope} out of scope, ${a.msPerQuestion.toFixed(1)} ms/question)`,
  );
  console.log(`  top-1 ${pct(a.top1)}   top-3 ${pct(a.top3)}`);
  console.log(
    `  verdict ${pct(a.verdict)} (all in scope)   ${pct(a.verdictGivenTop1)} (where top-1 is right)`,
  );
  console.log(
    `  out of scope: precision ${pct(a.oosPrecision)}  recall ${pct(a.oosRecall)}  wrong refusals ${a.wrongRefusals}`,
  );
  const bySection = Object.entries(a.sections).sort(([x], [y]) =>
    x.localeCompare(y, 'nl', { numeric: true }),
  );
  console.log(
    `  per section (top-1/top-3/n): ${bySection.map(([id, s]) => `${id} ${s.top1}/${s.top3}/${s.total}`).join('  ')}`,
  );
  console.log(
    `  verdict confusion where top-1 is right (expected: got×n): ${Object.entries(a.verdictConfusion)
      .map(
        ([exp, row]) =>
          `${exp}: ${Object.entries(row)
            .map(([got, n]) => `${got}×${n}`)
            .join(' ')}`,
      )
      .join(' | ')}`,
  );
}

function printTriage(t: TriageFigures): void {
  console.log(`TRIAGE  (${t.total} situations)`);
  console.log(`  kind ${pct(t.kind)}   route ${pct(t.route)}   agreement ${pct(t.agreement)}`);
}

function printChecks(c: ChecksFigures): void {
  console.log(
    `CHECKS  (${c.documents} documents, ${c.cleanDocuments} clean; type detected ${c.typeDetected}/${c.documents})`,
  );
  for (const [name, x] of Object.entries(c.families).sort())
    console.log(
      `  ${name.padEnd(11)} precision ${pct(x.precision).padStart(7)} (${x.correct}/${x.got})   recall ${pct(x.recall).padStart(7)} (${x.found}/${x.expected})`,
    );
  console.log(
    `  ${'all'.padEnd(11)} precision ${pct(c.overall.precision).padStart(7)} (${c.overall.correct}/${c.overall.got})   recall ${pct(c.overall.recall).padStart(7)} (${c.overall.found}/${c.overall.expected})`,
  );
  console.log(
    `  on clean documents: ${c.errorsOnClean} error findings, ${c.findingsOnClean} findings in all`,
  );
}

function printMisses(f: Partial<BlindFigures>): void {
  const { ask: a, triage: t, checks: c } = f;

  console.log('\nASK MISSES (question → expected vs got)');
  if (a)
    for (const m of [...a.misses].sort((x, y) => x.problem.localeCompare(y.problem)))
      console.log(`  [${m.problem}] ${m.question} → ${m.expected} vs ${m.got}`);
  console.log('\nTRIAGE MISSES (text → expected vs got)');
  if (t) for (const m of t.misses) console.log(`  ${m.text} → ${m.expected} vs ${m.got}`);
  console.log('\nCHECKS MISSES');
  if (c)
    for (const m of c.misses)
      console.log(
        `  ${m.document}: ${m.kind} ${m.rule}${m.severity ? ` (${m.severity})` : ''} ${JSON.stringify(m.excerpt.slice(0, 80))}`,
      );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Loads an API, retrying every 60 s for up to 30 minutes when asked to wait. */
async function loadWithPatience<T>(name: string, load: () => Promise<T>, wait: boolean): Promise<T | Error> {
  for (let attempt = 0; ; attempt++) {
    try {
      const api = await load();
      if (Object.values(api as object).some((v) => v === undefined)) throw new Error('export missing');
      return api;
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      if (!wait || attempt >= 30) return error;
      console.error(`${name} not loadable yet (${error.message.split('\n')[0]}); retrying in 60 s`);
      await sleep(60_000);
    }
  }
}

async function main(): Promise<void> {
  const wait = process.argv.includes('--wait');
  const org = loadOrganisation();
  const figures: Partial<BlindFigures> = {};
  const failures: string[] = [];
  const askApi = await loadWithPatience('shared/ask', loadAskApi, wait);
  if (askApi instanceof Error) failures.push(`ASK unavailable: ${askApi.message.split('\n')[0]}`);
  else figures.ask = evaluateAsk(readJson<AskCase[]>('ask.json'), org, askApi);
  const triageApi = await loadWithPatience('shared/triage', loadTriageApi, wait);
  if (triageApi instanceof Error) failures.push(`TRIAGE unavailable: ${triageApi.message.split('\n')[0]}`);
  else figures.triage = evaluateTriage(readJson<TriageCase[]>('triage.json'), org, triageApi);
  const checksApi = await loadWithPatience('shared/checks', loadChecksApi, wait);
  if (checksApi instanceof Error) failures.push(`CHECKS unavailable: ${checksApi.message.split('\n')[0]}`);
  else figures.checks = evaluateChecks(loadDocuments(), org, checksApi);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ ...figures, failures }, null, 2));
  else {
    if (figures.ask) printAsk(figures.ask);
    if (figures.triage) printTriage(figures.triage);
    if (figures.checks) printChecks(figures.checks);
    for (const line of failures) console.log(line);
    printMisses(figures);
  }
  if (failures.length > 0) process.exitCode = 1;
}

if (require.main === module) void main();
