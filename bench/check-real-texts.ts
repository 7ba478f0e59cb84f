// Precision and recall of `afspraak check` on real published Flemish municipal texts (issue 15).
// The texts themselves stay outside the repository (their publishers' words): one .txt per text
// in a corpus directory, first line its URL. The repository holds only the manifest
// (test/fixtures/real-texts/manifest.json): per text its url, municipality, type and the labels of
// an editor, each { rule, anchor (≤ 8 words quoted from the text, "" = the whole document),
// verdict }:
//   "flag"       an experienced editor flags this: the checker should find it (recall), and a
//                finding there is right;
//   "debatable"  a finding there is defensible but not what every editor would flag: it counts
//                half right in precision and is not needed for recall.
// A finding that matches no label counts as wrong. "No error on a clean text": texts without a
// "flag" label must get no finding of severity error.
// Run: npx tsx bench/check-real-texts.ts [corpus dir]   (default $CHECK_REAL_CORPUS or /work/notes/corpus)
//      npx tsx bench/check-real-texts.ts --fixes [dir]   every one-click fix, as JSON windows to review
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEffectiveOrganisation } from '../cli/organisation-file';
import {
  checkDocument,
  detectTypes,
  documentFromText,
  type DocumentType,
  type Finding,
} from '../shared/checks';
import { placesOf } from '../shared/checks/finding';

export const MANIFEST = resolve(__dirname, '../test/fixtures/real-texts/manifest.json');

export interface Label {
  rule: string;
  anchor: string;
  verdict: 'flag' | 'debatable';
  /**
   * Set on a label added after the labeller had seen the checker's findings (why, and when): the
   * figures are printed with and without such labels, so the first labelling stays measurable.
   */
  added?: string;
}

export interface RealText {
  file: string;
  url: string;
  municipality: string;
  type: DocumentType;
  labels: Label[];
}

function matches(f: Finding, label: Label, text: string): boolean {
  if (f.rule !== label.rule) return false;
  if (label.anchor === '') return true;
  for (let i = text.indexOf(label.anchor); i >= 0; i = text.indexOf(label.anchor, i + 1)) {
    const end = i + label.anchor.length;
    if (placesOf(f).some((p) => p.start < end && i < p.end)) return true;
  }
  return false;
}

export interface RealTextFigures {
  texts: number;
  words: number;
  findings: number;
  right: number;
  debatable: number;
  wrong: number;
  precision: number;
  flags: number;
  found: number;
  recall: number;
  errorsOnClean: number;
  /** Texts whose type the checker finds by itself, and is sure of (the figures above use the manifest's type). */
  typeDetected: number;
  /** Texts the checker is unsure of, with the right type among the ones it keeps open. */
  typeUnsure: number;
  /** Texts the checker gives a wrong type (sure, or unsure without the right one among its candidates). */
  typeWrong: number;
  byRule: Record<string, { findings: number; wrong: number; flags: number; found: number }>;
  notes: string[];
}

export function evaluateRealTexts(
  dir: string,
  manifest: RealText[] = JSON.parse(readFileSync(MANIFEST, 'utf8')),
): RealTextFigures {
  const org = loadEffectiveOrganisation();
  const fig: RealTextFigures = {
    texts: 0,
    words: 0,
    findings: 0,
    right: 0,
    debatable: 0,
    wrong: 0,
    precision: 1,
    flags: 0,
    found: 0,
    recall: 1,
    errorsOnClean: 0,
    typeDetected: 0,
    typeUnsure: 0,
    typeWrong: 0,
    byRule: {},
    notes: [],
  };
  const rule = (r: string) => (fig.byRule[r] ??= { findings: 0, wrong: 0, flags: 0, found: 0 });
  for (const entry of manifest) {
    const path = join(dir, entry.file);
    if (!existsSync(path)) {
      fig.notes.push(`ontbreekt: ${entry.file}`);
      continue;
    }
    // The first line is the URL, not the text.
    const text = readFileSync(path, 'utf8').split('\n').slice(1).join('\n').trim();
    const doc = documentFromText(text);
    const report = checkDocument(doc, org, { type: entry.type });
    fig.texts++;
    const detection = detectTypes(doc);
    if (detection.sure && detection.type === entry.type) fig.typeDetected++;
    else if (!detection.sure && detection.candidates.includes(entry.type)) fig.typeUnsure++;
    else fig.typeWrong++;
    fig.words += report.stats.words;
    for (const label of entry.labels) {
      if (label.anchor && !doc.text.includes(label.anchor))
        fig.notes.push(`${entry.file}: anker niet gevonden: ${JSON.stringify(label.anchor)}`);
    }
    for (const f of report.findings) {
      fig.findings++;
      rule(f.rule).findings++;
      const label = entry.labels.find((l) => matches(f, l, doc.text));
      if (!label) {
        fig.wrong++;
        rule(f.rule).wrong++;
        fig.notes.push(
          `${entry.file}: te veel ${f.rule} ${f.severity} ${JSON.stringify(f.excerpt.slice(0, 70))}`,
        );
      } else if (label.verdict === 'flag') fig.right++;
      else fig.debatable++;
    }
    for (const label of entry.labels.filter((l) => l.verdict === 'flag')) {
      fig.flags++;
      rule(label.rule).flags++;
      if (report.findings.some((f) => matches(f, label, doc.text))) {
        fig.found++;
        rule(label.rule).found++;
      } else fig.notes.push(`${entry.file}: gemist ${label.rule} ${JSON.stringify(label.anchor)}`);
    }
    if (!entry.labels.some((l) => l.verdict === 'flag'))
      fig.errorsOnClean += report.findings.filter((f) => f.severity === 'error').length;
  }
  fig.precision = fig.findings ? (fig.right + 0.5 * fig.debatable) / fig.findings : 1;
  fig.recall = fig.flags ? fig.found / fig.flags : 1;
  return fig;
}

/** One one-click fix on a real text: a short window of its sentence before and after the fix. */
export interface RealTextFix {
  file: string;
  type: DocumentType;
  before: string;
  after: string;
}

/** Words kept on each side of a fix: enough to judge the Dutch, short enough to quote. */
const WINDOW_WORDS = 8;

/** The window around [start, end): its sentence, cut to WINDOW_WORDS words on either side. */
export function fixWindow(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  const before = text.slice(a, start).split(/(?<=\s)(?=\S)/);
  if (before.length > WINDOW_WORDS) a = start - before.slice(-WINDOW_WORDS).join('').length;
  const after = text.slice(end, b).split(/(?<=\S)(?=\s)/);
  if (after.length > WINDOW_WORDS + 1) b = end + after.slice(0, WINDOW_WORDS + 1).join('').length;
  while (a < start && /\s/.test(text[a])) a++;
  return [a, b];
}

/** Every one-click fix the checker offers on the real texts, each applied on its own in its window. */
export function realTextFixes(
  dir: string,
  manifest: RealText[] = JSON.parse(readFileSync(MANIFEST, 'utf8')),
): RealTextFix[] {
  const org = loadEffectiveOrganisation();
  const out: RealTextFix[] = [];
  for (const entry of manifest) {
    const path = join(dir, entry.file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8').split('\n').slice(1).join('\n').trim();
    const doc = documentFromText(text);
    for (const f of checkDocument(doc, org, { type: entry.type }).findings) {
      for (const p of placesOf(f)) {
        if (!p.fix) continue;
        const [a, b] = fixWindow(doc.text, p.start, p.end);
        out.push({
          file: entry.file,
          type: entry.type,
          before: doc.text.slice(a, b).trim(),
          after: (doc.text.slice(a, p.start) + p.fix.replacement + doc.text.slice(p.end, b)).trim(),
        });
      }
    }
  }
  return out;
}

/** Where the texts are: an argument, $CHECK_REAL_CORPUS, or the team's notes folder. */
export function realCorpusDir(arg?: string): string {
  return resolve(arg ?? process.env.CHECK_REAL_CORPUS ?? '/work/notes/corpus');
}

/** The manifest as it was first labelled, before any label added after seeing the findings. */
export function originalLabels(manifest: RealText[]): RealText[] {
  return manifest.map((e) => ({ ...e, labels: e.labels.filter((l) => !l.added) }));
}

export function printRealTexts(dir: string, verbose = false): void {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as RealText[];
  const added = manifest.reduce((n, e) => n + e.labels.filter((l) => l.added).length, 0);
  const first = evaluateRealTexts(dir, originalLabels(manifest));
  const f = evaluateRealTexts(dir, manifest);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const out = (l: string) => process.stdout.write(`${l}\n`);
  out(
    `Echte teksten: ${f.texts} (${f.words} woorden), ${f.findings} bevindingen (${((f.findings / Math.max(1, f.words)) * 1000).toFixed(1)} per 1 000 woorden)`,
  );
  const figures = (g: RealTextFigures) =>
    `precisie ${pct(g.precision)} (${g.right} juist, ${g.debatable} betwistbaar, ${g.wrong} fout), recall ${pct(g.recall)} (${g.found} van ${g.flags})`;
  out(`Oorspronkelijke labels (betwistbaar telt half): ${figures(first)}`);
  out(`Met de ${added} later toegevoegde labels:         ${figures(f)}`);
  out(`Fouten (severity error) op propere teksten: ${f.errorsOnClean}`);
  out(
    `Documenttype zelf herkend: ${f.typeDetected} van ${f.texts} zeker juist, ${f.typeUnsure} onzeker (juiste type bij de mogelijke), ${f.typeWrong} fout`,
  );
  out('');
  out('regel                          bevindingen  fout  gemarkeerd  gevonden');
  for (const [r, s] of Object.entries(f.byRule).sort())
    out(
      `${r.padEnd(30)} ${String(s.findings).padStart(11)} ${String(s.wrong).padStart(5)} ${String(s.flags).padStart(11)} ${String(s.found).padStart(9)}`,
    );
  if (verbose || f.notes.length < 40) for (const n of f.notes) out(`  ${n}`);
}

if (require.main === module) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  // --fixes: the fixes as JSON, to review by hand before they replace
  // test/fixtures/real-texts/fixes.reviewed.json.
  if (process.argv.includes('--fixes'))
    process.stdout.write(`${JSON.stringify(realTextFixes(realCorpusDir(args[0])), null, 1)}\n`);
  else printRealTexts(realCorpusDir(args[0]), process.argv.includes('--verbose'));
}
