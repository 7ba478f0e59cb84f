// The reminder the communication service sets per request (issue 17): stored with the request,
// shown on the card, read from the database when due (a restart loses nothing) and posted once.
import { createDelivery } from '../../../bot/press-desk/delivery';
import { createMembership } from '../../../bot/press-desk/members';
import { queueDueOwnReminders } from '../../../bot/press-desk/reminders';
import { createPressStore } from '../../../bot/press-desk/store';
import { createOutboxWorker } from '../../../bot/press-desk/worker';
import { silentLogger } from '../../../bot/log';
import type { Storage } from '../../../bot/storage';
import {
  backends,
  fastWorker,
  jan,
  MEMBERS,
  newRequest,
  org,
  recordingSender,
  resetPressTables,
  setUpDesk,
  sam,
  until,
} from './helpers';

describe.each(backends)("the desk's own reminder on $name", (backend) => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await backend.open();
  });
  beforeEach(async () => {
    await resetPressTables(storage);
    await setUpDesk(storage);
  });
  afterAll(() => storage.close());

  it('is stored with the request, shown on the card, and posted once when due, also after a restart', async () => {
    const s = createPressStore(storage, createMembership(MEMBERS, org));
    const { request } = await s.create(newRequest());
    await s.take(request.id, sam);
    const at = new Date(Date.now() + 400);
    const set = await s.setReminder(request.id, sam, at, 'Burgemeester bellen');
    expect(set).toMatchObject({ ok: true, request: { remindAt: at, remindNote: 'Burgemeester bellen' } });
    expect(await queueDueOwnReminders(storage)).toEqual([]);
    await new Promise((r) => setTimeout(r, 450));
    // Read from the database: a process started after the reminder was set finds it.
    expect(await queueDueOwnReminders(storage)).toEqual([request.id]);
    expect(await queueDueOwnReminders(storage)).toEqual([]);
    const rec = recordingSender();
    const worker = createOutboxWorker(storage, createDelivery(storage, rec.sender), silentLogger, fastWorker);
    worker.start();
    await until(() => rec.sent.some((x) => x.text.startsWith('Herinnering voor Sam Communicatie')));
    await worker.stop();
    const reminders = rec.sent.filter((x) => x.text.startsWith('Herinnering voor'));
    expect(reminders).toHaveLength(1);
    expect(JSON.stringify(reminders[0].card)).toContain('Burgemeester bellen');
    expect(await s.setReminder(request.id, jan, new Date(), 'x')).toMatchObject({
      ok: false,
      reason: 'not-member',
    });
    await s.close(request.id, sam, 'Beantwoord.');
    expect(await s.setReminder(request.id, sam, new Date(), 'x')).toMatchObject({
      ok: false,
      reason: 'closed',
    });
  });
});
