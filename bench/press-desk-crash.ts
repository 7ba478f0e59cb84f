// The press desk's crash mode (issue 17): the real server as its own process (local mode,
// embedded storage in a fresh directory), a burst of submitted press requests, `kill -9` in the
// middle of it, a restart, five times. Then it counts, from the database (through the Persdesk
// API) and from what the fake Bot Connector received: requests lost, gaps in the numbers, desk
// cards posted more than once, and copies whose last content shows an old state, before and after
// the members' Teams clients refresh the cards they look at (the card's universal-action refresh).
// Usage: npx tsx bench/press-desk.ts --crash [--runs 5] [--burst 50] [--source <checkout>]
//   --source runs another checkout's TypeScript (e.g. the commit before a change) with tsx;
//   without it the built server (dist/, built first when stale) runs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { activity, invoke } from '../test/bot/press-desk/bot-host';
import { startLocalConnector, type Posted } from '../test/bot/press-desk/local-connector';

interface CrashOptions {
  runs: number;
  burst: number;
  source?: string;
}

const DESK_CONVERSATION = '19:desk@thread.tacv2';
const DESK_USER = { id: '29:desk', name: 'Communicatiedienst', aadObjectId: 'aad-desk' };
const NUMBER = /PV-\d{4}-\d{4}/;

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function crashBench(options: CrashOptions): Promise<void> {
  const root = resolve(options.source ?? '.');
  if (!options.source) spawnSync(process.execPath, ['build/ensure-built.js'], { stdio: 'inherit' });
  const dataDir = mkdtempSync(join(tmpdir(), 'afspraak-crash-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const connector = await startLocalConnector();
  let server: ChildProcess | undefined;

  const start = async () => {
    const args = options.source
      ? ['--import', 'tsx', join(root, 'bot/index.ts')]
      : [join(root, 'dist/server/index.js')];
    server = spawn(process.execPath, args, {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        DATA_DIR: dataDir,
        PRESS_DESK_MEMBERS: DESK_USER.aadObjectId,
        MicrosoftAppId: '',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (let i = 0; i < 600; i++) {
      const ok = await fetch(`${url}/healthz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) return;
      await sleep(100);
    }
    throw new Error('the server did not become healthy in 60 s');
  };
  const kill = async () => {
    const child = server!;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  const post = async (body: Record<string, unknown>) => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text };
  };

  const deskPosts = () =>
    connector.posted.filter(
      (p) => p.method === 'POST' && p.conversationId === DESK_CONVERSATION && !p.activityId,
    );
  /** Waits until no activity reached the connector for `quietMs` and `ready` holds. */
  const settle = async (ready: () => boolean, quietMs = 2500) => {
    const started = Date.now();
    for (;;) {
      const last = connector.posted.at(-1)?.at ?? 0;
      if (ready() && Date.now() - last > quietMs) return;
      if (Date.now() - started > 180_000) {
        const kinds = countBy(connector.posted.map((p) => `${p.method} ${p.conversationId}`));
        throw new Error(`the desk did not settle in 180 s: ${JSON.stringify([...kinds])}`);
      }
      await sleep(200);
    }
  };

  const numberOfForm = new Map<string, string>();
  const perRun: { duplicates: number; staleBefore: number; staleAfter: number; answered: number }[] = [];
  try {
    await start();
    const desk = { id: `${DESK_CONVERSATION};messageid=1`, conversationType: 'channel' as const };
    await post(activity(connector.url, DESK_USER, desk, { type: 'message', text: 'persdesk instellen' }));

    let seq = 0;
    for (let run = 1; run <= options.runs; run++) {
      const postsBefore = deskPosts().length;
      const forms = Array.from({ length: options.burst }, () => randomUUID());
      const killAfter = 10 + Math.floor(Math.random() * (options.burst - 20));
      let answered = 0;
      let killed: Promise<void> | undefined;
      const submit = async (formId: string, c: number) => {
        const user = { id: `29:user${c}`, name: `Medewerker ${c}`, aadObjectId: `aad-user${c}` };
        const chat = { id: `a:crash-${c}`, conversationType: 'personal' as const };
        const i = ++seq;
        const res = await post(
          invoke(activity(connector.url, user, chat, {}), 'press.submit', {
            description: `Een journalist van Het Nieuwsblad vraagt een reactie over de heraanleg (situatie ${i})`,
            kind: 'reactie-of-standpunt',
            formId,
            question: `Vraag ${i}`,
          }),
        );
        const number = NUMBER.exec(res.body)?.[0];
        if (!number) throw new Error(`submit answered ${res.status} without a number`);
        numberOfForm.set(formId, number);
        if (++answered === killAfter) killed = kill();
      };
      // The burst; the kill lands in the middle of it, whatever was in flight then fails.
      await Promise.allSettled(forms.map((f, c) => submit(f, c)));
      await killed;
      await start();
      // The members whose submit got no answer click "Doorgeven" again: the same form.
      const unanswered = forms.filter((f) => !numberOfForm.has(f));
      for (const [c, f] of unanswered.entries()) await submit(f, c);
      const numbers = new Set(forms.map((f) => numberOfForm.get(f)!));
      const posted = () => new Set(deskPosts().map((p) => NUMBER.exec(summaryOf(p.activity))?.[0]));
      await settle(() => [...numbers].every((n) => posted().has(n))).catch((err: Error) => {
        const missing = [...numbers].filter((n) => !posted().has(n));
        throw new Error(
          `${err.message}; not on the desk: ${missing.join(', ')} of ${[...numbers].join(', ')}; posted ${[...posted()].join(', ')}`,
        );
      });

      // A member takes each request from the newest copy of its card.
      for (const number of numbers) {
        const copies = deskPosts().filter((p) => summaryOf(p.activity).includes(number));
        const card = copies.at(-1)!;
        const requestId = requestIdOf(card);
        const res = await post({
          ...invoke(
            activity(
              connector.url,
              DESK_USER,
              { id: `${DESK_CONVERSATION};messageid=${card.id}`, conversationType: 'channel' },
              { replyToId: card.id },
            ),
            'press.take',
            { requestId },
          ),
        });
        if (res.status !== 200) throw new Error(`take of ${number} answered ${res.status}`);
      }
      await settle(() => true);
      const staleBefore = staleCopies(connector.posted, deskPosts().slice(postsBefore));

      // Each copy is viewed by a member: Teams sends the card's refresh with the message's id.
      for (const copy of deskPosts().slice(postsBefore)) {
        await post(
          invoke(
            activity(
              connector.url,
              DESK_USER,
              { id: `${DESK_CONVERSATION};messageid=${copy.id}`, conversationType: 'channel' },
              { replyToId: copy.id },
            ),
            'press.refresh',
            { requestId: requestIdOf(copy) },
          ),
        );
      }
      await settle(() => true);
      const runPosts = deskPosts().slice(postsBefore);
      const byNumber = countBy(runPosts.map((p) => NUMBER.exec(summaryOf(p.activity))![0]));
      perRun.push({
        duplicates: [...byNumber.values()].reduce((sum, n) => sum + (n - 1), 0),
        staleBefore,
        staleAfter: staleCopies(connector.posted, runPosts),
        answered: killAfter,
      });
    }

    const stored = await storedNumbers(url);
    const submitted = new Set(numberOfForm.values());
    const lost = [...submitted].filter((n) => !stored.has(n)).length;
    const seqs = [...stored].map((n) => Number(n.slice(-4))).sort((a, b) => a - b);
    const gaps = seqs.length ? seqs.at(-1)! - seqs.length : 0;
    const total = options.runs * options.burst;
    const duplicates = perRun.reduce((s, r) => s + r.duplicates, 0);

    console.log(
      `press desk crash bench · ${options.source ? `source ${root}` : 'built server'} · ${options.runs} runs of ${options.burst} requests, kill -9 mid-burst, restart`,
    );
    for (const [i, r] of perRun.entries())
      console.log(
        `run ${i + 1}: killed after ${r.answered} answered submits · duplicate posts ${r.duplicates} · stale copies ${r.staleBefore} (after the members' refresh ${r.staleAfter})`,
      );
    console.log(`requests submitted:     ${submitted.size} of ${total} forms`);
    console.log(`requests stored:        ${stored.size}`);
    console.log(`lost:                   ${lost}`);
    console.log(`gaps in the numbers:    ${gaps}`);
    console.log(
      `duplicate posts:        ${duplicates} (${((100 * duplicates) / total).toFixed(1)} per 100 requests)`,
    );
    console.log(
      `stale copies:           ${perRun.reduce((s, r) => s + r.staleBefore, 0)} before anyone looks, ${perRun.reduce((s, r) => s + r.staleAfter, 0)} after the refresh`,
    );
    if (lost || gaps || submitted.size !== total) process.exitCode = 1;
  } finally {
    if (server && server.exitCode === null) await kill();
    await connector.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function requestIdOf(post: Posted): number {
  const card = (
    post.activity.attachments as { content: { refresh?: { action?: { data?: { requestId?: number } } } } }[]
  )[0].content;
  return Number(card.refresh?.action?.data?.requestId);
}

/** A card's summary (the bot sends no text beside a card) or a message's text. */
function summaryOf(activity: Record<string, unknown>): string {
  return String(activity.summary ?? activity.text ?? '');
}

function countBy(values: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return m;
}

/** Copies whose last content (the post, or the last update of that message) is not "taken". */
function staleCopies(all: Posted[], copies: Posted[]): number {
  let stale = 0;
  for (const copy of copies) {
    const updates = all.filter((p) => p.method === 'PUT' && p.activityId === copy.id);
    const last = updates.at(-1)?.activity ?? copy.activity;
    if (!summaryOf(last).includes('Opgenomen door')) stale++;
  }
  return stale;
}

/** Every request's number, from the Persdesk API (local mode: no sign-in). */
async function storedNumbers(url: string): Promise<Set<string>> {
  const numbers = new Set<string>();
  for (const filter of ['open', 'closed']) {
    const res = await fetch(`${url}/api/press-requests?filter=${filter}`);
    const body = (await res.json()) as { requests: { reference?: string }[] };
    for (const r of body.requests) if (r.reference) numbers.add(r.reference);
  }
  return numbers;
}
