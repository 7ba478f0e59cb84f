// Issue 5 follow-up: the connector (Teams) is unreachable when a request is taken, from a desk
// card and from the Persdesk tab. bot/server.ts's onTurnError swallows errors of proactive turns,
// so a refused post used to look sent and was never retried: the requester's 1:1 message and the
// card update were lost, even after a restart. Now every one arrives exactly once when the
// connector is back, also after the bot was restarted while it was down.
import restify from 'restify';
import type { AddressInfo } from 'node:net';
import { registerPressRequestRoutes } from '../../../bot/api/press-requests';
import { setDeskChannel } from '../../../bot/press-desk/desk-channel';
import type { Storage } from '../../../bot/storage';
import { activity, invoke, startBotHost, type BotHost } from './bot-host';
import { backends, newRequest, resetPressTables } from './helpers';
import { startLocalConnector, type LocalConnector } from './local-connector';

const SAM = { id: '29:sam', name: 'Sam Communicatie', aadObjectId: 'aad-sam' };
const KIM = { id: '29:kim', name: 'Kim Communicatie', aadObjectId: 'aad-kim' };
const DESK_ID = '19:desk@thread.tacv2';
// As in production, the send's time limit outlasts the connector SDK's own retries (about 7 s),
// so a refused post fails inside the SDK rather than by our timeout.
const worker = { pollMs: 10, timeoutMs: 15_000, leaseMs: 30_000, backoff: { baseMs: 1500, maxMs: 1500 } };

describe.each(backends)('press desk with the connector down on $name', (backend) => {
  let storage: Storage;
  let connector: LocalConnector;
  let host: BotHost;
  let tab: restify.Server;
  const turnErrors: string[] = [];

  const startHost = () =>
    startBotHost(storage, ['aad-sam', 'aad-kim'], {
      worker,
      turnErrors: 'swallow',
      onTurnError: (e) => turnErrors.push(e.message),
    });

  beforeAll(async () => {
    storage = await backend.open();
    await resetPressTables(storage);
    connector = await startLocalConnector();
    host = await startHost();
  });
  afterAll(async () => {
    await host.close();
    await new Promise<void>((resolve) => tab?.close(() => resolve()));
    await connector.close();
    await storage.close();
  });

  const outbox = async () =>
    (
      await storage.query<{ kind: string; status: string; attempts: number; last_error: string | null }>(
        'select kind, status, attempts, last_error from press_outbox order by id',
      )
    ).rows;
  const waitFor = async (check: () => boolean | Promise<boolean>, ms = 20_000) => {
    const start = Date.now();
    while (!(await check())) {
      if (Date.now() - start > ms) throw new Error(`timed out; outbox: ${JSON.stringify(await outbox())}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('delivers the requester messages and card updates of takes made while Teams was unreachable, once', async () => {
    // Two requests, posted to the desk while the connector is up.
    await setDeskChannel(storage, {
      reference: {
        serviceUrl: connector.url,
        channelId: 'msteams',
        conversation: { id: DESK_ID, conversationType: 'channel', isGroup: true },
        bot: { id: '28:bot', name: 'Afspraak' },
      },
      setById: SAM.id,
    });
    const requesterReference = (chat: string) => ({
      ...newRequest().requesterReference,
      serviceUrl: connector.url,
      conversation: { id: chat, conversationType: 'personal' },
    });
    const viaCard = await host.desk.store.create(
      newRequest({ question: 'Via de kaart', requesterReference: requesterReference('a:jan-1') }),
    );
    const viaTab = await host.desk.store.create(
      newRequest({ question: 'Via de tab', requesterReference: requesterReference('a:jan-2') }),
    );
    await waitFor(() => connector.posted.filter((p) => p.conversationId === DESK_ID).length === 2);
    const cardIds = connector.posted.map((p) => p.id);

    // The Persdesk tab's API on its own HTTP port, over the same store (local mode: Kim).
    tab = restify.createServer();
    tab.use(restify.plugins.bodyParser({ mapParams: false }));
    registerPressRequestRoutes(tab, { mode: 'local', store: () => host.desk.store, localActor: KIM });
    await new Promise<void>((resolve) => tab.listen(0, '127.0.0.1', resolve));
    const tabUrl = `http://127.0.0.1:${(tab.address() as AddressInfo).port}`;

    // Teams goes away; Sam takes one request on its card, Kim the other in the tab.
    await connector.down();
    const desk = { id: `${DESK_ID};messageid=1`, conversationType: 'channel' as const };
    const took = await host.post(
      invoke(activity(connector.url, SAM, desk, {}), 'press.take', { requestId: viaCard.request.id }),
    );
    expect(JSON.stringify(took.body)).toContain('Opgenomen door Sam Communicatie');
    const tabTake = await fetch(`${tabUrl}/api/press-requests/${viaTab.request.id}/take`, { method: 'POST' });
    expect(tabTake.status).toBe(200);

    // Every post is tried and fails (ECONNREFUSED), and stays pending: nothing is marked sent.
    await waitFor(async () => {
      const rows = (await outbox()).filter((r) => r.kind !== 'desk.post');
      return rows.length === 4 && rows.every((r) => r.status === 'pending' && r.last_error !== null);
    }, 30_000);
    expect((await outbox()).filter((r) => r.kind !== 'desk.post').map((r) => r.last_error)).toEqual(
      Array(4).fill(expect.stringMatching(/ECONNREFUSED|ECONNRESET|socket hang up|no answer from Teams/)),
    );
    expect(connector.posted).toHaveLength(2);
    // The failures did not pass through the bot's turn error handler (which would swallow them).
    expect(turnErrors).toEqual([]);

    // The bot restarts while Teams is still down; then Teams comes back.
    await host.close();
    host = await startHost();
    await connector.up();
    await waitFor(async () => (await outbox()).every((r) => r.status === 'sent'), 40_000);
    // Stop the worker, which waits for every delivery in flight: a duplicate would be posted by now.
    await host.desk.stop();

    const dms = (chat: string) =>
      connector.posted.filter((p) => p.conversationId === chat).map((p) => String(p.activity.text));
    expect(dms('a:jan-1')).toEqual([expect.stringContaining('is opgenomen door Sam Communicatie')]);
    expect(dms('a:jan-2')).toEqual([expect.stringContaining('is opgenomen door Kim Communicatie')]);
    const updates = connector.posted.filter((p) => p.method === 'PUT');
    expect(updates.map((p) => p.activityId).sort()).toEqual([...cardIds].sort());
    const updated = (id: string) => JSON.stringify(updates.find((p) => p.activityId === id)!.activity);
    const [cardOfFirst, cardOfSecond] = cardIds;
    expect(updated(cardOfFirst)).toContain('Opgenomen door Sam Communicatie');
    expect(updated(cardOfSecond)).toContain('Opgenomen door Kim Communicatie');
  }, 120_000);
});
