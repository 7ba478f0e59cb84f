// The node arguments of `npm start`'s last command (after build/ensure-built.js), so tests and
// benches start the bot exactly as users and production do: same built entry, same heap caps.
// Like `npm start`, it builds first when dist/ is missing or older than the sources.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
export const SERVER_ENTRY = 'dist/server/index.js';

export function npmStartNodeArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const command = pkg.scripts.start.split('&&').pop()!.trim().split(/\s+/);
  if (command[0] !== 'node' || command[command.length - 1] !== SERVER_ENTRY)
    throw new Error(`npm start should end with "node … ${SERVER_ENTRY}", found "${command.join(' ')}"`);
  ensureBuilt();
  return command.slice(1).map((a) => (a === SERVER_ENTRY ? join(ROOT, a) : a));
}

/** Builds dist/ when it is stale, as `npm start` does first (build/ensure-built.js). */
export function ensureBuilt(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'build', 'ensure-built.js')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`the build failed:\n${r.stdout}${r.stderr}`);
}
