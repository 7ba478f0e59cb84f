// How `afspraak check` fares against zip bombs: a .docx of about a megabyte that inflates to
// 400 MB, one that inflates to 1.2 GB, and one that declares 4 kB but inflates to 300 MB (sizes
// that lie, caught while inflating). Each file is read in a fresh child process through the CLI's
// own reader (cli/document-file.ts); the child prints its time to refusal and its peak memory above
// what it used before reading. An honest one-page letter is the baseline.
//
//   npx tsx bench/zip-bomb.ts
//
// Target (issue 17): refused in under 1 s with under 100 MB extra memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { readDocumentFile } from '../cli/document-file';
import { bombDocx } from '../test/helpers/zip-bomb';

interface Measured {
  ms: number;
  extraMb: number;
  outcome: string;
}

async function measureOne(file: string): Promise<void> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  const started = performance.now();
  let outcome: string;
  try {
    const doc = await readDocumentFile(file);
    outcome = `read (${doc.paragraphs.length} paragraphs)`;
  } catch (error) {
    outcome = `refused: ${(error as Error).message.slice(0, 90)}…`;
  }
  const ms = performance.now() - started;
  // maxRSS is in kilobytes: the peak of the whole process, read once the work is done.
  const extraMb = (process.resourceUsage().maxRSS * 1024 - before) / 1024 / 1024;
  process.stdout.write(JSON.stringify({ ms, extraMb, outcome } satisfies Measured));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'afspraak-zip-bomb-'));
  try {
    const cases: [string, Buffer][] = [
      [
        'letter (baseline)',
        await Packer.toBuffer(
          new Document({
            sections: [
              { children: [new Paragraph('Beste inwoner,'), new Paragraph('Met vriendelijke groeten')] },
            ],
          }),
        ),
      ],
      ['bomb: 400 MB', bombDocx({ inflatedMb: 400 })],
      ['bomb: 1.2 GB', bombDocx({ inflatedMb: 1200 })],
      ['bomb: declares 4 kB, inflates to 300 MB', bombDocx({ inflatedMb: 300, declaredBytes: 4000 })],
    ];
    console.log(
      'case'.padEnd(42),
      'file'.padStart(9),
      'time'.padStart(9),
      'extra memory'.padStart(13),
      ' outcome',
    );
    for (const [name, bytes] of cases) {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.docx`);
      writeFileSync(file, bytes);
      const child = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', __filename, '--one', file],
        { encoding: 'utf8', timeout: 300_000 },
      );
      let m: Measured;
      try {
        m = JSON.parse(child.stdout) as Measured;
      } catch {
        console.log(
          name.padEnd(42),
          `failed (exit ${child.status} ${child.signal ?? ''}): ${child.stderr.slice(-300)}`,
        );
        continue;
      }
      console.log(
        name.padEnd(42),
        `${(bytes.length / 1024 / 1024).toFixed(2)} MB`.padStart(9),
        `${m.ms.toFixed(0)} ms`.padStart(9),
        `${m.extraMb.toFixed(1)} MB`.padStart(13),
        '',
        m.outcome,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const one = process.argv.indexOf('--one');
if (one !== -1) void measureOne(process.argv[one + 1]);
else void main();
