// Crash-proof desk cards (issue 17): a post is recorded before and right after the send, posts go
// one at a time, every known copy of a card is updated, a copy nobody recorded becomes known when
// a member's Teams refreshes it, and a reminder whose send is in doubt is not posted again.
import { createDelivery } from '../../../bot/press-desk/delivery';
import { createMembership } from '../../../bot/press-desk/members';
import { queueDueReminders } from '../../../bot/press-desk/reminders';
import { createPressRoutes } from '../../../bot/press-desk/routes';
import { createPressStore } from '../../../bot/press-desk/store';
import { createOutboxWorker } from '../../../bot/press-desk/worker';
import { silentLogger } from '../../../bot/log';
import type { Storage } from '../../../bot/storage';
import type { TeamsPort, Turn } from '../../../bot/teams/port';
import {
  backends,
  drainOutbox,
  fastWorker,
  MEMBERS,
  newRequest,
  org,
  recordingSender,
  resetPressTables,
  setUpDesk,
  sam,
  until,
} from './helpers';

describe.each(backends)('desk card copies on $name', (backend) => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await backend.open();
  });
  beforeEach(async () => {
    await resetPressTables(storage);
    await setUpDesk(storage);
  });
  afterAll(() => storage.close());

  const membership = createMembership(MEMBERS, org);
  const store = () => createPressStore(storage, membership);
  const drain = (sender: TeamsPort) => drainOutbox(storage, sender);

  const deskPosts = (sent: { kind: string; conversationId: string; activityId?: string }[]) =>
    sent.filter((s) => s.kind === 'send' && s.conversationId === '19:desk@thread.tacv2');

  /** A member's click or refresh on a card in the desk channel, as Teams sends it. */
  const cardAction = (verb: string, requestId: number, cardId: string) => {
    const routes = createPressRoutes({
      storage,
      store: store(),
      membership,
      org,
      log: silentLogger,
      kick: () => {},
    });
    const turn: Turn = {
      activity: {
        type: 'invoke',
        channelId: 'msteams',
        replyToId: cardId,
        from: { id: sam.id, name: sam.name, aadObjectId: 'aad-sam' },
        conversation: {
          id: `19:desk@thread.tacv2;messageid=${cardId.replace(/\D/g, '')}`,
          conversationType: 'channel',
        },
      },
      sendActivity: async () => ({}),
      conversationReference: () => ({}),
      senderEmail: async () => undefined,
    };
    return routes.actionRoutes[0].handle(turn, { verb, requestId });
  };

  it('posts one card at a time however many requests wait', async () => {
    for (let i = 0; i < 6; i++) await store().create(newRequest());
    const rec = recordingSender({ delayMs: 20 });
    let inFlight = 0;
    let most = 0;
    const sender: TeamsPort = {
      ...rec.sender,
      send: async (ref, act) => {
        most = Math.max(most, ++inFlight);
        try {
          return await rec.sender.send(ref, act);
        } finally {
          inFlight--;
        }
      },
    };
    await drain(sender);
    expect(rec.sent.filter((s) => s.kind === 'send')).toHaveLength(6);
    expect(most).toBe(1);
  });

  it('after a crash between send and record, posts again and then updates both copies once the first is seen', async () => {
    const { request } = await store().create(newRequest());
    // The first process: Teams takes the card, the process dies before the answer is recorded.
    const rec = recordingSender();
    const dying: TeamsPort = {
      ...rec.sender,
      send: async (ref, act, signal) => {
        await rec.sender.send(ref, act);
        // No answer is ever recorded: the worker gives up at its time limit, long after the lease.
        return new Promise<never>((_, reject) =>
          signal?.addEventListener('abort', () => reject(new Error('process gone'))),
        );
      },
    };
    const first = createOutboxWorker(storage, createDelivery(storage, dying), silentLogger, {
      ...fastWorker,
      leaseMs: 200,
      timeoutMs: 1500,
    });
    first.start();
    await until(() => rec.sent.length === 1);
    const firstStopped = first.stop(); // waits for the hung send: the process is as good as gone
    const doubt = await storage.query<{ n: number }>(
      `select count(*)::int as n from press_card_posts where activity_id is null`,
    );
    expect(doubt.rows[0].n).toBe(1);

    // The restarted process: the lease runs out, the post in doubt is sent again.
    await new Promise((r) => setTimeout(r, 250));
    await drain(rec.sender);
    const posts = deskPosts(rec.sent);
    expect(posts).toHaveLength(2);
    const [orphan, second] = posts.map((p) => p.activityId!);
    const result = await storage.query<{ result: { inDoubt?: number } }>(
      `select result from press_outbox where kind = 'desk.post'`,
    );
    expect(result.rows[0].result.inDoubt).toBe(1);

    // A member's Teams refreshes the first copy: the bot learns its id and updates both.
    const refreshed = await cardAction('press.refresh', request.id, orphan);
    expect(refreshed.statusCode).toBe(200);
    await store().take(request.id, sam);
    await drain(rec.sender);
    const updated = new Set(
      rec.sent
        .filter((s) => s.kind === 'update' && JSON.stringify(s.card).includes('Opgenomen door Sam'))
        .map((s) => s.activityId),
    );
    expect([...updated].sort()).toEqual([orphan, second].sort());
    await firstStopped;
    // The first process's late failure changes nothing: two cards in all, both current.
    expect(deskPosts(rec.sent)).toHaveLength(2);
  });

  it('updates every copy whose id is known, not only the last', async () => {
    const { request } = await store().create(newRequest());
    const rec = recordingSender();
    await drain(rec.sender);
    // A second copy recorded earlier (as after a crash recovered before this change).
    await storage.query(
      `insert into press_card_posts (request_id, conversation_id, activity_id, posted_at)
       values ($1, '19:desk@thread.tacv2', 'copy-2', now())`,
      [request.id],
    );
    await store().close(request.id, sam, 'Antwoord gegeven door de burgemeester.');
    await drain(rec.sender);
    const updates = rec.sent.filter((s) => s.kind === 'update');
    expect(updates.map((u) => u.activityId).sort()).toEqual(['copy-2', 'msg-1']);
    for (const u of updates) expect(JSON.stringify(u.card)).toContain('Afgesloten door Sam');
  });

  it('does not post a reminder again when its first send is in doubt', async () => {
    const { request } = await store().create(newRequest({ deadline: new Date(Date.now() + 60_000) }));
    const rec = recordingSender();
    await drain(rec.sender);
    await queueDueReminders(storage, 3600_000);
    const reminder = (
      await storage.query<{ id: number }>(`select id from press_outbox where kind = 'desk.reminder'`)
    ).rows[0];
    // A send of it started and never came back (the process died).
    await storage.query(
      `insert into press_card_posts (request_id, outbox_id, conversation_id) values ($1, $2, '19:desk@thread.tacv2')`,
      [request.id, reminder.id],
    );
    await drain(rec.sender);
    expect(rec.sent.filter((s) => s.kind === 'send')).toHaveLength(1);
  });

  it('ignores a click on a message outside the desk channel when learning copies', async () => {
    const { request } = await store().create(newRequest());
    await drain(recordingSender().sender);
    const routes = createPressRoutes({
      storage,
      store: store(),
      membership,
      org,
      log: silentLogger,
      kick: () => {},
    });
    await routes.actionRoutes[0].handle(
      {
        activity: {
          type: 'invoke',
          channelId: 'msteams',
          replyToId: 'elsewhere-1',
          from: { id: sam.id, name: sam.name },
          conversation: { id: 'a:personal-chat', conversationType: 'personal' },
        },
        sendActivity: async () => ({}),
        conversationReference: () => ({}),
        senderEmail: async () => undefined,
      },
      { verb: 'press.refresh', requestId: request.id },
    );
    const copies = await storage.query(`select * from press_card_posts where activity_id = 'elsewhere-1'`);
    expect(copies.rowCount).toBe(0);
  });
});
