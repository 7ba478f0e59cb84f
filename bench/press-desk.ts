// The press desk under load: 500 requests from 50 concurrent conversations, through the real bot
// (HTTP, CloudAdapter, routes, store, outbox worker) against a local connector that fails 10 % of
// the posts; 10 % of the submits are delivered twice, as a channel may redeliver an activity.
// Prints requests stored, posted exactly once, lost, duplicated and the time from submit to the
// card on the desk (p50/p99).
// Usage: npx tsx bench/press-desk.ts [--requests 500] [--conversations 50] [--fail 0.1]
//        DATABASE_URL=postgres://… runs it against a PostgreSQL server (a fresh schema).
//        --crash [--runs 5] [--burst 50] [--source <checkout>]: the crash mode (bench/press-desk-crash.ts),
//        the real server killed with kill -9 in the middle of bursts and restarted.
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { openStorage, type Storage } from '../bot/storage';
import { activity, invoke, startBotHost } from '../test/bot/press-desk/bot-host';
import { startLocalConnector } from '../test/bot/press-desk/local-connector';
import { crashBench } from './press-desk-crash';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = arg('requests', 500);
const CONVERSATIONS = arg('conversations', 50);
const FAIL_RATE = arg('fail', 0.1);
const REDELIVER_RATE = 0.1;

const SITUATIONS = [
  'Een journalist van Het Nieuwsblad belt over de sluiting van het zwembad',
  'VRT wil morgen filmen in de raadzaal',
  'TV Oost wil de schepen van sport interviewen',
  'Een lokaal blad biedt ons gratis advertentieruimte',
  'HLN vraagt een reactie op de nieuwe parkeerregeling',
];

async function openBenchStorage(): Promise<{ storage: Storage; label: string; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url)
    return {
      storage: await openStorage({ memory: true }),
      label: 'PGlite (in memory)',
      drop: async () => {},
    };
  const schema = `bench_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const storage = await openStorage({ databaseUrl: url, schema });
  return {
    storage,
    label: 'PostgreSQL',
    drop: async () => {
      const pool = new Pool({ connectionString: url, max: 1 });
      await pool.query(`drop schema if exists ${schema} cascade`);
      await pool.end();
    },
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const { storage, label, drop } = await openBenchStorage();
  const connector = await startLocalConnector({ failRate: FAIL_RATE });
  // As bot/server.ts: a failed turn is logged and ends there (proactive posts must not rely on it).
  const host = await startBotHost(storage, ['aad-desk'], { turnErrors: 'swallow' });
  const desk = { id: '19:desk@thread.tacv2;messageid=1', conversationType: 'channel' as const };
  await host.post(
    activity(connector.url, { id: '29:desk', name: 'Communicatiedienst', aadObjectId: 'aad-desk' }, desk, {
      type: 'message',
      text: 'persdesk instellen',
    }),
  );

  const submittedAt = new Map<string, number>();
  let redelivered = 0;
  let next = 0;
  const started = Date.now();
  const conversation = async (c: number) => {
    const user = { id: `29:user${c}`, name: `Medewerker ${c}`, aadObjectId: `aad-user${c}` };
    const chat = { id: `a:bench-${c}`, conversationType: 'personal' as const };
    while (next < REQUESTS) {
      const i = next++;
      const description = `${SITUATIONS[i % SITUATIONS.length]} (situatie ${i})`;
      await host.post(activity(connector.url, user, chat, { type: 'message', text: description }));
      const submit = invoke(activity(connector.url, user, chat, {}), 'press.submit', {
        description,
        kind: 'reactie-of-standpunt',
        formId: randomUUID(),
        question: `Vraag ${i}`,
      });
      const t = Date.now();
      const res = await host.post(submit);
      const number = /PV-\d{4}-\d{4}/.exec(JSON.stringify(res.body))?.[0];
      if (!number) throw new Error(`submit ${i} failed: ${JSON.stringify(res.body).slice(0, 300)}`);
      submittedAt.set(number, t);
      if (Math.random() < REDELIVER_RATE) {
        redelivered++;
        await host.post(submit);
      }
    }
  };
  await Promise.all(Array.from({ length: CONVERSATIONS }, (_, c) => conversation(c)));
  const submitSeconds = (Date.now() - started) / 1000;

  const pending = async () =>
    (
      await storage.query<{ n: number }>(
        `select count(*)::int as n from press_outbox where status = 'pending'`,
      )
    ).rows[0].n;
  const drainStart = Date.now();
  while ((await pending()) > 0 && Date.now() - drainStart < 120_000)
    await new Promise((r) => setTimeout(r, 50));

  const stored = (await storage.query<{ n: number }>('select count(*)::int as n from press_requests')).rows[0]
    .n;
  const posts = new Map<string, number[]>();
  for (const p of connector.posted) {
    if (p.conversationId !== '19:desk@thread.tacv2' || p.activityId) continue;
    const number = /PV-\d{4}-\d{4}/.exec(String(p.activity.summary ?? p.activity.text))?.[0];
    if (number) posts.set(number, [...(posts.get(number) ?? []), p.at]);
  }
  const once = [...submittedAt.keys()].filter((n) => posts.get(n)?.length === 1).length;
  const lost = [...submittedAt.keys()].filter((n) => !posts.has(n)).length;
  const duplicated = [...posts.values()].filter((ts) => ts.length > 1).length;
  const latencies = [...submittedAt.entries()]
    .filter(([n]) => posts.has(n))
    .map(([n, t]) => posts.get(n)![0] - t)
    .sort((a, b) => a - b);
  const attempts = (
    await storage.query<{ n: number }>('select coalesce(sum(attempts), 0)::int as n from press_outbox')
  ).rows[0].n;

  console.log(
    `press desk bench · ${label} · ${REQUESTS} requests from ${CONVERSATIONS} concurrent conversations`,
  );
  console.log(
    `connector failures injected: ${connector.failures()} (${(FAIL_RATE * 100).toFixed(0)} % of proactive posts)`,
  );
  console.log(`submits delivered twice (redelivered activity): ${redelivered}`);
  console.log(`requests stored:        ${stored}`);
  console.log(`posted exactly once:    ${once}`);
  console.log(`lost:                   ${lost}`);
  console.log(`duplicated:             ${duplicated}`);
  console.log(
    `outbox attempts:        ${attempts} for ${posts.size} posts (the connector client also retries inside one attempt)`,
  );
  console.log(
    `time from submit to card on the desk: p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies[latencies.length - 1]} ms`,
  );
  console.log(
    `submit phase ${submitSeconds.toFixed(1)} s (${(REQUESTS / submitSeconds).toFixed(1)} requests/s)`,
  );

  await host.close();
  await connector.close();
  await storage.close();
  await drop();
  if (lost || duplicated || stored !== REQUESTS) process.exitCode = 1;
}

const sourceAt = process.argv.indexOf('--source');
const run = process.argv.includes('--crash')
  ? () =>
      crashBench({
        runs: arg('runs', 5),
        burst: arg('burst', 50),
        ...(sourceAt > 0 ? { source: process.argv[sourceAt + 1] } : {}),
      })
  : main;

run().catch((err) => {
  console.error(err);
  process.exit(1);
});
