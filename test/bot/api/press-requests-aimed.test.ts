// The Persdesk API at its edges (issue 18, aimed at what the API tests let through): the export
// period as Brussels calendar days, the exact Dutch refusals of bad input, the "informed" tick
// and the reminder, what a handed-back or closed request looks like in the tab, the closed list's
// order, and the answers while the desk starts or when the store fails.
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { AuthError, type TokenIdentity } from '../../../bot/api/auth';
import { registerPressRequestRoutes, type PressRequestRoutesDeps } from '../../../bot/api/press-requests';
import { createPressStore, type PressStore } from '../../../bot/press-desk/store';
import type { Actor, NewRequest } from '../../../bot/press-desk/types';
import type { Storage } from '../../../bot/storage';
import { storageBackends } from '../../helpers/storage-backends';

const NOW = new Date('2026-11-25T09:00:00Z');
const identity = (objectId: string, name: string): TokenIdentity => ({
  tenantId: 't',
  objectId,
  name,
  username: `${objectId}@zilverbeek.be`,
  scopes: [],
});
const TOKENS: Record<string, TokenIdentity> = {
  lotte: identity('aad-lotte', 'Lotte Janssens'),
  ilse: identity('aad-ilse', 'Ilse Wouters'),
  bram: identity('aad-bram', 'Bram Peeters'),
};
const MEMBERS = new Set(['aad-lotte', 'aad-ilse']);
const nameless: Actor = { id: '29:anoniem', aadObjectId: 'aad-ilse' };

function newRequest(key: string, over: Partial<NewRequest> = {}): NewRequest {
  return {
    sourceKey: key,
    description: 'Een journalist van Het Nieuwsblad vraagt een reactie over de heraanleg van de markt',
    kind: 'reactie-of-standpunt',
    route: 'communicatiedienst',
    agreements: [52],
    inform: [{ role: 'burgemeester', label: 'burgemeester An Peeters' }],
    medium: 'Het Nieuwsblad',
    question: `Reactie op de heraanleg van de markt (${key})`,
    deadline: new Date('2026-11-24T15:00:00Z'),
    requester: { id: '29:bram', aadObjectId: 'aad-bram', name: 'Bram Peeters' },
    requesterReference: {},
    ...over,
  };
}

async function serve(deps: Partial<PressRequestRoutesDeps> & Pick<PressRequestRoutesDeps, 'store'>) {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  registerPressRequestRoutes(server, {
    mode: 'production',
    validateToken: async (authorization) => {
      const token = TOKENS[authorization?.replace(/^Bearer /, '') ?? ''];
      if (!token) throw new AuthError(401, 'missing_token', 'no token', 'Je bent niet aangemeld.');
      return token;
    },
    now: () => NOW,
    ...deps,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (path: string, token = 'lotte', body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, text, json };
  };
  return { call, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(storageBackends().map((b) => [b.name, b] as const))(
  'the Persdesk API at its edges on %s',
  (_name, backend) => {
    let storage: Storage;
    let store: PressStore;
    let api: Awaited<ReturnType<typeof serve>>;

    beforeAll(async () => {
      storage = await backend.open();
      store = createPressStore(storage, {
        configured: true,
        needsEmail: false,
        isMember: async (a: Actor) => MEMBERS.has(a.aadObjectId ?? a.id),
      });
      api = await serve({ store: () => store });
    });
    afterAll(async () => {
      await api.close();
      await storage.close();
    });
    beforeEach(() => storage.exec('truncate press_requests cascade;'));

    const stamp = (id: number, column: 'created_at' | 'closed_at' | 'updated_at', at: string) =>
      storage.query(`update press_requests set ${column} = $2 where id = $1`, [id, at]);

    it('exports one Brussels calendar day when from and to are the same day', async () => {
      const justAfterMidnight = await store.create(newRequest('in'), NOW);
      const justBefore = await store.create(newRequest('out'), NOW);
      // 00:30 and 23:30 in Brussels (summer time, UTC+2).
      await stamp(justAfterMidnight.request.id, 'created_at', '2026-03-31T22:30:00Z');
      await stamp(justBefore.request.id, 'created_at', '2026-03-31T21:30:00Z');
      const answer = await api.call('/api/press-requests.csv?from=2026-04-01&to=2026-04-01');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-disposition')).toBe(
        'attachment; filename="persvragen-2026-04-01-tot-2026-04-01.csv"',
      );
      const lines = answer.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual([justAfterMidnight.request.number]);
    });

    it.each([
      ['no period', '', 'Geef een periode op met een begin- en einddatum (jjjj-mm-dd).'],
      ['only a start', '?from=2026-01-01', 'Geef een periode op met een begin- en einddatum (jjjj-mm-dd).'],
      [
        'a day before 1900',
        '?from=1899-12-31&to=2026-01-01',
        'De datum 1899-12-31 bestaat niet. Geef een datum als jjjj-mm-dd.',
      ],
      [
        'an impossible end',
        '?from=2026-01-01&to=2026-04-31',
        'De datum 2026-04-31 bestaat niet. Geef een datum als jjjj-mm-dd.',
      ],
      ['a start after the end', '?from=2026-01-02&to=2026-01-01', 'De begindatum valt na de einddatum.'],
    ])('refuses an export with %s, in Dutch', async (_case, query, message) => {
      const answer = await api.call(`/api/press-requests.csv${query}`);
      expect([answer.status, answer.json]).toEqual([400, { error: { code: 'bad_period', message } }]);
    });

    it('accepts 1900-01-01 and 29 February of a leap year as days', async () => {
      expect((await api.call('/api/press-requests.csv?from=1900-01-01&to=2028-02-29')).status).toBe(200);
    });

    it('refuses a tick without a role, and a tick that changes nothing from someone outside the desk', async () => {
      const { request } = await store.create(newRequest('tick'), NOW);
      expect((await api.call(`/api/press-requests/${request.id}/inform`, 'lotte', {})).json).toEqual({
        error: { code: 'bad_role', message: 'Zeg wie er geïnformeerd is (role).' },
      });
      const before = await store.get(request.id);
      const outsider = await api.call(`/api/press-requests/${request.id}/inform`, 'bram', {
        role: 'burgemeester',
        informed: false,
      });
      expect([outsider.status, outsider.json.error.code]).toEqual([403, 'not_press_desk_member']);
      expect(await store.get(request.id)).toEqual(before);
    });

    it('sets, shows and clears the desk reminder, and refuses a date it cannot read', async () => {
      const { request } = await store.create(newRequest('remind'), NOW);
      const path = `/api/press-requests/${request.id}/reminder`;
      for (const body of [{}, { at: 'morgen' }, { at: 12 }])
        expect((await api.call(path, 'lotte', body)).json).toEqual({
          error: { code: 'bad_reminder', message: 'Kies een datum en een uur voor de herinnering.' },
        });
      const set = await api.call(path, 'lotte', {
        at: '2026-11-26T08:00:00Z',
        note: '  Bel de journalist terug.  ',
      });
      expect(set.json).toMatchObject({
        reminder: '2026-11-26T08:00:00.000Z',
        reminderNote: 'Bel de journalist terug.',
      });
      const cleared = await api.call(path, 'lotte', { at: null });
      expect(cleared.status).toBe(200);
      expect(cleared.json).not.toHaveProperty('reminder');
      expect(cleared.json).not.toHaveProperty('reminderNote');
    });

    it('shows a handed-back request with its note as the outcome, its owner, and no urgency', async () => {
      const { request } = await store.create(newRequest('back'), NOW);
      await api.call(`/api/press-requests/${request.id}/take`, 'lotte', {});
      const back = await api.call(`/api/press-requests/${request.id}/hand-back`, 'lotte', {
        note: 'De dienst antwoordt zelf.',
      });
      expect(back.json).toMatchObject({
        status: 'handed-back',
        outcome: 'De dienst antwoordt zelf.',
        assignee: { id: 'aad-lotte', name: 'Lotte Janssens' },
        urgency: 'none',
      });
      expect(back.json).not.toHaveProperty('closedAt');
    });

    it('names an actor without a name "iemand" in the trail, and shows the role ticked and the note', async () => {
      const { request } = await store.create(newRequest('trail'), NOW);
      await store.toggleInformed(request.id, nameless, 'burgemeester');
      await store.handBack(request.id, nameless, 'Terug naar de dienst.');
      const detail = await api.call(`/api/press-requests/${request.id}`);
      expect(detail.json.audit.map((a: Record<string, string>) => [a.actor, a.action, a.detail])).toEqual([
        ['Bram Peeters', 'meldde de persvraag', undefined],
        ['iemand', 'duidde aan wie geïnformeerd is', 'burgemeester'],
        ['iemand', 'gaf de persvraag terug aan de dienst', 'Terug naar de dienst.'],
      ]);
      expect(detail.json.request).toMatchObject({ assignee: { id: '29:anoniem', name: 'een collega' } });
    });

    it('lists closed and handed-back requests, the most recently finished first', async () => {
      const a = await store.create(newRequest('a'), NOW);
      const b = await store.create(newRequest('b'), NOW);
      const c = await store.create(newRequest('c'), NOW);
      await store.create(newRequest('open'), NOW);
      await store.close(a.request.id, { id: '29:lotte', aadObjectId: 'aad-lotte' }, 'Beantwoord.');
      await store.handBack(b.request.id, { id: '29:lotte', aadObjectId: 'aad-lotte' });
      await store.close(c.request.id, { id: '29:lotte', aadObjectId: 'aad-lotte' }, 'Beantwoord.');
      await stamp(a.request.id, 'closed_at', '2026-11-20T10:00:00Z');
      await stamp(b.request.id, 'updated_at', '2026-11-22T10:00:00Z');
      await stamp(c.request.id, 'closed_at', '2026-11-21T10:00:00Z');
      const list = await api.call('/api/press-requests?filter=closed');
      expect(list.json.requests.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
        [String(b.request.id), 'handed-back'],
        [String(c.request.id), 'closed'],
        [String(a.request.id), 'closed'],
      ]);
      expect(list.json.requests[1]).toMatchObject({ closedAt: '2026-11-21T10:00:00.000Z', urgency: 'none' });
    });
  },
);

describe('the Persdesk API without its store', () => {
  it('answers 503 in Dutch while the desk starts', async () => {
    const api = await serve({ store: () => undefined });
    try {
      expect((await api.call('/api/press-requests')).json).toEqual({
        error: {
          code: 'starting',
          message: 'De persdesk start nog op. Probeer het over enkele seconden opnieuw.',
        },
      });
    } finally {
      await api.close();
    }
  });

  it('answers 500 in Dutch and logs the cause when the store fails', async () => {
    const logged: string[] = [];
    const broken = {
      isMember: async () => true,
      list: async () => {
        throw new Error('database weg');
      },
    } as unknown as PressStore;
    const api = await serve({ store: () => broken, log: (line) => logged.push(line) });
    try {
      const answer = await api.call('/api/press-requests');
      expect([answer.status, answer.json]).toEqual([
        500,
        { error: { code: 'internal', message: 'Er ging iets mis op de server. Probeer het opnieuw.' } },
      ]);
      expect(logged).toEqual([expect.stringContaining('database weg')]);
    } finally {
      await api.close();
    }
  });

  it('refuses to start in production without a token validator', () => {
    expect(() =>
      registerPressRequestRoutes(restify.createServer(), { mode: 'production', store: () => undefined }),
    ).toThrow('production mode needs a token validator');
  });
});
