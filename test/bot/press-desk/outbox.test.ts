// Nothing lost: the outbox delivers every post exactly once through connector failures, timeouts
// and restarts; a request waits for the desk channel; reminders are claimed once.
import { createDelivery } from '../../../bot/press-desk/delivery';
import { createMembership } from '../../../bot/press-desk/members';
import { backoffDelay, claimDue, wakeWaiting } from '../../../bot/press-desk/outbox';
import { queueDueReminders } from '../../../bot/press-desk/reminders';
import { createPressStore } from '../../../bot/press-desk/store';
import { createOutboxWorker } from '../../../bot/press-desk/worker';
import { silentLogger } from '../../../bot/log';
import type { Storage } from '../../../bot/storage';
import {
  backends,
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

describe('backoff', () => {
  it('doubles from the base up to the maximum, with ±20 % jitter', () => {
    const o = { baseMs: 1000, maxMs: 60_000 };
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, o, () => 0.5))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffDelay(20, o, () => 0.5)).toBe(60_000);
    expect(backoffDelay(1, o, () => 0)).toBe(800);
    expect(backoffDelay(1, o, () => 1)).toBe(1200);
  });
});

describe.each(backends)('outbox on $name', (backend) => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await backend.open();
  });
  beforeEach(() => resetPressTables(storage));
  afterAll(() => storage.close());

  const store = () => createPressStore(storage, createMembership(MEMBERS, org));
  const pending = async () =>
    (
      await storage.query<{ n: number }>(
        `select count(*)::int as n from press_outbox where status = 'pending'`,
      )
    ).rows[0].n;
  const withDesk = () => setUpDesk(storage);

  it('delivers once when the connector fails the first 3 posts, retrying with backoff', async () => {
    await withDesk();
    const { request } = await store().create(newRequest());
    const rec = recordingSender({ failFirst: 3 });
    const worker = createOutboxWorker(storage, createDelivery(storage, rec.sender), silentLogger, fastWorker);
    worker.start();
    await until(async () => (await pending()) === 0);
    await worker.stop();
    expect(rec.calls()).toBe(4);
    expect(rec.sent).toHaveLength(1);
    expect(rec.sent[0]).toMatchObject({ kind: 'send', conversationId: '19:desk@thread.tacv2' });
    expect(rec.sent[0].text).toContain(request.number);
    const row = (
      await storage.query<{ attempts: number; card_activity_id: string }>(
        `select o.attempts, r.card_activity_id from press_outbox o join press_requests r on r.id = o.request_id`,
      )
    ).rows[0];
    expect(row).toEqual({ attempts: 4, card_activity_id: 'msg-1' });
  });

  it('retries a post that times out', async () => {
    await withDesk();
    await store().create(newRequest());
    let calls = 0;
    const rec = recordingSender();
    const slowFirst = {
      send: async (ref: Record<string, unknown>, act: object) => {
        calls++;
        if (calls === 1) await new Promise((r) => setTimeout(r, 400));
        if (calls === 1) throw new Error('late');
        return rec.sender.send(ref, act);
      },
      update: rec.sender.update,
      sendPersonal: rec.sender.sendPersonal,
    };
    const worker = createOutboxWorker(storage, createDelivery(storage, slowFirst), silentLogger, {
      ...fastWorker,
      timeoutMs: 100,
    });
    worker.start();
    await until(async () => (await pending()) === 0);
    await worker.stop();
    expect(calls).toBe(2);
    expect(rec.sent).toHaveLength(1);
  });

  it('delivers exactly once after the server was killed between commit and post', async () => {
    await withDesk();
    // Instance 1 commits the request and dies before its worker ever runs.
    const { request } = await store().create(newRequest());
    expect(await pending()).toBe(1);
    // Instance 2 starts on the same database.
    const rec = recordingSender();
    const worker = createOutboxWorker(storage, createDelivery(storage, rec.sender), silentLogger, fastWorker);
    worker.start();
    await until(async () => (await pending()) === 0);
    await worker.stop();
    expect(rec.sent.map((s) => s.text.includes(request.number))).toEqual([true]);
  });

  it('takes over a row whose worker claimed it and died, once the lease ran out', async () => {
    await withDesk();
    await store().create(newRequest());
    const claimed = await claimDue(storage, 10, 60_000); // the dead worker's claim
    expect(claimed).toHaveLength(1);
    const rec = recordingSender();
    const worker = createOutboxWorker(storage, createDelivery(storage, rec.sender), silentLogger, fastWorker);
    expect(await worker.runOnce()).toBe(0); // still leased
    // The lease runs out (rather than waiting a minute).
    await storage.query(`update press_outbox set claimed_until = now() - interval '1 second'`);
    expect(await worker.runOnce()).toBe(1);
    expect(rec.sent).toHaveLength(1);
  });

  it('keeps a request until the press desk channel exists, without counting attempts', async () => {
    await store().create(newRequest());
    const rec = recordingSender();
    const worker = createOutboxWorker(storage, createDelivery(storage, rec.sender), silentLogger, fastWorker);
    expect(await worker.runOnce()).toBe(1);
    expect(rec.sent).toHaveLength(0);
    const row = (
      await storage.query<{ attempts: number; last_error: string }>(
        'select attempts, last_error from press_outbox',
      )
    ).rows[0];
    expect(row).toEqual({ attempts: 0, last_error: 'no press desk channel yet' });
    await withDesk();
    await wakeWaiting(storage);
    expect(await worker.runOnce()).toBe(1);
    expect(rec.sent).toHaveLength(1);
  });

  it('posts at once when the desk is set up while the worker holds the waiting row', async () => {
    // "persdesk instellen" wakes only unclaimed rows; a row the worker held at that moment, having
    // found no desk a moment before, used to wait the whole retry interval (a minute).
    await store().create(newRequest());
    const rec = recordingSender();
    const deliver = createDelivery(storage, rec.sender);
    let setUpMeanwhile = true;
    const worker = createOutboxWorker(
      storage,
      async (row, signal) => {
        const outcome = await deliver(row, signal);
        if (setUpMeanwhile) {
          setUpMeanwhile = false;
          await withDesk();
          await wakeWaiting(storage);
        }
        return outcome;
      },
      silentLogger,
      fastWorker,
    );
    // The same round finds it due again and posts it: two handlings, one post.
    expect(await worker.runOnce()).toBe(2);
    expect(rec.sent).toHaveLength(1);
  });

  it('updates the posted card for everyone after a take, and sends the requester a 1:1 message', async () => {
    await withDesk();
    const s = store();
    const { request } = await s.create(newRequest());
    const rec = recordingSender();
    const worker = createOutboxWorker(storage, createDelivery(storage, rec.sender), silentLogger, fastWorker);
    await worker.runOnce();
    await s.take(request.id, sam);
    await worker.runOnce();
    // The update and the 1:1 message go out in parallel: compare them in a fixed order.
    const [post, ...after] = rec.sent;
    expect([post.kind, post.conversationId, post.activityId]).toEqual([
      'send',
      '19:desk@thread.tacv2',
      'msg-1',
    ]);
    const update = after.find((x) => x.kind === 'update');
    const direct = after.find((x) => x.kind === 'send');
    expect(after).toHaveLength(2);
    expect(update).toMatchObject({ conversationId: '19:desk@thread.tacv2', activityId: 'msg-1' });
    expect(update?.text).toContain('Opgenomen door Sam Communicatie');
    expect(direct?.conversationId).toBe('a:jan-personal');
    expect(direct?.text).toContain(`Je persvraag ${request.number} is opgenomen door Sam Communicatie`);
  });

  it('posts one reminder for an unowned request near its deadline, however many instances look', async () => {
    await withDesk();
    const s = store();
    const soon = await s.create(newRequest({ deadline: new Date(Date.now() + 30 * 60_000) }));
    await s.create(newRequest({ deadline: new Date(Date.now() + 48 * 3600_000) }));
    const taken = await s.create(newRequest({ deadline: new Date(Date.now() + 10 * 60_000) }));
    await s.take(taken.request.id, sam);
    const rounds = await Promise.all([1, 2, 3].map(() => queueDueReminders(storage, 2 * 3600_000)));
    expect(rounds.flat()).toEqual([soon.request.id]);
    expect(await queueDueReminders(storage, 2 * 3600_000)).toEqual([]);
    const rec = recordingSender();
    const worker = createOutboxWorker(storage, createDelivery(storage, rec.sender), silentLogger, fastWorker);
    while ((await worker.runOnce()) > 0);
    const reminders = rec.sent.filter((x) => x.text.startsWith('Herinnering'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toContain(soon.request.number);
  });
});

describe.each(backends)('outbox with a slow post on $name', (backend) => {
  // Its own database: no delivery left over from another test can touch its rows.
  let storage: Storage;
  beforeAll(async () => {
    storage = await backend.open();
  });
  afterAll(() => storage.close());

  it('brings the card up to date when it was taken while the card was still being posted', async () => {
    // The post is slow (or Teams is down); meanwhile someone takes the request from the tab. The
    // update queued by the take finds no card yet; the post, once through, must still show who has it.
    await setUpDesk(storage);
    const s = createPressStore(storage, createMembership(MEMBERS, org));
    const { request } = await s.create(newRequest());
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const rec = recordingSender();
    let posting = false;
    const slowPost = {
      ...rec.sender,
      send: async (ref: Record<string, unknown>, act: object) => {
        posting = true;
        await gate;
        return rec.sender.send(ref, act);
      },
    };
    const worker = createOutboxWorker(storage, createDelivery(storage, slowPost), silentLogger, fastWorker);
    worker.start();
    // The card is rendered and on its way to Teams when the take happens.
    await until(() => posting);
    expect(await s.take(request.id, sam)).toMatchObject({ ok: true });
    // The take's message goes out; its card update finds no card to update yet.
    await until(() => rec.sent.some((x) => x.text.includes('is opgenomen door')));
    release();
    await until(
      async () =>
        (
          await storage.query<{ n: number }>(
            `select count(*)::int as n from press_outbox where status = 'pending'`,
          )
        ).rows[0].n === 0,
    );
    await worker.stop();
    const card = rec.sent.filter((x) => x.conversationId === '19:desk@thread.tacv2');
    expect(card.map((x) => x.kind)).toEqual(['send', 'update']);
    expect(JSON.stringify(card[1].card)).toContain('Opgenomen door Sam Communicatie');
  });
});
