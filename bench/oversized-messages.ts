// Whether a burst of oversized messages keeps the server from answering its health check: the real
// server in local mode (PGlite in memory, a local connector for the replies), 50 simultaneous
// POST /api/messages of about 1 MB of text each, while /healthz is asked every 50 ms. Prints the
// /healthz latency before and during the burst, what the burst was answered, and how long it took.
// The burst is sent by a child process, so building and uploading 50 MB does not load the server's
// event loop.
//
//   npx tsx bench/oversized-messages.ts [--messages 50] [--size-kb 1000]
//
// Issue 17's probe: 50 × 1 MB kept /healthz from answering for 16 s.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { messageActivity } from '../test/helpers/local-connector';
import { startTestServer } from '../test/helpers/bot-server';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '50' },
    'size-kb': { type: 'string', default: '1000' },
    // Internal: the child that sends the burst to this server and connector.
    burst: { type: 'string' },
    connector: { type: 'string' },
  },
});
const MESSAGES = Number(values.messages);
const SIZE = Number(values['size-kb']) * 1000;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

async function healthLatencies(until: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  do {
    const started = performance.now();
    await fetch(`${base}/healthz`).then((r) => r.text());
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 50));
  } while (!until());
  return latencies;
}

let base = '';

async function main(): Promise<void> {
  const t = await startTestServer();
  base = t.running.url;
  try {
    // Warm up: one ordinary question, so the burst does not pay for first-use costs.
    await t.post(
      messageActivity(t.connector, { text: 'Mag ik zelf een persbericht sturen?', conversationId: 'warm' }),
    );
    let quietDone = false;
    setTimeout(() => (quietDone = true), 2000);
    const quiet = await healthLatencies(() => quietDone);

    let burstDone = false;
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        __filename,
        '--burst',
        base,
        '--connector',
        t.connector.url,
        '--messages',
        String(MESSAGES),
        '--size-kb',
        String(SIZE / 1000),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    const burst = new Promise<number[]>((resolve) =>
      child.on('exit', () => {
        burstDone = true;
        resolve(JSON.parse(output || '[]') as number[]);
      }),
    );
    const during = await healthLatencies(() => burstDone);
    const statuses = await burst;
    const burstMs = performance.now() - started;
    // Replies posted by the bot (refusals or answers) keep arriving after the HTTP answers.
    await new Promise((r) => setTimeout(r, 1000));

    const counts = new Map<number, number>();
    for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
    console.log(`${MESSAGES} messages of ${(SIZE / 1000).toFixed(0)} kB each`);
    console.log(`  HTTP answers: ${[...counts].map(([s, n]) => `${n} × ${s || 'error'}`).join(', ')}`);
    console.log(
      `  burst process (start-up, 50 MB built and sent) finished in ${burstMs.toFixed(0)} ms; ${t.connector.activities.length} replies posted`,
    );
    console.log(
      `  /healthz before: p50 ${percentile(quiet, 50).toFixed(0)} ms, max ${Math.max(...quiet).toFixed(0)} ms (${quiet.length} probes)`,
    );
    console.log(
      `  /healthz during: p50 ${percentile(during, 50).toFixed(0)} ms, p95 ${percentile(during, 95).toFixed(0)} ms, ` +
        `max ${Math.max(...during).toFixed(0)} ms (${during.length} probes)`,
    );
  } finally {
    await t.close();
  }
}

/** The child: sends the burst and prints the HTTP statuses as JSON. */
async function sendBurst(url: string, connectorUrl: string): Promise<void> {
  // About SIZE bytes of ordinary words, so no step can shortcut on a repeated character.
  const words = 'de gemeente vraagt wie een persbericht mag sturen over het zwembad en de bib ';
  const text = words.repeat(Math.ceil(SIZE / words.length)).slice(0, SIZE);
  const bodies = Array.from({ length: MESSAGES }, (_, i) =>
    JSON.stringify(messageActivity({ url: connectorUrl }, { text, conversationId: `big-${i}` })),
  );
  const statuses = await Promise.all(
    bodies.map((body) =>
      fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then(
        (r) => r.text().then(() => r.status),
        () => 0,
      ),
    ),
  );
  process.stdout.write(JSON.stringify(statuses));
}

if (values.burst) void sendBurst(values.burst, values.connector!);
else void main();
