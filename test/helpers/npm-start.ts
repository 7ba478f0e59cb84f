// The node arguments of `npm start`'s last command (after the web build), so tests and benches start
// the bot exactly as users and production do: same entry, same heap caps, same require hook.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export function npmStartNodeArgs(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const command = pkg.scripts.start.split('&&').pop()!.trim().split(/\s+/);
  if (command[0] !== 'node' || command[command.length - 1] !== 'bot/index.ts')
    throw new Error(`npm start should end with "node … bot/index.ts", found "${command.join(' ')}"`);
  return command.slice(1);
}
