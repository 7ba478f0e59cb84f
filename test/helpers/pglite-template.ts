// PGlite data directories saved for every test file: an empty one (after initdb) and a migrated
// one. initdb takes seconds of CPU (15 s on a loaded 2-core machine) and every test file needs
// both, so the first file to run saves them under node_modules/.cache/afspraak/pglite/ and the
// others load them. The name carries a hash of the PGlite version, the start options
// (bot/storage/pglite.ts) and the migrations, so a change to any of them makes new templates.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrations } from '../../bot/storage/migrations';

const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(ROOT, 'node_modules', '.cache', 'afspraak', 'pglite');

function templateKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json')));
  hash.update(readFileSync(path.join(ROOT, 'bot/storage/pglite.ts')));
  hash.update(JSON.stringify(migrations));
  return hash.digest('hex').slice(0, 16);
}

let key: string | undefined;

/** The saved data directory `name`, or one made by `make` and saved for the next test file. */
export async function pgliteTemplate(name: 'empty' | 'migrated', make: () => Promise<Blob>): Promise<Blob> {
  key ??= templateKey();
  const file = path.join(DIR, `${key}-${name}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    // Not made yet (or unreadable): make it, and save it for the files after this one.
  }
  const made = await make();
  try {
    mkdirSync(DIR, { recursive: true });
    // Written whole, then renamed: test files run in parallel workers.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(await made.arrayBuffer()));
    renameSync(tmp, file);
  } catch {
    // A read-only checkout: every file makes its own, as before.
  }
  return made;
}
