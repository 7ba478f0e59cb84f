// Who may compose the note, with a token validated as for the press desk: the
// communicatieverantwoordelijke (by the e-mail in the note) and PRESS_DESK_MEMBERS (by object id);
// anyone else gets 403 with a Dutch message, no token a 401. Who saves is the token's name.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import restify from 'restify';
import { AuthError, type TokenIdentity } from '../../../bot/api/auth';
import { createNoteAccess, NOT_MEMBER_MESSAGE } from '../../../bot/note/access';
import { openNoteSource, type NoteSource } from '../../../bot/note/note-source';
import { seedFromText } from '../../../bot/note/organisation-file';
import { registerNoteRoutes } from '../../../bot/note/routes';
import type { Storage } from '../../../bot/storage';
import { storageBackends } from '../../helpers/storage-backends';

const TEXT = readFileSync(resolve(__dirname, '../../../organisations/zilverbeek.yaml'), 'utf8');
const identity = (objectId: string, name: string, username: string): TokenIdentity => ({
  tenantId: 't',
  objectId,
  name,
  username,
  scopes: ['access_as_user'],
});
const TOKENS: Record<string, TokenIdentity> = {
  lies: identity('aad-lies', 'Lies Wouters', 'lies.wouters@zilverbeek.be'),
  sam: identity('aad-sam', 'Sam Communicatie', 'sam@zilverbeek.be'),
  bram: identity('aad-bram', 'Bram Peeters', 'bram@zilverbeek.be'),
};

describe('the note API in production mode', () => {
  let storage: Storage;
  let source: NoteSource;
  let server: restify.Server;
  let base: string;
  beforeAll(async () => {
    storage = await storageBackends()[0].open();
    source = await openNoteSource({ storage, seed: seedFromText(TEXT, 'zilverbeek.yaml') });
    server = restify.createServer();
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    const validateToken = async (authorization: string | undefined) => {
      const token = /^Bearer (\w+)$/.exec(authorization ?? '')?.[1];
      if (token && TOKENS[token]) return TOKENS[token];
      throw new AuthError(401, 'missing_token', 'no token', 'Meld je aan om de afsprakennota op te halen.');
    };
    registerNoteRoutes(server, {
      source: () => source,
      access: createNoteAccess({
        mode: 'production',
        validateToken,
        members: ['aad-sam'],
        organisation: () => source.current().effective,
      }),
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 180_000);
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await source?.close();
    await storage?.close();
  });

  const get = (path: string, token?: string) =>
    fetch(`${base}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

  it('answers 401 without a token', async () => {
    const res = await get('/api/note');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer error="missing_token"');
    expect((await res.json()).error.code).toBe('missing_token');
  });

  it('refuses a colleague outside the communication service with 403 and a clear Dutch message', async () => {
    for (const path of ['/api/note', '/api/note/draft', '/api/note/versions', '/api/note/versions/1/yaml']) {
      const res = await get(path, 'bram');
      expect([path, res.status]).toEqual([path, 403]);
      expect(await res.json()).toEqual({ error: { code: 'not_member', message: NOT_MEMBER_MESSAGE } });
    }
    const publish = await fetch(`${base}/api/note/publish`, {
      method: 'POST',
      headers: { Authorization: 'Bearer bram' },
    });
    expect(publish.status).toBe(403);
  });

  it('lets the communicatieverantwoordelijke (by e-mail) and a member (by object id) in, named by their token', async () => {
    const lies = await get('/api/note', 'lies');
    expect(lies.status).toBe(200);
    expect((await lies.json()).user).toEqual({ name: 'Lies Wouters' });
    expect((await get('/api/note/versions', 'sam')).status).toBe(200);
    const draft = (await (await get('/api/note/draft', 'sam')).json()).draft;
    const saved = await fetch(`${base}/api/note/draft`, {
      method: 'PUT',
      headers: { Authorization: 'Bearer sam', 'Content-Type': 'application/json' },
      body: JSON.stringify({ organisation: draft.organisation, revision: 0 }),
    });
    expect(saved.status).toBe(200);
    expect((await saved.json()).draft.updatedBy).toBe('Sam Communicatie');
  });
});
