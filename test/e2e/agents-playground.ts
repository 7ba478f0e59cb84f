// Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`), Microsoft's offline Teams
// client for bots: it plays the Teams channel and connector for a bot endpoint and serves a
// Teams-like web page (personal chat, group chat, team channels, Microsoft's Adaptive Card
// rendering, Action.Execute invokes). The end-to-end test drives that page in chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');

/** The playground's signed-in user (its default configuration): add it to PRESS_DESK_MEMBERS. */
export const PLAYGROUND_USER = {
  name: 'Alex Wilber',
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
};

export interface Playground {
  /** The page to open: http://127.0.0.1:<port>/ */
  url: string;
  /** What the playground printed (its log, for a failing test's message). */
  output(): string;
  close(): Promise<void>;
}

/** A free TCP port on loopback (the playground takes a fixed one, not 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the playground against a bot endpoint (…/api/messages), offline and without telemetry.
 * It runs in an empty folder, so no `.m365agentsplayground.yml` of a developer's changes the users.
 */
export async function startPlayground(botEndpoint: string, timeoutMs = 60_000): Promise<Playground> {
  const port = await freePort();
  const cwd = mkdtempSync(path.join(tmpdir(), 'afspraak-playground-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [CLI, '-e', botEndpoint, '-c', 'msteams', '-p', String(port), '--dt'],
    // stdin stays open: the playground exits when its standard input ends.
    { cwd, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none' } },
  );
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(cwd, { recursive: true, force: true });
  };

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`the playground did not start within ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    const onData = () => {
      if (log.includes(`Listening on ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the playground exited (${code}) before listening:\n${log}`));
    });
  });

  return { url: `http://127.0.0.1:${port}/`, output: () => log, close };
}
