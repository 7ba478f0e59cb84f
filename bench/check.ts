// Speed and memory of the checker: 1 000-, 10 000- and 200 000-word documents built from the
// corpus's own paragraphs, all rule families, against one plain tokenisation pass over the same
// text (issue 6 targets: 10 000 words under 50 ms, linear growth, at most 5× tokenising).
// Run: npx tsx --expose-gc bench/check.ts   (node flags: tsx passes --expose-gc through)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEffectiveOrganisation } from '../cli/organisation-file';
import { checkDocument, documentFromText, type DocumentType } from '../shared/checks';
import { tokenise } from '../shared/language';
import { CORPUS_DIR } from './check-accuracy';

function sourceParagraphs(): string[] {
  const paragraphs: string[] = [];
  for (const file of readdirSync(CORPUS_DIR)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()) {
    for (const line of readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n')) {
      if (line.trim().split(/\s+/).length >= 6) paragraphs.push(line.replace(/^#+\s*/, ''));
    }
  }
  return paragraphs;
}

/** A document of about `words` words: corpus paragraphs in turn, with a letter's ending. */
function buildText(words: number, paragraphs: string[]): string {
  const out: string[] = ['Betreft: subsidie voor het cultuurcentrum', '', 'Geachte mevrouw,', ''];
  let count = 0;
  // The tokeniser counts a little fewer words than white space splits ("14u30", "e-mail").
  for (let i = 0; count < words * 1.06; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    count += p.split(/\s+/).length;
  }
  out.push(
    '',
    'Met vriendelijke groeten,',
    '',
    'De algemeen directeur\t\tDe schepen van cultuur',
    'Hilde Dewilde\t\tKoen Maes',
  );
  return out.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  fn(); // warm up: compile the regular expressions and the code paths once
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

function heapDuring(fn: () => unknown): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const keep = fn();
  const after = process.memoryUsage().heapUsed;
  void keep;
  return Math.max(0, after - before) / 1024 / 1024;
}

function main(): void {
  const org = loadEffectiveOrganisation();
  const paragraphs = sourceParagraphs();
  const out = (l: string) => process.stdout.write(`${l}\n`);
  out('woorden   type         check (ms)   ms/1000 w   tokenise (ms)   verhouding   bevindingen   heap (MB)');
  for (const size of [1_000, 10_000, 200_000]) {
    const text = buildText(size, paragraphs);
    const doc = documentFromText(text);
    const words = tokenise(text).filter((t) => t.kind === 'word').length;
    const runs = size >= 200_000 ? 3 : 9;
    const tokeniseMs = time(() => tokenise(text), runs);
    // 'herkend': no type given, as a writer checks by default, so detection is timed too.
    for (const type of ['brief', 'infoblad', undefined] as (DocumentType | undefined)[]) {
      const options = type ? { type } : {};
      let findings = 0;
      const checkMs = time(() => {
        findings = checkDocument(doc, org, options).findings.length;
      }, runs);
      const heap = heapDuring(() => checkDocument(doc, org, options));
      out(
        `${String(words).padStart(7)}   ${(type ?? 'herkend').padEnd(11)}  ${checkMs.toFixed(1).padStart(10)}   ${((checkMs / words) * 1000).toFixed(2).padStart(9)}   ${tokeniseMs.toFixed(1).padStart(13)}   ${(checkMs / tokeniseMs).toFixed(1).padStart(9)}×   ${String(findings).padStart(11)}   ${heap.toFixed(1).padStart(9)}`,
      );
    }
  }
}

main();
