// `persdesk instellen` in a new channel posts the open requests only, with their current
// checklist; a staff member outside the desk is told whom to ask by name; the requester's
// confirmation reads the desk's current state when refreshed (issue 17).
import { createMembership } from '../../../bot/press-desk/members';
import { createPressRoutes } from '../../../bot/press-desk/routes';
import { createPressStore } from '../../../bot/press-desk/store';
import { silentLogger } from '../../../bot/log';
import type { Storage } from '../../../bot/storage';
import type { Turn } from '../../../bot/teams/port';
import {
  backends,
  drainOutbox,
  DESK_REFERENCE,
  jan,
  MEMBERS,
  newRequest,
  org,
  recordingSender,
  resetPressTables,
  setUpDesk,
  sam,
} from './helpers';

describe.each(backends)('setting up the press desk on $name', (backend) => {
  let storage: Storage;
  beforeAll(async () => {
    storage = await backend.open();
  });
  beforeEach(async () => {
    await resetPressTables(storage);
  });
  afterAll(() => storage.close());

  const membership = createMembership(MEMBERS, org);
  const store = () => createPressStore(storage, membership);
  const routes = () =>
    createPressRoutes({ storage, store: store(), membership, org, log: silentLogger, kick: () => {} });
  const replies: string[] = [];
  const turn = (
    who: { id: string; name?: string; aadObjectId?: string },
    conversation: { id: string; conversationType: string },
  ): Turn => ({
    activity: { type: 'message', channelId: 'msteams', from: who, conversation },
    sendActivity: async (reply) => {
      replies.push(typeof reply === 'string' ? reply : JSON.stringify(reply));
      return {};
    },
    conversationReference: () => ({ ...DESK_REFERENCE, conversation }),
    senderEmail: async () => undefined,
  });
  const drain = (rec: ReturnType<typeof recordingSender>) => drainOutbox(storage, rec.sender);
  const setUp = (channel: string) =>
    routes().messageRoutes[0].handle(
      turn({ ...sam, aadObjectId: 'aad-sam' }, { id: `${channel};messageid=9`, conversationType: 'channel' }),
      'persdesk instellen',
    );

  it('posts only the open requests in a new channel, each with its current checklist', async () => {
    await setUpDesk(storage);
    const s = store();
    const open = (await s.create(newRequest())).request;
    const taken = (await s.create(newRequest())).request;
    const closed = (await s.create(newRequest())).request;
    const handedBack = (await s.create(newRequest())).request;
    const rec = recordingSender();
    await drain(rec);
    await s.take(taken.id, sam);
    await s.toggleInformed(taken.id, sam, 'burgemeester');
    await s.close(closed.id, sam, 'Antwoord gegeven.');
    await s.handBack(handedBack.id, sam, 'Jullie mogen zelf antwoorden.');
    await drain(rec);

    rec.sent.length = 0;
    await setUp('19:nieuw@thread.tacv2');
    await drain(rec);
    const posted = rec.sent.filter((x) => x.kind === 'send' && x.conversationId === '19:nieuw@thread.tacv2');
    expect(posted.map((p) => p.text.slice(0, 12)).sort()).toEqual([open.number, taken.number].sort());
    const takenCard = JSON.stringify(posted.find((p) => p.text.startsWith(taken.number))!.card);
    expect(takenCard).toContain('burgemeester An Peeters · geïnformeerd');
    expect(takenCard).toContain('Opgenomen door Sam');

    // Set up there again: nothing is posted twice.
    rec.sent.length = 0;
    await setUp('19:nieuw@thread.tacv2');
    await drain(rec);
    expect(rec.sent.filter((x) => x.kind === 'send')).toHaveLength(0);
  });

  it('does not post a request closed before its card reached the desk', async () => {
    const s = store();
    const { request } = await s.create(newRequest());
    await s.close(request.id, sam, 'Meteen telefonisch beantwoord.');
    const rec = recordingSender();
    await setUp('19:desk@thread.tacv2');
    await drain(rec);
    expect(rec.sent.filter((x) => x.conversationId === '19:desk@thread.tacv2' && x.kind === 'send')).toEqual(
      [],
    );
  });

  it('tells a staff member outside the desk whom to ask, by name, not a setting', async () => {
    replies.length = 0;
    await routes().messageRoutes[0].handle(
      turn(jan, { id: '19:ergens@thread.tacv2', conversationType: 'channel' }),
      'persdesk instellen',
    );
    expect(replies[0]).toMatch(/Lies Wouters \(communicatieverantwoordelijke\)/);
    expect(replies[0]).toMatch(/communicatie@zilverbeek\.be/);
    expect(replies[0]).not.toMatch(/PRESS_DESK_MEMBERS|_/);
  });

  it("refreshes the requester's confirmation with the desk as it is now", async () => {
    const { request } = await store().create(newRequest());
    const confirm = (who: typeof jan) =>
      routes().actionRoutes[0].handle(turn(who, { id: 'a:jan-personal', conversationType: 'personal' }), {
        verb: 'press.submitted',
        requestId: request.id,
      });
    const before = JSON.stringify((await confirm(jan)).value);
    expect(before).toContain('nog geen persdesk-kanaal');
    expect(before).toContain('Wat je nu doet');
    await setUpDesk(storage);
    await store().take(request.id, sam);
    const after = JSON.stringify((await confirm(jan)).value);
    expect(after).not.toContain('nog geen persdesk-kanaal');
    expect(after).toContain('Sam Communicatie van de communicatiedienst volgt je vraag op.');
    const stranger = await confirm({ id: '29:iemand', name: 'Iemand Anders' } as typeof jan);
    expect(stranger.statusCode).toBe(403);
  });
});
