// Shared by the task pane's end-to-end test and bench/taskpane.ts: start the real server (on the
// build `npm start` uses, made when stale) on a free port, and launch Debian's chromium through playwright-core (never a browser a
// tool downloads itself).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { npmStartNodeArgs } from '../helpers/npm-start';

export { CHROMIUM_ARGS, chromiumPath, launchChromium } from './chromium';

export interface PaneServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  url: string;
  close(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '../..');

/**
 * Starts the real server with `npm start`'s own node
 * command in local mode on a free port, in a child process: PGlite needs dynamic imports
 * that jest's module sandbox does not offer.
 */
export async function startPaneServer(): Promise<PaneServer> {
  // No rebuild here: the pages are served from dist/web while other test files run, and a rebuild
  // empties the folder first (a tab test in the other worker then loads a 404).
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'afspraak-e2e-'));
  const child = spawn(process.execPath, npmStartNodeArgs(), {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HTTPS_PORT: '',
      DATA_DIR: dataDir,
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    // A guard against a hang, not a speed target (bench/start measures that): a first start creates
    // and migrates the database, which takes a minute on a loaded 2-core machine.
    const timer = setTimeout(() => reject(new Error(`server did not start in 150 s:\n${output}`)), 150_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The start-up log names the task pane's URL once the server listens.
      const m = /task pane:\s+http:\/\/[^\s/]+:(\d+)\/taskpane\//.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}/taskpane/`,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
