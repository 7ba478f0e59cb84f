// The content hash of the domain code (shared/): the analysed example terms depend on the
// examples, the lexicon, the stemmer and the question reader, all of which live there.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function sourceKey(root: string): string {
  const hash = createHash('sha256');
  const files = (readdirSync(path.join(root, 'shared'), { recursive: true }) as string[])
    .filter((f) => /\.(ts|tsx|json)$/.test(f))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
  for (const f of files) {
    hash.update(`${f}\0`);
    hash.update(readFileSync(path.join(root, 'shared', f)));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
