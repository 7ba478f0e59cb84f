// The press desk store on both backends: numbers, duplicates, conditional take, membership,
// audit trail and the outbox rows written with each change.
import { createMembership } from '../../../bot/press-desk/members';
import { createPressStore, type PressStore } from '../../../bot/press-desk/store';
import type { Storage } from '../../../bot/storage';
import { backends, jan, kim, lies, MEMBERS, newRequest, org, resetPressTables, sam } from './helpers';

describe.each(backends)('press desk store on $name', (backend) => {
  let storage: Storage;
  let store: PressStore;

  beforeAll(async () => {
    storage = await backend.open();
  });
  beforeEach(async () => {
    await resetPressTables(storage);
    store = createPressStore(storage, createMembership(MEMBERS, org));
  });
  afterAll(() => storage.close());

  const outbox = async () =>
    (
      await storage.query<{ kind: string; dedupe_key: string }>(
        'select kind, dedupe_key from press_outbox order by id',
      )
    ).rows;

  it('numbers requests per year: PV-2026-0001, 0002 …, and PV-2027-0001 in a new year', async () => {
    const now = new Date('2026-11-25T10:00:00Z');
    const a = await store.create(newRequest(), now);
    const b = await store.create(newRequest(), now);
    const c = await store.create(newRequest(), new Date('2027-01-01T08:00:00Z'));
    expect([a.request.number, b.request.number, c.request.number]).toEqual([
      'PV-2026-0001',
      'PV-2026-0002',
      'PV-2027-0001',
    ]);
    expect(a.created && b.created && c.created).toBe(true);
  });

  it('gives 25 concurrent requests 25 distinct, consecutive numbers', async () => {
    const now = new Date('2026-06-01T10:00:00Z');
    const made = await Promise.all(Array.from({ length: 25 }, () => store.create(newRequest(), now)));
    const numbers = made.map((m) => m.request.number).sort();
    expect(numbers).toEqual(
      Array.from({ length: 25 }, (_, i) => `PV-2026-${String(i + 1).padStart(4, '0')}`),
    );
  });

  it('stores a redelivered or double-clicked submit once and does not use up a number', async () => {
    const input = newRequest();
    const results = await Promise.all([store.create(input), store.create(input), store.create(input)]);
    expect(new Set(results.map((r) => r.request.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const next = await store.create(newRequest());
    expect(next.request.number.endsWith('0002')).toBe(true);
    const { rows } = await storage.query<{ n: number }>('select count(*)::int as n from press_requests');
    expect(rows[0].n).toBe(2);
  });

  it('queues the desk post in the same transaction as the request and audits who made it', async () => {
    const { request } = await store.create(newRequest());
    expect(await outbox()).toEqual([{ kind: 'desk.post', dedupe_key: `desk.post:${request.id}` }]);
    const found = await store.get(request.number);
    expect(found?.audit.map((a) => [a.action, a.actorName])).toEqual([['aangemaakt', 'Jan Sportdienst']]);
  });

  it('lets exactly one of five members take a request at once; the others learn who has it', async () => {
    // Five different people: one Entra id each (the same Entra id under another Teams id is the
    // same person, whose second click is no refusal).
    const desk = createPressStore(storage, createMembership([...MEMBERS, 'aad-ilse', 'aad-tom'], org));
    const { request } = await desk.create(newRequest());
    const takers = [
      sam,
      kim,
      lies,
      { id: '29:ilse', name: 'Ilse Twee', aadObjectId: 'aad-ilse' },
      { id: '29:tom', name: 'Tom Twee', aadObjectId: 'aad-tom' },
    ];
    const results = await Promise.all(takers.map((t) => desk.take(request.id, t)));
    const winners = results.filter((r) => r.ok);
    expect(winners).toHaveLength(1);
    const owner = winners[0].ok ? winners[0].request.ownerName : undefined;
    for (const r of results.filter((x) => !x.ok)) {
      expect(r).toMatchObject({ ok: false, reason: 'taken', request: { ownerName: owner } });
      if (!r.ok) expect(r.message).toContain(`${owner} heeft ${request.number} al opgenomen`);
    }
    const trail = (await store.get(request.id))!.audit.filter((a) => a.action === 'opgenomen');
    expect(trail).toHaveLength(1);
  });

  it('treats the owner taking again (a redelivered click) as done, without a second audit entry', async () => {
    const { request } = await store.create(newRequest());
    expect((await store.take(request.id, sam)).ok).toBe(true);
    expect((await store.take(request.id, sam)).ok).toBe(true);
    expect((await store.get(request.id))!.audit.filter((a) => a.action === 'opgenomen')).toHaveLength(1);
  });

  it('refuses every action of someone outside the communication service and changes nothing', async () => {
    const { request } = await store.create(newRequest());
    const before = await store.get(request.id);
    const boxBefore = await outbox();
    for (const result of [
      await store.take(request.id, jan),
      await store.close(request.id, jan, 'opgelost'),
      await store.handBack(request.id, jan),
      await store.toggleInformed(request.id, jan, 'burgemeester'),
    ])
      expect(result).toMatchObject({ ok: false, reason: 'not-member' });
    expect(await store.get(request.id)).toEqual(before);
    expect(await outbox()).toEqual(boxBefore);
  });

  it('counts the communicatieverantwoordelijke of the organisation file as a member (by e-mail)', async () => {
    const { request } = await store.create(newRequest());
    expect(await store.take(request.id, lies)).toMatchObject({
      ok: true,
      request: { ownerName: 'Lies Wouters' },
    });
  });

  it('closes with an outcome only, once, and tells the requester', async () => {
    const { request } = await store.create(newRequest());
    expect(await store.close(request.id, sam, '   ')).toMatchObject({ ok: false, reason: 'invalid' });
    const closed = await store.close(request.id, sam, 'Burgemeester gaf een reactie aan de journalist.');
    expect(closed).toMatchObject({
      ok: true,
      request: { status: 'gesloten', ownerName: 'Sam Communicatie' },
    });
    expect(await store.close(request.id, kim, 'nog eens')).toMatchObject({ ok: false, reason: 'closed' });
    expect(await store.take(request.id, kim)).toMatchObject({ ok: false, reason: 'closed' });
    expect((await outbox()).map((o) => o.dedupe_key)).toContain(`requester:${request.id}:closed`);
  });

  it('hands a request back to the department with a note', async () => {
    const { request } = await store.create(newRequest());
    await store.take(request.id, sam);
    const back = await store.handBack(
      request.id,
      sam,
      'Informatieve vraag: jullie mogen zelf antwoorden (afspraak 52).',
    );
    expect(back).toMatchObject({ ok: true, request: { status: 'teruggegeven' } });
    expect((await store.get(request.id))!.audit.map((a) => a.action)).toEqual([
      'aangemaakt',
      'opgenomen',
      'teruggegeven',
    ]);
  });

  it('ticks a role to inform on and off, and refuses a role not on the list', async () => {
    const { request } = await store.create(newRequest());
    expect(await store.toggleInformed(request.id, sam, 'burgemeester')).toMatchObject({
      ok: true,
      request: { informed: ['burgemeester'] },
    });
    expect(await store.toggleInformed(request.id, kim, 'burgemeester')).toMatchObject({
      ok: true,
      request: { informed: [] },
    });
    expect(await store.toggleInformed(request.id, sam, 'college')).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    const actions = (await store.get(request.id))!.audit.map((a) => [a.action, a.actorName, a.detail.role]);
    expect(actions.slice(1)).toEqual([
      ['geinformeerd', 'Sam Communicatie', 'burgemeester'],
      ['niet-meer-geinformeerd', 'Kim Communicatie', 'burgemeester'],
    ]);
  });

  it('lists open requests by deadline, mine, and those due today (Brussels time)', async () => {
    const now = new Date('2026-11-25T09:00:00Z');
    const late = await store.create(
      newRequest({ question: 'later', deadline: new Date('2026-11-27T10:00:00Z') }),
      now,
    );
    const today = await store.create(
      newRequest({ question: 'vandaag', deadline: new Date('2026-11-25T15:00:00Z') }),
      now,
    );
    const none = await store.create(newRequest({ question: 'geen deadline' }), now);
    const done = await store.create(
      newRequest({ question: 'klaar', deadline: new Date('2026-11-25T11:00:00Z') }),
      now,
    );
    await store.close(done.request.id, sam, 'beantwoord');
    await store.take(late.request.id, kim);
    expect((await store.list({ filter: 'open', now })).map((r) => r.question)).toEqual([
      'vandaag',
      'later',
      'geen deadline',
    ]);
    expect((await store.list({ filter: 'mine', actor: kim, now })).map((r) => r.question)).toEqual(['later']);
    expect((await store.list({ filter: 'deadline-today', now })).map((r) => r.question)).toEqual(['vandaag']);
    expect(await store.list({ filter: 'all', now })).toHaveLength(4);
    expect(today.request.deadline?.toISOString()).toBe('2026-11-25T15:00:00.000Z');
    expect(none.request.deadline).toBeNull();
  });

  it("lists 'mine' for someone without an Entra object id (local mode, the Emulator)", async () => {
    // Members by e-mail: Lies (from the org file) has no aadObjectId, like the local user.
    const mine = await store.create(newRequest({ question: 'van Lies' }));
    await store.create(newRequest({ question: 'van Kim' })).then((r) => store.take(r.request.id, kim));
    await store.create(newRequest({ question: 'open' }));
    expect(await store.take(mine.request.id, lies)).toMatchObject({ ok: true });
    expect((await store.list({ filter: 'mine', actor: lies })).map((r) => r.question)).toEqual(['van Lies']);
    // An empty object id is no id either: it matches nobody's empty owner_aad_id.
    expect(
      (await store.list({ filter: 'mine', actor: { ...lies, aadObjectId: '' } })).map((r) => r.question),
    ).toEqual(['van Lies']);
    expect(await store.list({ filter: 'mine', actor: { id: '29:nobody' } })).toEqual([]);
  });

  it('answers not-found for an unknown request', async () => {
    expect(await store.take(999, sam)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(await store.get('PV-2026-9999')).toBeUndefined();
  });
});
