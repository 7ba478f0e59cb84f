// How long a user waits for Afspraak to start: the CLI (`afspraak help`, `ask`, `check` on a
// one-page letter) as a ratio to `node -e 0` measured in the same run, and the server's time from
// `npm start`'s node command to `GET /healthz` answering 200. Runs are interleaved round-robin so
// the other load on a shared machine falls on every command alike; medians are reported.
//
//   npx tsx bench/start.ts [--runs 9] [--server-runs 3] [--bin <checkout>/bin/afspraak.js] [--no-server]
//
// It builds first when dist/ is stale (build/ensure-built.js). `--bin` measures another checkout's
// CLI (e.g. an older commit unpacked in /tmp) with the same letter and baseline.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Document, Packer, Paragraph } from 'docx';
import { npmStartNodeArgs } from '../test/helpers/npm-start';

const ROOT = path.resolve(__dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    'server-runs': { type: 'string', default: '3' },
    bin: { type: 'string' },
    'no-server': { type: 'boolean', default: false },
    'from-source': { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const BIN = path.resolve(values.bin ?? path.join(ROOT, 'bin', 'afspraak.js'));
const QUESTION = 'Mag ik zelf een persbericht naar de krant sturen?';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function timeOnce(args: string[], env: NodeJS.ProcessEnv): number {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    cwd: path.dirname(path.dirname(BIN)),
    env,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** The one-page letter (bench/fixtures/brief-een-pagina.txt, ~300 words) as the .docx a writer has. */
async function letterDocx(dir: string): Promise<string> {
  const text = readFileSync(path.join(__dirname, 'fixtures', 'brief-een-pagina.txt'), 'utf8');
  const doc = new Document({ sections: [{ children: text.split('\n').map((line) => new Paragraph(line)) }] });
  const file = path.join(dir, 'brief-een-pagina.docx');
  writeFileSync(file, await Packer.toBuffer(doc));
  return file;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** CPU time (user + system) a process has used so far, from /proc on Linux; undefined elsewhere. */
function cpuMs(pid: number): number | undefined {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms
  } catch {
    return undefined;
  }
}

/** From spawning `npm start`'s node command to the first 200 from /healthz: wall and the server's CPU. */
async function timeToHealthz(dataDir: string): Promise<{ wall: number; cpu?: number }> {
  const port = await freePort();
  const started = Date.now();
  const child = spawn(process.execPath, npmStartNodeArgs(), {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited ${child.exitCode}: ${stderr}`);
      if (Date.now() - started > 120_000) throw new Error('no /healthz within 120 s');
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) return { wall: Date.now() - started, cpu: cpuMs(child.pid!) };
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function main(): Promise<void> {
  if (!values.bin) {
    const built = spawnSync(process.execPath, [path.join(ROOT, 'build', 'ensure-built.js')], {
      stdio: 'inherit',
    });
    if (built.status !== 0) throw new Error('the build failed');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'afspraak-start-'));
  try {
    const letter = await letterDocx(dir);
    const env = { ...process.env, ...(values['from-source'] ? { AFSPRAAK_FROM_SOURCE: '1' } : {}) };
    const cases: [string, string[]][] = [
      ['node -e 0', ['-e', '0']],
      ['afspraak help', [BIN, 'help']],
      [`afspraak ask "${QUESTION}"`, [BIN, 'ask', QUESTION]],
      ['afspraak check brief-een-pagina.docx', [BIN, 'check', letter]],
    ];
    const times = cases.map(() => [] as number[]);
    cases.forEach(([, args]) => timeOnce(args, env)); // warm the file cache
    for (let run = 0; run < RUNS; run++) cases.forEach(([, args], i) => times[i].push(timeOnce(args, env)));
    const base = median(times[0]);
    console.log(
      `CLI (${BIN === path.join(ROOT, 'bin', 'afspraak.js') ? (values['from-source'] ? 'from source, tsx' : 'built') : BIN}), ${RUNS} runs each, interleaved:`,
    );
    console.log('| command | median | min | × node -e 0 (median) |');
    console.log('|---|---|---|---|');
    cases.forEach(([name], i) =>
      console.log(
        `| ${name} | ${median(times[i]).toFixed(0)} ms | ${Math.min(...times[i]).toFixed(0)} ms | ${(median(times[i]) / base).toFixed(2)} |`,
      ),
    );

    if (values['no-server'] || values.bin) return;
    const serverRuns = Number(values['server-runs']);
    const first: { wall: number; cpu?: number }[] = [];
    const again: { wall: number; cpu?: number }[] = [];
    for (let run = 0; run < serverRuns; run++) {
      const dataDir = path.join(dir, `data-${run}`);
      mkdirSync(dataDir);
      first.push(await timeToHealthz(dataDir)); // PGlite creates its database (initdb)
      again.push(await timeToHealthz(dataDir)); // a restart: the database exists
      rmSync(dataDir, { recursive: true, force: true });
    }
    console.log(`\nServer (npm start's node command → /healthz 200, embedded PGlite), ${serverRuns} runs:`);
    // On a shared machine the wall time waits for other processes; the CPU time is the server's own.
    const line = (runs: { wall: number; cpu?: number }[]) =>
      `median ${median(runs.map((r) => r.wall))} ms wall (${runs.map((r) => r.wall).join(', ')}), ` +
      `CPU ${runs.map((r) => (r.cpu === undefined ? '?' : `${r.cpu} ms`)).join(', ')}`;
    console.log(`  restart (database exists): ${line(again)}`);
    console.log(`  first start (creates the database): ${line(first)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
