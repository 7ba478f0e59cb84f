// The press desk store's rules at their edges (issue 18, aimed at the mutants the state machine
// and store tests let through): the exact Dutch refusals, the length limits of an outcome and a
// hand-back note, what a blank note leaves in the audit trail, which Teams posts each move
// queues, and the outbox worker's wake-up after a committed change only.
import { createMembership } from '../../../bot/press-desk/members';
import { createPressStore, OUTCOME_MAX, type PressStore } from '../../../bot/press-desk/store';
import type { Actor } from '../../../bot/press-desk/types';
import type { Storage } from '../../../bot/storage';
import { backends, jan, kim, MEMBERS, newRequest, org, resetPressTables, sam } from './helpers';

/** A member whose Teams profile gives no name (the card and the tab then say "Een collega"). */
const nameless: Actor = { id: '29:ilse', aadObjectId: 'aad-ilse' };

describe.each(backends)('press desk store at its edges on $name', (backend) => {
  let storage: Storage;
  let store: PressStore;
  let wakeUps: number;

  beforeAll(async () => {
    storage = await backend.open();
  });
  beforeEach(async () => {
    await resetPressTables(storage);
    wakeUps = 0;
    store = createPressStore(storage, createMembership([...MEMBERS, 'aad-ilse'], org), {
      onQueued: () => wakeUps++,
    });
  });
  afterAll(() => storage.close());

  const outboxKeys = async () =>
    (await storage.query<{ dedupe_key: string }>('select dedupe_key from press_outbox order by id')).rows.map(
      (r) => r.dedupe_key,
    );
  const trail = async (id: number) => (await store.get(id))!.audit.map((a) => [a.action, a.detail]);

  it('names the owner as "Een collega" when Teams gave no name, to whoever tries to take it next', async () => {
    const { request } = await store.create(newRequest());
    expect(await store.take(request.id, nameless)).toMatchObject({ ok: true });
    expect(await store.take(request.id, kim)).toEqual({
      ok: false,
      reason: 'taken',
      message: `Een collega heeft ${request.number} al opgenomen.`,
      request: expect.objectContaining({ status: 'genomen', ownerId: '29:ilse' }),
    });
  });

  it('says in Dutch that an unknown request does not exist, for every move', async () => {
    const notFound = { ok: false, reason: 'not-found', message: 'Deze persvraag bestaat niet (meer).' };
    expect(await store.take(4242, sam)).toEqual(notFound);
    expect(await store.handBack(4242, sam, 'nota')).toEqual(notFound);
    expect(await store.close(4242, sam, 'afgehandeld')).toEqual(notFound);
    expect(await store.toggleInformed(4242, sam, 'burgemeester')).toEqual(notFound);
    expect(await outboxKeys()).toEqual([]);
  });

  it('says why a finished request cannot be taken, and why an outsider cannot act', async () => {
    const closed = await store.create(newRequest());
    await store.close(closed.request.id, sam, 'Beantwoord.');
    const back = await store.create(newRequest());
    await store.handBack(back.request.id, sam);
    expect(await store.take(closed.request.id, kim)).toMatchObject({
      ok: false,
      reason: 'closed',
      message: `${closed.request.number} is al afgesloten.`,
    });
    expect(await store.take(back.request.id, kim)).toMatchObject({
      ok: false,
      reason: 'closed',
      message: `${back.request.number} is al teruggegeven aan de dienst.`,
    });
    expect(await store.take(back.request.id, jan)).toEqual({
      ok: false,
      reason: 'not-member',
      message: 'Alleen de communicatiedienst kan persvragen op de persdesk behandelen.',
    });
  });

  it('refuses a role that is not on the list with its message, and writes nothing', async () => {
    const { request } = await store.create(newRequest());
    const before = await trail(request.id);
    expect(await store.toggleInformed(request.id, sam, 'college')).toMatchObject({
      ok: false,
      reason: 'invalid',
      message: 'Die rol staat niet op de lijst van wie geïnformeerd moet worden.',
    });
    expect(await trail(request.id)).toEqual(before);
    expect((await store.get(request.id))!.request.informed).toEqual([]);
  });

  it('closes with an outcome of exactly the limit, trimmed, and refuses one character more', async () => {
    const { request } = await store.create(newRequest());
    expect(await store.close(request.id, sam, 'x'.repeat(OUTCOME_MAX + 1))).toEqual({
      ok: false,
      reason: 'invalid',
      message: `Houd de uitkomst kort (hoogstens ${OUTCOME_MAX} tekens).`,
    });
    expect(await store.close(request.id, sam, '')).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'Schrijf kort hoe de persvraag afgehandeld is, dan kan je ze afsluiten.',
    });
    expect((await store.get(request.id))!.request.status).toBe('open');
    const outcome = 'y'.repeat(OUTCOME_MAX);
    const closed = await store.close(request.id, sam, `  ${outcome}\n`);
    expect(closed).toMatchObject({ ok: true, request: { status: 'gesloten', outcome } });
    expect((await trail(request.id)).at(-1)).toEqual(['gesloten', { outcome }]);
  });

  it('keeps a hand-back note trimmed and at most the limit; a blank note is no note', async () => {
    const long = await store.create(newRequest());
    const back = await store.handBack(long.request.id, sam, `  ${'n'.repeat(OUTCOME_MAX + 50)}  `);
    expect(back).toMatchObject({ ok: true, request: { handbackNote: 'n'.repeat(OUTCOME_MAX) } });
    expect((await trail(long.request.id)).at(-1)).toEqual([
      'teruggegeven',
      { note: 'n'.repeat(OUTCOME_MAX) },
    ]);

    const blank = await store.create(newRequest());
    expect(await store.handBack(blank.request.id, kim, '   ')).toMatchObject({
      ok: true,
      request: { status: 'teruggegeven', handbackNote: null, ownerName: 'Kim Communicatie' },
    });
    expect((await trail(blank.request.id)).at(-1)).toEqual(['teruggegeven', {}]);
  });

  it('queues the card update with each new version, and tells the requester of take, hand-back and close only', async () => {
    const { request } = await store.create(newRequest());
    const id = request.id;
    await store.take(id, sam);
    await store.toggleInformed(id, sam, 'burgemeester');
    await store.handBack(id, sam, 'De sportdienst antwoordt zelf.');
    const other = await store.create(newRequest());
    await store.close(other.request.id, kim, 'Reactie gegeven.');
    expect(await outboxKeys()).toEqual([
      `desk.post:${id}`,
      `desk.update:${id}:v2`,
      `requester:${id}:taken`,
      `desk.update:${id}:v3`,
      `desk.update:${id}:v4`,
      `requester:${id}:handed-back`,
      `desk.post:${other.request.id}`,
      `desk.update:${other.request.id}:v2`,
      `requester:${other.request.id}:closed`,
    ]);
  });

  it('wakes the outbox worker after each committed change, never after a refused one', async () => {
    const { request } = await store.create(newRequest());
    expect(wakeUps).toBe(1);
    await store.take(request.id, jan);
    await store.close(request.id, sam, '');
    await store.toggleInformed(request.id, sam, 'college');
    expect(wakeUps).toBe(1);
    await store.take(request.id, sam);
    expect(wakeUps).toBe(2);
    await store.take(request.id, kim);
    expect(wakeUps).toBe(2);
  });

  it('still commits a change when the wake-up call fails (the worker polls anyway)', async () => {
    const failing = createPressStore(storage, createMembership(MEMBERS, org), {
      onQueued: () => {
        throw new Error('worker gone');
      },
    });
    const { request } = await failing.create(newRequest());
    expect(await failing.take(request.id, sam)).toMatchObject({ ok: true, request: { status: 'genomen' } });
    expect((await store.get(request.id))!.request.status).toBe('genomen');
  });
});
