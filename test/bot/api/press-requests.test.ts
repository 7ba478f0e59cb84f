import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { AuthError, type TokenIdentity } from '../../../bot/api/auth';
import {
  LOCAL_ACTOR,
  localActorFor,
  pressRequestsCsv,
  registerPressRequestRoutes,
  type PressRequestList,
} from '../../../bot/api/press-requests';
import { createMembership } from '../../../bot/press-desk/members';
import { createPressStore, type PressStore } from '../../../bot/press-desk/store';
import { loadEffectiveOrganisation } from '../../../cli/organisation-file';
import type { Actor, NewRequest } from '../../../bot/press-desk/types';
import type { Storage } from '../../../bot/storage';
import { storageBackends } from '../../helpers/storage-backends';

const NOW = new Date('2026-11-25T09:00:00Z');
const LOTTE: TokenIdentity = {
  tenantId: 't',
  objectId: 'aad-lotte',
  name: 'Lotte Janssens',
  username: 'lotte@zilverbeek.be',
  scopes: [],
};
const BRAM: TokenIdentity = {
  tenantId: 't',
  objectId: 'aad-bram',
  name: 'Bram Peeters',
  username: 'bram@zilverbeek.be',
  scopes: [],
};
const MEMBERS = new Set(['aad-lotte', 'aad-ilse', 'lokale-gebruiker']);

function newRequest(key: string, over: Partial<NewRequest> = {}): NewRequest {
  return {
    sourceKey: key,
    description: 'Een journalist van Het Nieuwsblad vraagt een reactie over de heraanleg van de markt',
    kind: 'reactie-of-standpunt',
    route: 'communicatiedienst',
    agreements: [52],
    inform: [],
    medium: 'Het Nieuwsblad',
    journalist: 'Pieter De Smet',
    question: `Reactie op de heraanleg van de markt (${key})`,
    deadline: new Date('2026-11-25T15:00:00Z'),
    requester: { id: '29:bram', aadObjectId: 'aad-bram', name: 'Bram Peeters' },
    requesterReference: {},
    ...over,
  };
}

describe.each(storageBackends().map((b) => [b.name, b] as const))(
  'the press requests API on %s',
  (_name, backend) => {
    let storage: Storage;
    let store: PressStore;
    let server: restify.Server;
    let base: string;
    let mode: 'local' | 'production' = 'local';

    beforeAll(async () => {
      storage = await backend.open();
      store = createPressStore(storage, {
        configured: true,
        needsEmail: false,
        isMember: async (a: Actor) => MEMBERS.has(a.aadObjectId ?? a.id),
      });
      server = restify.createServer();
      server.use(restify.plugins.bodyParser({ mapParams: false }));
      const validateToken = async (authorization: string | undefined) => {
        if (authorization === 'Bearer lotte') return LOTTE;
        if (authorization === 'Bearer bram') return BRAM;
        throw new AuthError(401, 'missing_token', 'no token', 'Je bent niet aangemeld.');
      };
      // One server, the mode switched per test: the routes read it on every call.
      registerPressRequestRoutes(server, {
        get mode() {
          return mode;
        },
        store: () => store,
        validateToken,
        now: () => NOW,
        log: (line: string) => console.error(line),
      } as Parameters<typeof registerPressRequestRoutes>[1]);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await storage.close();
    });
    beforeEach(async () => {
      mode = 'local';
      await storage.exec('truncate press_requests cascade;');
    });

    const get = (path: string, token?: string) =>
      fetch(`${base}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const post = (path: string, body: unknown = {}, token?: string) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
      });

    it('lists open requests in local mode without sign-in; taking one moves it to "mine"', async () => {
      const { request } = await store.create(newRequest('a'), NOW);
      await store.create(newRequest('b', { deadline: new Date('2026-11-27T10:00:00Z') }), NOW);
      const openResponse = await get('/api/press-requests?filter=open');
      const open = (await openResponse.json()) as PressRequestList;
      expect([openResponse.status, open]).toMatchObject([200, {}]);
      expect(open.requests.map((r) => r.reference)).toHaveLength(2);
      expect(open.requests[0]).toMatchObject({
        status: 'open',
        dueToday: true,
        mine: false,
        journalist: 'Pieter De Smet',
      });
      const taken = await post(`/api/press-requests/${request.id}/take`);
      expect(taken.status).toBe(200);
      expect(await taken.json()).toMatchObject({
        status: 'taken',
        mine: true,
        assignee: { name: LOCAL_ACTOR.name },
      });
      const mine = (await (await get('/api/press-requests?filter=mine')).json()) as PressRequestList;
      expect(mine.requests.map((r) => r.id)).toEqual([String(request.id)]);
      const today = (await (await get('/api/press-requests?filter=today')).json()) as PressRequestList;
      expect(today.requests.map((r) => r.id)).toEqual([String(request.id)]);
    });

    it('refuses a second taker with who has it (409), and needs an outcome to close', async () => {
      mode = 'production';
      const { request } = await store.create(newRequest('c'), NOW);
      await store.take(request.id, { id: '29:ilse', aadObjectId: 'aad-ilse', name: 'Ilse Wouters' });
      const second = await post(`/api/press-requests/${request.id}/take`, {}, 'lotte');
      expect(second.status).toBe(409);
      expect((await second.json()).error.message).toMatch(/Ilse Wouters/);
      const noOutcome = await post(`/api/press-requests/${request.id}/close`, { outcome: '  ' }, 'lotte');
      expect(noOutcome.status).toBe(400);
      const closed = await post(
        `/api/press-requests/${request.id}/close`,
        { outcome: 'Antwoord via de burgemeester' },
        'lotte',
      );
      expect(await closed.json()).toMatchObject({
        status: 'closed',
        outcome: 'Antwoord via de burgemeester',
      });
      const detail = await (await get(`/api/press-requests/${request.id}`, 'lotte')).json();
      expect(detail.audit.map((a: { action: string }) => a.action)).toEqual([
        'meldde de persvraag',
        'nam de persvraag op',
        'sloot de persvraag af',
      ]);
      const closedList = (await (
        await get('/api/press-requests?filter=closed', 'lotte')
      ).json()) as PressRequestList;
      expect(closedList.requests.map((r) => r.id)).toEqual([String(request.id)]);
    });

    it('in production: no token is 401, someone outside the communication service is 403', async () => {
      mode = 'production';
      const { request } = await store.create(newRequest('d'), NOW);
      expect((await get('/api/press-requests')).status).toBe(401);
      const outsider = await get('/api/press-requests', 'bram');
      expect(outsider.status).toBe(403);
      expect((await outsider.json()).error.code).toBe('not_press_desk_member');
      expect((await post(`/api/press-requests/${request.id}/take`, {}, 'bram')).status).toBe(403);
      expect((await get('/api/press-requests.csv?from=2026-01-01&to=2026-12-31', 'bram')).status).toBe(403);
      expect((await get('/api/press-requests', 'lotte')).status).toBe(200);
    });

    it('exports the requests made in a period as CSV for Excel', async () => {
      await store.create(
        newRequest('e', {
          journalist: '=HYPERLINK("x")',
          question: 'Vraag met "aanhalingstekens"; en puntkomma',
        }),
        NOW,
      );
      await store.create(newRequest('f'), new Date('2025-06-01T10:00:00Z'));
      // The database stamps created_at itself; move one request into last year.
      await storage.query(
        `update press_requests set created_at = '2025-06-01T10:00:00Z' where source_key = 'f'`,
      );
      const response = await get('/api/press-requests.csv?from=2026-01-01&to=2026-12-31');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/csv/);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trim().split('\r\n');
      expect(lines[0].split(';')[0]).toBe('nummer');
      expect(lines).toHaveLength(2); // the header and the 2026 request only
      expect(lines[1]).toContain(`"Vraag met ""aanhalingstekens""; en puntkomma"`);
      expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
      expect(lines[1]).toMatch(/;2026-11-25 16:00;open;/); // deadline 15:00 UTC in Brussels time
    });

    it('refuses a bad period and an unknown filter with a Dutch message', async () => {
      const reversed = await get('/api/press-requests.csv?from=2026-12-31&to=2026-01-01');
      expect(reversed.status).toBe(400);
      expect((await reversed.json()).error.message).toMatch(/begindatum/);
      expect((await get('/api/press-requests.csv?from=gisteren&to=2026-01-01')).status).toBe(400);
      expect((await get('/api/press-requests?filter=alles')).status).toBe(400);
      expect((await get('/api/press-requests/999999')).status).toBe(404);
    });

    it('answers ids beyond the integer range, impossible dates and inherited filter names with 4xx, never 500', async () => {
      for (const id of ['9223372036854775808', '99999999999999999999', '1e400', '-1', '0', '12abc']) {
        expect([id, (await get(`/api/press-requests/${id}`)).status]).toEqual([id, 404]);
        expect([id, (await post(`/api/press-requests/${id}/take`)).status]).toEqual([id, 404]);
      }
      for (const [from, to] of [
        ['2026-13-45', '2026-12-31'],
        ['2026-01-01', '2026-02-30'],
        ['0000-00-00', '2026-01-01'],
      ]) {
        const response = await get(`/api/press-requests.csv?from=${from}&to=${to}`);
        expect(response.status).toBe(400);
        expect((await response.json()).error.message).toMatch(/bestaat niet.*jjjj-mm-dd/);
      }
      for (const filter of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        const response = await get(`/api/press-requests?filter=${filter}`);
        expect([filter, response.status]).toEqual([filter, 400]);
        expect((await response.json()).error.code).toBe('bad_filter');
      }
    });

    it('neutralises a formula after leading blanks, tabs or line breaks in the CSV export', async () => {
      const starts = ['\t=1+1', '\r=1+1', '\n+1', '  -1', ' \t@SUM(A1)', '\u00a0=1', '＝1', '\tgewoon'];
      for (const [i, journalist] of starts.entries())
        await store.create(newRequest(`csv-${i}`, { journalist }), NOW);
      const text = await (await get('/api/press-requests.csv?from=2026-01-01&to=2026-12-31')).text();
      const cells = text
        .split(/;/)
        .map((c) => c.replace(/^"|"$/g, ''))
        .filter((c) => starts.some((s) => c.endsWith(s)));
      expect(cells).toHaveLength(starts.length);
      for (const cell of cells) expect(cell.startsWith("'")).toBe(true);
      // Text that only looks like a number with a sign inside stays as it is.
      expect(pressRequestsCsv([]).includes("'")).toBe(false);
    });

    it('gives the detail everything the card has, counts per filter, urgency, and ticks who was informed', async () => {
      const { request } = await store.create(
        newRequest('detail', {
          contact: '0470 12 34 56, pieter@nieuwsblad.be',
          department: 'Burgerzaken',
          alreadySaid: 'Dat de communicatiedienst terugbelt.',
          inform: [
            { role: 'communicatiedienst', label: 'de dienst Communicatie' },
            { role: 'burgemeester', label: 'burgemeester An Peeters' },
          ],
          deadline: new Date('2026-11-25T08:00:00Z'),
        }),
        NOW,
      );
      await store.create(newRequest('later', { deadline: new Date('2026-11-30T10:00:00Z') }), NOW);
      const detail = await (await get(`/api/press-requests/${request.id}`)).json();
      expect(detail.request).toMatchObject({
        contact: '0470 12 34 56, pieter@nieuwsblad.be',
        department: 'Burgerzaken',
        alreadySaid: 'Dat de communicatiedienst terugbelt.',
        description: expect.stringContaining('Het Nieuwsblad'),
        urgency: 'overdue',
        inform: [{ role: 'burgemeester', label: 'burgemeester An Peeters', informed: false }],
      });
      expect(Array.isArray(detail.request.advice)).toBe(true);
      const list = (await (await get('/api/press-requests?filter=open')).json()) as PressRequestList;
      expect(list.counts).toEqual({ open: 2, mine: 0, today: 1 });
      expect(list.requests.map((r) => r.urgency)).toEqual(['overdue', 'later']);

      const tick = await post(`/api/press-requests/${request.id}/inform`, {
        role: 'burgemeester',
        informed: true,
      });
      expect(tick.status).toBe(200);
      expect((await tick.json()).inform).toEqual([
        { role: 'burgemeester', label: 'burgemeester An Peeters', informed: true },
      ]);
      // The same tick again changes nothing; undo takes it off.
      const again = await post(`/api/press-requests/${request.id}/inform`, {
        role: 'burgemeester',
        informed: true,
      });
      expect((await again.json()).inform[0].informed).toBe(true);
      const undo = await post(`/api/press-requests/${request.id}/inform`, {
        role: 'burgemeester',
        informed: false,
      });
      expect((await undo.json()).inform[0].informed).toBe(false);
      expect((await post(`/api/press-requests/${request.id}/inform`, { role: 'schepen' })).status).toBe(400);
      expect((await post(`/api/press-requests/${request.id}/inform`, {})).status).toBe(400);
    });

    it('writes an empty export as just the header', () => {
      expect(pressRequestsCsv([]).split('\r\n')[0]).toBe(
        '\uFEFFnummer;gemeld op;gemeld door;soort;medium;journalist;vraag;deadline;status;behandeld door;afgesloten op;afhandeling;afspraken',
      );
    });
  },
);

describe('the local user', () => {
  it('acts as the communicatieverantwoordelijke of the organisation file, so the desk counts them in', async () => {
    const org = loadEffectiveOrganisation('organisations/zilverbeek.yaml');
    const actor = localActorFor(org);
    expect(actor.email).toBe('lies.wouters@zilverbeek.be');
    expect(await createMembership([], org).isMember(actor)).toBe(true);
  });
});
