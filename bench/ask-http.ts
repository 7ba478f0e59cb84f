// `npx tsx bench/ask-http.ts [--postgres] [--conversations 50] [--questions 20] [--think-ms 1000]`
//
// The bot as it runs in production (`npm start`'s command, its own process) answering questions over
// HTTP, 50 conversations at once; a local Bot Framework connector receives the replies. Two runs:
// saturated (each conversation asks again the moment its reply arrives: 50 questions always in
// flight) and paced (a pause of about --think-ms between a reply and the next question, as people
// chatting). Prints latency from the POST to the reply received (p50, p95, p99; target p99 < 50 ms),
// the bot's CPU time per answer and its peak resident memory (VmHWM; target < 200 MB).
//
// Storage: embedded PGlite in a temporary directory (the default; the bot is started once to
// create it, with initdb in a short-lived child process whose peak is shown apart, and measured
// after a restart), or with --postgres the server in DATABASE_URL / TEST_DATABASE_URL. Answering
// writes nothing; the storage's own footprint is part of the bot's memory.
//
// The saturated run is a queue: 50 questions always waiting for one Node process, so its mean
// latency is about 50 × the time per answer (CPU of the bot, and of this script and its connector
// on the same cores). Its p99 can only stay under 50 ms when an answer costs well under 1 ms in all.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { messageActivity, startLocalConnector, type RecordedActivity } from '../test/helpers/local-connector';
import { npmStartNodeArgs } from '../test/helpers/npm-start';

const ROOT = resolve(__dirname, '..');

interface Options {
  conversations: number;
  questionsPerConversation: number;
  /** Mean pause between a reply and the next question in the paced run (ms). */
  thinkMs: number;
  postgres: boolean;
}

function parseArgs(argv: string[]): Options {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  return {
    conversations: value('conversations', 50),
    questionsPerConversation: value('questions', 20),
    thinkMs: value('think-ms', 1000),
    postgres: argv.includes('--postgres'),
  };
}

function questions(): string[] {
  const file = join(ROOT, 'test/fixtures/ask/dev.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

/** Peak and current resident memory of a process, in MB (Linux /proc). */
function memoryOf(pid: number): { peak: number; current: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
  return { peak: kb('VmHWM') / 1024, current: kb('VmRSS') / 1024 };
}

/** The pids of a process's children (Linux /proc). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** CPU time (user + system) a process has used, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function waitHealthy(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the bot exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bot did not become healthy in time');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const databaseUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (options.postgres && !databaseUrl) throw new Error('--postgres needs DATABASE_URL or TEST_DATABASE_URL');
  const pool = questions();
  const connector = await startLocalConnector();
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'afspraak-bench-'));
  const url = `http://127.0.0.1:${port}`;

  // The bot's own process, started with the command and flags of `npm start` (without the web build).
  // BOT_NODE_OPTIONS: extra flags for the bot's process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeFlags = (process.env.BOT_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
  const startArgs = npmStartNodeArgs();
  let stderr = '';
  const startBot = () => {
    const bot = spawn(process.execPath, [...nodeFlags, ...startArgs], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        DATA_DIR: dataDir,
        ...(options.postgres ? { DATABASE_URL: databaseUrl } : {}),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    bot.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    return bot;
  };
  const stopBot = async (bot: ChildProcess) => {
    bot.kill('SIGTERM');
    if (bot.exitCode === null) await new Promise((r) => bot.once('exit', r));
  };

  let firstStartPeak: number | undefined;
  let initdbPeak = 0;
  if (!options.postgres) {
    // PGlite's first start creates the database (initdb) in a short-lived child process of the
    // bot (bot/storage/pglite-create.mjs); its peak is sampled while it runs and shown apart.
    const first = startBot();
    const sampler = setInterval(() => {
      for (const pid of childrenOf(first.pid!)) {
        try {
          initdbPeak = Math.max(initdbPeak, memoryOf(pid).peak);
        } catch {
          // it just ended
        }
      }
    }, 50);
    try {
      await waitHealthy(url, first);
    } finally {
      clearInterval(sampler);
    }
    firstStartPeak = memoryOf(first.pid!).peak;
    await stopBot(first);
  }
  const child = startBot();

  // One outstanding question per conversation: the reply that arrives for it ends its timing.
  const waiting = new Map<string, (a: RecordedActivity) => void>();
  const unsubscribe = connector.onActivity((a) => {
    if (a.activity.type === 'message') waiting.get(a.conversationId)?.(a);
  });

  const ask = async (conversationId: string, text: string): Promise<number> => {
    const replied = new Promise<number>((resolveReply, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no reply in ${conversationId} for "${text}"`)),
        10_000,
      );
      waiting.set(conversationId, (a) => {
        clearTimeout(timer);
        waiting.delete(conversationId);
        resolveReply(a.at);
      });
    });
    const start = performance.now();
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(connector, { text, conversationId })),
    });
    if (res.status !== 200) throw new Error(`POST answered ${res.status}: ${await res.text()}`);
    return (await replied) - start;
  };

  interface RunResult {
    latencies: number[];
    seconds: number;
    cpuPerAnswer: number;
    /** This script's own CPU per answer (client and connector): it shares the cores with the bot. */
    clientCpuPerAnswer: number;
  }
  const run = async (o: Options, thinkMs: number): Promise<RunResult> => {
    const latencies: number[] = [];
    const cpuBefore = cpuMsOf(child.pid!);
    const clientCpuBefore = process.cpuUsage();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: o.conversations }, async (_, c) => {
        for (let k = 0; k < o.questionsPerConversation; k++) {
          if (thinkMs > 0) await new Promise((r) => setTimeout(r, -Math.log(1 - Math.random()) * thinkMs));
          const q = pool[(c * o.questionsPerConversation + k) % pool.length];
          latencies.push(await ask(`bench-${thinkMs}-${c}`, q));
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const clientCpu = process.cpuUsage(clientCpuBefore);
    return {
      latencies,
      seconds,
      cpuPerAnswer: (cpuMsOf(child.pid!) - cpuBefore) / latencies.length,
      clientCpuPerAnswer: (clientCpu.user + clientCpu.system) / 1000 / latencies.length,
    };
  };

  try {
    await waitHealthy(url, child);
    const idle = memoryOf(child.pid!);

    // Warm-up: every question once, so the figures show the steady state, not the first compile.
    for (let i = 0; i < pool.length; i += options.conversations) {
      await Promise.all(pool.slice(i, i + options.conversations).map((q, j) => ask(`warm-${j}`, q)));
    }

    // Run 1, saturation: every conversation asks its next question the moment the reply arrives,
    // so 50 questions are always in flight and the figures show queueing on one Node process.
    const saturated = await run(options, 0);
    // Run 2, paced: the same 50 conversations, each pausing about thinkMs (exponentially
    // distributed) between a reply and the next question, as people chatting do.
    const paced = await run(options, options.thinkMs);
    const memory = memoryOf(child.pid!);

    const ms = (v: number) => `${v.toFixed(1)} ms`;
    const report = (name: string, r: RunResult) => {
      console.log(
        `${name}: ${r.latencies.length} answers in ${r.seconds.toFixed(1)} s (${(r.latencies.length / r.seconds).toFixed(0)} answers/s); ` +
          `latency POST → reply received p50 ${ms(percentile(r.latencies, 50))}, p95 ${ms(percentile(r.latencies, 95))}, ` +
          `p99 ${ms(percentile(r.latencies, 99))}, max ${ms(r.latencies[r.latencies.length - 1])}; ` +
          `bot CPU ${r.cpuPerAnswer.toFixed(2)} ms per answer (this script ${r.clientCpuPerAnswer.toFixed(2)} ms)`,
      );
    };
    console.log(
      `Afspraak bot over HTTP (${options.postgres ? 'PostgreSQL' : 'PGlite'} storage), local connector, ` +
        `${options.conversations} concurrent conversations × ${options.questionsPerConversation} questions ` +
        `(machine load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; target p99 < 50 ms)`,
    );
    report('saturated (no pause between questions)', saturated);
    report(`paced (about ${options.thinkMs} ms between questions per conversation)`, paced);
    console.log(
      `bot process memory: peak RSS ${memory.peak.toFixed(0)} MB (after start ${idle.current.toFixed(0)} MB, at the end ${memory.current.toFixed(0)} MB)  (target peak < 200 MB)` +
        (firstStartPeak
          ? `; the very first start peaked at ${firstStartPeak.toFixed(0)} MB, its initdb child process at ${initdbPeak.toFixed(0)} MB`
          : ''),
    );
  } catch (err) {
    if (stderr) console.error(stderr.slice(-2000));
    throw err;
  } finally {
    unsubscribe();
    await stopBot(child);
    await connector.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
