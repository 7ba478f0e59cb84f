import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import restify from 'restify';
import { createTokenValidator } from '../../../bot/api/auth';
import { pageConfig, registerWebRoutes, type WebDeps } from '../../../bot/web';

const ORG_FILE = path.resolve(__dirname, '../../../organisations/zilverbeek.yaml');
const TENANT = '11111111-2222-3333-4444-555555555555';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function fakeDist(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'afspraak-dist-'));
  mkdirSync(path.join(dir, 'taskpane'), { recursive: true });
  writeFileSync(
    path.join(dir, 'taskpane', 'index.html'),
    '<!doctype html><script src="%OFFICE_JS_URL%"></script><script type="module" src="main-ABCD1234.js"></script>',
  );
  writeFileSync(path.join(dir, 'taskpane', 'main-ABCD1234.js'), 'console.log("pane")');
  writeFileSync(path.join(dir, 'taskpane', 'icon.svg'), '<svg/>');
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the page folder');
  return dir;
}

async function start(deps: Partial<WebDeps> & { config: WebDeps['config'] }) {
  const server = restify.createServer();
  registerWebRoutes(server, { log: () => undefined, ...deps });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const localConfig: WebDeps['config'] = { mode: 'local', allowedTenants: [], orgFile: ORG_FILE };

describe('web routes in local mode', () => {
  let dist: string;
  let app: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    dist = fakeDist();
    app = await start({ config: localConfig, distDir: dist });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves the task pane page with the local office.js and no long cache', async () => {
    const res = await fetch(`${app.base}/taskpane/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = await res.text();
    expect(html).toContain('<script src="/vendor/office-js/office.js">');
    expect(html).not.toContain('%OFFICE_JS_URL%');
  });

  it('redirects /taskpane to /taskpane/', async () => {
    const res = await fetch(`${app.base}/taskpane`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/taskpane/');
  });

  it('caches hashed assets for a year and serves them with their content type', async () => {
    const res = await fetch(`${app.base}/taskpane/main-ABCD1234.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log("pane")');
    const svg = await fetch(`${app.base}/taskpane/icon.svg`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(svg.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 304 to a revalidation of an unchanged page', async () => {
    const first = await fetch(`${app.base}/taskpane/index.html`);
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${app.base}/taskpane/index.html`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it.each([
    '/taskpane/../secret.txt',
    '/taskpane/%2e%2e/secret.txt',
    '/taskpane/..%2fsecret.txt',
    '/taskpane/..%5csecret.txt',
  ])('refuses path traversal: %s', async (url) => {
    // Raw HTTP: fetch would normalise the dots away before sending.
    const { status, body } = await rawGet(app.base, url);
    expect([400, 404]).toContain(status);
    expect(body).not.toContain('outside the page folder');
  });

  it('answers 404 with a JSON error for a missing file', async () => {
    const res = await fetch(`${app.base}/taskpane/nope.js`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('serves office.js from the @microsoft/office-js package', async () => {
    const res = await fetch(`${app.base}/vendor/office-js/office.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await res.text()).length).toBeGreaterThan(10_000);
  });

  it('tells the page it runs in local mode', async () => {
    const res = await fetch(`${app.base}/api/config`);
    expect(await res.json()).toEqual({ mode: 'local' });
  });

  it('serves the parsed organisation without a token', async () => {
    const res = await fetch(`${app.base}/api/organisation`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.organisation.organisation.name).toBe('Gemeente Zilverbeek');
    expect(body.fileName).toBe('zilverbeek.yaml');
    expect(body.version).toMatch(/^[\w-]{16}$/);
    const again = await fetch(`${app.base}/api/organisation`, {
      headers: { 'if-none-match': `"${body.version}"` },
    });
    expect(again.status).toBe(304);
  });
});

describe('an invalid organisation file', () => {
  it('answers 500 with the file errors, naming line and field', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'afspraak-org-'));
    const file = path.join(dir, 'kapot.yaml');
    writeFileSync(file, 'organisation:\n  name: Gemeente X\n  kind: dorp\npeople: []\n');
    const app = await start({ config: { ...localConfig, orgFile: file }, distDir: dir });
    try {
      const res = await fetch(`${app.base}/api/organisation`);
      expect(res.status).toBe(500);
      const body = await res.json();
      expect(body.error.code).toBe('organisation_invalid');
      expect(body.error.details.join('\n')).toMatch(/kapot\.yaml:3: organisation\.kind/);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('web routes in production mode', () => {
  let jwks: http.Server;
  let authority: string;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let app: Awaited<ReturnType<typeof start>>;
  let dist: string;
  const config: WebDeps['config'] = {
    mode: 'production',
    credentials: { appId: APP_ID, appPassword: 'x', appType: 'SingleTenant', tenantId: TENANT },
    allowedTenants: [TENANT],
    publicHostname: 'afspraak.zilverbeek.be',
    orgFile: ORG_FILE,
  };

  beforeAll(async () => {
    keys = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k', alg: 'RS256' };
    jwks = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    authority = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}`;
    dist = fakeDist();
    app = await start({
      config,
      distDir: dist,
      validateToken: createTokenValidator({
        appId: APP_ID,
        tenants: [TENANT],
        publicHostname: 'afspraak.zilverbeek.be',
        authority,
      }),
    });
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => jwks.close(() => resolve()));
    rmSync(dist, { recursive: true, force: true });
  });

  it('signs the page in with the SSO app registration when SSO_APP_ID is set (managed identity bot)', () => {
    const SSO = 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff';
    const msi = {
      ...config,
      credentials: { ...config.credentials!, appPassword: '', appType: 'UserAssignedMSI' as const },
      ssoAppId: SSO,
    };
    expect(pageConfig(msi)).toMatchObject({
      auth: { clientId: SSO, scopes: [`api://afspraak.zilverbeek.be/${SSO}/access_as_user`] },
    });
  });

  it('gives the page its sign-in settings and loads office.js from the CDN', async () => {
    expect(await (await fetch(`${app.base}/api/config`)).json()).toEqual({
      mode: 'production',
      auth: {
        clientId: APP_ID,
        tenantId: TENANT,
        authority: `https://login.microsoftonline.com/${TENANT}`,
        scopes: [`api://afspraak.zilverbeek.be/${APP_ID}/access_as_user`],
      },
    });
    const html = await (await fetch(`${app.base}/taskpane/`)).text();
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  it('refuses the organisation without a token, with a Dutch JSON error', async () => {
    const res = await fetch(`${app.base}/api/organisation`);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
    const body = await res.json();
    expect(body.error.code).toBe('missing_token');
    expect(body.error.message).toMatch(/Meld je aan/);
  });

  it('serves the organisation with a valid token', async () => {
    const token = await new SignJWT({ tid: TENANT, oid: 'u1', scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer(`${authority}/${TENANT}/v2.0`)
      .setAudience(`api://afspraak.zilverbeek.be/${APP_ID}`)
      .setExpirationTime('10m')
      .sign(keys.privateKey);
    const res = await fetch(`${app.base}/api/organisation`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect((await res.json()).organisation.organisation.name).toBe('Gemeente Zilverbeek');
  });
});

function rawGet(base: string, pathname: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: pathname, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
