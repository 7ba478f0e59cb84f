// The press desk's state machine, cell by cell: every move (take, hand back, close, tick
// "informed") from every state (new, taken, handed back, closed), by the owner, another member of
// the communication service and someone outside it, through both doors: the desk card's
// Action.Execute invoke over the Bot Framework protocol and the Persdesk tab's HTTP API.
//
// The expected outcome of each cell is written out below as the rule, not derived from the code.
// Both doors call the store, whose conditional UPDATEs are the only guard of a transition, so
// these cells pin those SQL conditions. A refused move must say why in Dutch and leave the stored
// request, its audit trail and the outbox exactly as they were.
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { AuthError, type TokenIdentity } from '../../../bot/api/auth';
import { registerPressRequestRoutes } from '../../../bot/api/press-requests';
import { pressStrings } from '../../../bot/cards/press-strings';
import { createMembership } from '../../../bot/press-desk/members';
import { createPressStore, type PressStore } from '../../../bot/press-desk/store';
import type { Actor } from '../../../bot/press-desk/types';
import type { Storage } from '../../../bot/storage';
import { activity, invoke, startBotHost, type BotHost } from './bot-host';
import { backends, newRequest, org, resetPressTables } from './helpers';

type State = 'nieuw' | 'genomen' | 'teruggegeven' | 'gesloten';
type Who = 'eigenaar' | 'ander lid' | 'geen lid';
type Move = 'opnemen' | 'teruggeven' | 'afsluiten' | 'geïnformeerd aanvinken';
type Door = 'kaart' | 'API';

const MEMBERS = ['aad-sam', 'aad-kim'];
/** The same three people as Teams sees them (29: ids) and as their Entra token names them. */
const PEOPLE: Record<Who, { teams: Actor & { name: string }; token: TokenIdentity }> = {
  eigenaar: {
    teams: { id: '29:sam', name: 'Sam Communicatie', aadObjectId: 'aad-sam' },
    token: { tenantId: 't', objectId: 'aad-sam', name: 'Sam Communicatie', username: 'sam@x.be', scopes: [] },
  },
  'ander lid': {
    teams: { id: '29:kim', name: 'Kim Communicatie', aadObjectId: 'aad-kim' },
    token: { tenantId: 't', objectId: 'aad-kim', name: 'Kim Communicatie', username: 'kim@x.be', scopes: [] },
  },
  'geen lid': {
    teams: { id: '29:jan', name: 'Jan Sportdienst', aadObjectId: 'aad-jan' },
    token: { tenantId: 't', objectId: 'aad-jan', name: 'Jan Sportdienst', username: 'jan@x.be', scopes: [] },
  },
};
const OWNER = PEOPLE.eigenaar.teams;

type Outcome =
  | { ok: true; status: 'genomen' | 'teruggegeven' | 'gesloten' | 'same'; owner: Who | null; audit?: string }
  | { ok: false; message: (number: string) => string };

const NOT_MEMBER = 'Alleen de communicatiedienst kan persvragen op de persdesk behandelen.';
const refused = (message: (number: string) => string): Outcome => ({ ok: false, message });
const alreadyTaken = refused((n) => `Sam Communicatie heeft ${n} al opgenomen.`);
const alreadyHandedBack = refused((n) => `${n} is al teruggegeven aan de dienst.`);
const alreadyClosed = refused((n) => `${n} is al afgesloten.`);

/**
 * The rules for the owner and another member; someone outside the communication service is
 * refused every move in every state. "owner" is the member who took the request; a new request
 * has none, so there the owner is simply the first member to act.
 */
function expected(state: State, move: Move, who: Who): Outcome {
  if (who === 'geen lid') return refused(() => NOT_MEMBER);
  const actor = who;
  const keeps: Who = state === 'nieuw' ? actor : 'eigenaar';
  switch (move) {
    case 'opnemen':
      if (state === 'nieuw') return { ok: true, status: 'genomen', owner: actor, audit: 'opgenomen' };
      // A redelivered click of the owner is not an error, and changes nothing.
      if (state === 'genomen')
        return who === 'eigenaar' ? { ok: true, status: 'same', owner: 'eigenaar' } : alreadyTaken;
      return state === 'teruggegeven' ? alreadyHandedBack : alreadyClosed;
    case 'teruggeven':
      if (state === 'nieuw' || state === 'genomen')
        return { ok: true, status: 'teruggegeven', owner: keeps, audit: 'teruggegeven' };
      return state === 'teruggegeven' ? alreadyHandedBack : alreadyClosed;
    case 'afsluiten':
      if (state === 'gesloten') return alreadyClosed;
      return { ok: true, status: 'gesloten', owner: keeps, audit: 'gesloten' };
    case 'geïnformeerd aanvinken':
      // Informing the mayor after the answer went out is still worth recording: any state. A
      // tick is no taking: a new request stays without an owner.
      return {
        ok: true,
        status: 'same',
        owner: state === 'nieuw' ? null : 'eigenaar',
        audit: 'geinformeerd',
      };
  }
}

const STATES: State[] = ['nieuw', 'genomen', 'teruggegeven', 'gesloten'];
const WHO: Who[] = ['eigenaar', 'ander lid', 'geen lid'];
const CARD_MOVES: Move[] = ['opnemen', 'teruggeven', 'afsluiten', 'geïnformeerd aanvinken'];
/** The tab has no "informed" ticks: those live on the card only. */
const API_MOVES: Move[] = ['opnemen', 'teruggeven', 'afsluiten'];

const CELLS: [string, Door, State, Move, Who][] = [];
for (const door of ['kaart', 'API'] as Door[])
  for (const state of STATES)
    for (const move of door === 'kaart' ? CARD_MOVES : API_MOVES)
      for (const who of WHO) CELLS.push([`${door}: ${move} (${state}) door ${who}`, door, state, move, who]);

const STATUS_NAMES: Record<State, string> = {
  nieuw: 'open',
  genomen: 'genomen',
  teruggegeven: 'teruggegeven',
  gesloten: 'gesloten',
};
const API_STATUS: Record<string, string> = {
  genomen: 'taken',
  teruggegeven: 'handed-back',
  gesloten: 'closed',
  open: 'open',
};
const VERBS: Record<Move, string> = {
  opnemen: 'press.take',
  teruggeven: 'press.handback',
  afsluiten: 'press.close',
  'geïnformeerd aanvinken': 'press.inform',
};
const PATHS: Partial<Record<Move, string>> = { opnemen: 'take', teruggeven: 'hand-back', afsluiten: 'close' };

type InvokeBody = { statusCode: number; type: string; value: unknown };
type Row = Record<string, unknown>;

describe.each(backends)('press desk state machine on $name', (backend) => {
  let storage: Storage;
  let store: PressStore;
  let host: BotHost;
  let api: restify.Server;
  let apiUrl: string;

  beforeAll(async () => {
    storage = await backend.open();
    store = createPressStore(storage, createMembership(MEMBERS, org));
    host = await startBotHost(storage, MEMBERS);
    // The rules are under test, not delivery: the outbox rows stay as the move wrote them.
    await host.desk.stop();
    api = restify.createServer();
    api.use(restify.plugins.bodyParser({ mapParams: false }));
    registerPressRequestRoutes(api, {
      mode: 'production',
      store: () => store,
      validateToken: async (authorization) => {
        const who = WHO.find((w) => authorization === `Bearer ${PEOPLE[w].token.objectId}`);
        if (!who) throw new AuthError(401, 'missing_token', 'no token', 'Je bent niet aangemeld.');
        return PEOPLE[who].token;
      },
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', () => resolve()));
    apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await host.close();
    await new Promise<void>((resolve) => api.close(() => resolve()));
    await storage.close();
  });

  /** A request brought into `state` by the owner, through the store. */
  async function requestIn(state: State): Promise<{ id: number; number: string }> {
    await resetPressTables(storage);
    const { request } = await store.create(newRequest());
    const steps: Record<State, (() => Promise<unknown>)[]> = {
      nieuw: [],
      genomen: [() => store.take(request.id, OWNER)],
      teruggegeven: [
        () => store.take(request.id, OWNER),
        () => store.handBack(request.id, OWNER, 'De sportdienst antwoordt zelf.'),
      ],
      gesloten: [
        () => store.take(request.id, OWNER),
        () => store.close(request.id, OWNER, 'Reactie gegeven.'),
      ],
    };
    for (const step of steps[state]) expect(await step()).toMatchObject({ ok: true });
    return { id: request.id, number: request.number };
  }

  const snapshot = async (id: number) => ({
    request: (await storage.query<Row>('select * from press_requests where id = $1', [id])).rows[0],
    audit: (await storage.query<Row>('select * from press_audit where request_id = $1 order by id', [id]))
      .rows,
    outbox: (await storage.query<Row>('select dedupe_key from press_outbox order by id')).rows,
  });

  async function viaCard(move: Move, who: Who, id: number) {
    const base = activity(
      'http://127.0.0.1:1/',
      PEOPLE[who].teams,
      { id: '19:desk@thread.tacv2;messageid=1', conversationType: 'channel' },
      {},
    );
    const data: Record<string, unknown> = { requestId: id };
    if (move === 'teruggeven') data.note = 'De sportdienst antwoordt zelf.';
    if (move === 'afsluiten') data.outcome = 'Reactie gegeven aan Het Nieuwsblad.';
    if (move === 'geïnformeerd aanvinken') data.role = 'bevoegde-schepen';
    const { status, body } = await host.post(invoke(base, VERBS[move], data));
    expect(status).toBe(200);
    return body as InvokeBody;
  }

  async function viaApi(move: Move, who: Who, id: number) {
    const body =
      move === 'teruggeven'
        ? { note: 'De sportdienst antwoordt zelf.' }
        : move === 'afsluiten'
          ? { outcome: 'Reactie gegeven aan Het Nieuwsblad.' }
          : {};
    const response = await fetch(`${apiUrl}/api/press-requests/${id}/${PATHS[move]}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${PEOPLE[who].token.objectId}`,
      },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('has a named cell for every door, state, move and person', () => {
    expect(CELLS).toHaveLength(4 * 4 * 3 + 4 * 3 * 3);
    expect(new Set(CELLS.map((c) => c[0])).size).toBe(CELLS.length);
  });

  it.each(CELLS)('%s', async (_name, door, state, move, who) => {
    const { id, number } = await requestIn(state);
    const before = await snapshot(id);
    const rule = expected(state, move, who);

    if (door === 'kaart') {
      const answer = await viaCard(move, who, id);
      if (!rule.ok && who === 'geen lid') {
        expect(answer).toMatchObject({ statusCode: 403, value: { message: pressStrings.refused } });
      } else {
        expect(answer).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
        const card = JSON.stringify(answer.value);
        expect(card).toContain(number);
        if (!rule.ok) expect(card).toContain(rule.message(number));
      }
    } else {
      const answer = await viaApi(move, who, id);
      if (rule.ok) {
        const status = rule.status === 'same' ? STATUS_NAMES[state] : rule.status;
        expect(answer).toMatchObject({
          status: 200,
          body: { status: API_STATUS[status], reference: number },
        });
      } else {
        expect(answer.status).toBe(who === 'geen lid' ? 403 : 409);
        expect((answer.body.error as { message: string }).message).toBe(rule.message(number));
      }
    }

    const after = await snapshot(id);
    if (!rule.ok || (rule.status === 'same' && !rule.audit)) {
      // Refused, or the owner's redelivered take: nothing stored changes, nothing is queued.
      expect(after).toEqual(before);
      return;
    }
    const status = rule.status === 'same' ? STATUS_NAMES[state] : rule.status;
    expect(after.request).toMatchObject({
      status,
      owner_aad_id: rule.owner ? PEOPLE[rule.owner].token.objectId : null,
      owner_name: rule.owner ? PEOPLE[rule.owner].teams.name : null,
      version: Number(before.request.version) + 1,
    });
    if (move === 'afsluiten') expect(after.request.outcome).toBe('Reactie gegeven aan Het Nieuwsblad.');
    if (move === 'teruggeven') expect(after.request.handback_note).toBe('De sportdienst antwoordt zelf.');
    if (move === 'geïnformeerd aanvinken') {
      const informed = (r: Row) => (typeof r.informed === 'string' ? JSON.parse(r.informed) : r.informed);
      expect(informed(after.request)).toEqual([...informed(before.request), 'bevoegde-schepen']);
    }
    // Exactly one new audit line, by the person who acted, after the untouched earlier ones.
    expect(after.audit.slice(0, before.audit.length)).toEqual(before.audit);
    expect(after.audit.slice(before.audit.length)).toMatchObject([
      { action: rule.audit, actor_name: PEOPLE[who].teams.name },
    ]);
    expect(after.outbox.length).toBeGreaterThan(before.outbox.length);
  });
});
