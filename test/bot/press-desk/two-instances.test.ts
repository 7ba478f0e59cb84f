// Several bot instances behind a load balancer share one PostgreSQL server: every request is
// posted to the desk exactly once, whichever instance stored it and whichever worker claimed it;
// a take on one instance and a take on the other: one wins; each reminder goes out once.
// PGlite cannot be shared between processes, so this runs only with TEST_DATABASE_URL (CI sets it).
import { openStorage, type Storage } from '../../../bot/storage';
import { queueDueReminders } from '../../../bot/press-desk/reminders';
import { storageBackends } from '../../helpers/storage-backends';
import { activity, invoke, startBotHost, type BotHost } from './bot-host';
import { startLocalConnector, type LocalConnector } from './local-connector';

const shared = storageBackends().find((b) => b.sharedDatabase);
const describeShared = shared ? describe : describe.skip;

const SAM = { id: '29:sam', name: 'Sam Communicatie', aadObjectId: 'aad-sam' };
const KIM = { id: '29:kim', name: 'Kim Communicatie', aadObjectId: 'aad-kim' };
const DESK = { id: '19:desk@thread.tacv2;messageid=1', conversationType: 'channel' as const };

describeShared('two press desk instances on one PostgreSQL', () => {
  let db: { databaseUrl: string; drop(): Promise<void> };
  let storages: Storage[];
  let hosts: BotHost[];
  let connector: LocalConnector;

  beforeAll(async () => {
    db = await shared!.sharedDatabase!();
    // Both instances start together: the migrations' advisory lock makes them take turns.
    storages = await Promise.all([
      openStorage({ databaseUrl: db.databaseUrl }),
      openStorage({ databaseUrl: db.databaseUrl }),
    ]);
    connector = await startLocalConnector({ failRate: 0.1 });
    const worker = { pollMs: 10, timeoutMs: 5000, leaseMs: 20_000, backoff: { baseMs: 5, maxMs: 100 } };
    hosts = await Promise.all(storages.map((s) => startBotHost(s, ['aad-sam', 'aad-kim'], { worker })));
  });
  afterAll(async () => {
    for (const h of hosts ?? []) await h.close();
    await connector?.close();
    for (const s of storages ?? []) await s.close();
    await db?.drop();
  });

  it('posts each of 40 requests made on either instance exactly once, and lets one take win', async () => {
    await hosts[0].post(activity(connector.url, SAM, DESK, { type: 'message', text: 'persdesk instellen' }));
    const submits = Array.from({ length: 40 }, (_, i) => {
      const user = { id: `29:user${i}`, name: `Medewerker ${i}`, aadObjectId: `aad-user${i}` };
      const chat = { id: `a:chat-${i}`, conversationType: 'personal' as const };
      const base = activity(connector.url, user, chat, {});
      return hosts[i % 2].post(
        invoke(base, 'press.submit', {
          description: `Een journalist belt over dossier ${i}`,
          kind: 'reactie-of-standpunt',
          formId: `form-${i}`,
          question: `Vraag ${i}`,
        }),
      );
    });
    await Promise.all(submits);
    const pending = async () =>
      (
        await storages[0].query<{ n: number }>(
          `select count(*)::int as n from press_outbox where status = 'pending'`,
        )
      ).rows[0].n;
    const start = Date.now();
    while ((await pending()) > 0) {
      if (Date.now() - start > 60_000) throw new Error('outbox not drained');
      await new Promise((r) => setTimeout(r, 50));
    }
    const numbers = connector.posted
      .filter((p) => p.conversationId === '19:desk@thread.tacv2' && !p.activityId)
      .map((p) => /PV-\d{4}-\d{4}/.exec(String(p.activity.text ?? p.activity.summary))![0]);
    expect(numbers).toHaveLength(40);
    expect(new Set(numbers).size).toBe(40);

    const id = (await storages[0].query<{ id: number }>('select min(id)::int as id from press_requests'))
      .rows[0].id;
    const takes = await Promise.all([
      hosts[0].post(invoke(activity(connector.url, SAM, DESK, {}), 'press.take', { requestId: id })),
      hosts[1].post(invoke(activity(connector.url, KIM, DESK, {}), 'press.take', { requestId: id })),
    ]);
    const notices = takes.map((t) => JSON.stringify(t.body)).filter((t) => t.includes('al opgenomen'));
    expect(notices).toHaveLength(1);
    const audit = await storages[1].query<{ n: number }>(
      `select count(*)::int as n from press_audit where request_id = $1 and action = 'opgenomen'`,
      [id],
    );
    expect(audit.rows[0].n).toBe(1);
  }, 120_000);

  it('claims each due reminder on exactly one instance', async () => {
    await storages[0].query(
      `update press_requests set deadline = now() + interval '30 minutes' where owner_id is null`,
    );
    const rounds = await Promise.all(
      [...storages, ...storages].map((s) => queueDueReminders(s, 3600_000, 100)),
    );
    const ids = rounds.flat();
    expect(ids.length).toBe(39);
    expect(new Set(ids).size).toBe(39);
  });
});
