// The real server in local mode against what an outside probe tried: a plain HTML form from
// another site posting to the API and to the bot, a foreign Host (DNS rebinding), and the headers
// every answer must carry.
import http from 'node:http';
import { messageActivity } from '../../helpers/local-connector';
import { startTestServer, type TestServer } from '../../helpers/bot-server';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** node:http, because fetch() may not set Host. */
function raw(url: string, method: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const r = http.request(url, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    r.on('error', reject);
    r.end(body);
  });
}

describe('the server against cross-site requests and DNS rebinding (local mode)', () => {
  let t: TestServer;
  let host: string;
  beforeAll(async () => {
    t = await startTestServer();
    host = new URL(t.running.url).host;
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => t.connector.reset());

  it('refuses a form posted from another site to close a press request, before the route runs', async () => {
    const res = await raw(
      `${t.running.url}/api/press-requests/1/close`,
      'POST',
      { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      'outcome=gesloten',
    );
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toEqual({
      error: { code: 'cross_site_request', message: expect.stringMatching(/andere website/) },
    });
  });

  it('refuses a form whose text/plain body looks like an activity, and the bot posts nothing', async () => {
    const activity = messageActivity(t.connector, { text: 'overzicht', conversationId: 'csrf' });
    const res = await raw(
      `${t.running.url}/api/messages`,
      'POST',
      { 'content-type': 'text/plain' },
      JSON.stringify(activity),
    );
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body).error.code).toBe('json_required');
    await new Promise((r) => setTimeout(r, 300));
    expect(t.connector.activities).toHaveLength(0);
  });

  it('refuses a request naming a foreign Host, with a short JSON error and no stack', async () => {
    for (const path of ['/api/press-requests', '/tab/', '/api/organisation']) {
      const res = await raw(`${t.running.url}${path}`, 'GET', { host: 'rebind.evil.example' });
      expect(res.status).toBe(421);
      expect(JSON.parse(res.body)).toEqual({
        error: { code: 'host_not_allowed', message: 'Deze server antwoordt niet onder die naam.' },
      });
    }
  });

  it('refuses a 1 MB message from its Content-Length, before reading it, and posts nothing', async () => {
    const activity = messageActivity(t.connector, { text: 'woord '.repeat(170_000), conversationId: 'big' });
    const res = await raw(
      `${t.running.url}/api/messages`,
      'POST',
      { 'content-type': 'application/json' },
      JSON.stringify(activity),
    ).catch((e: NodeJS.ErrnoException) => ({ status: -1, body: e.code ?? '', headers: {} }));
    // The server answers and closes at once; the client may still be sending (then EPIPE/ECONNRESET).
    if (res.status !== -1) {
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body).error.code).toBe('body_too_large');
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(t.connector.activities).toHaveLength(0);
  });

  it('still answers the Emulator: a JSON activity without Origin', async () => {
    const res = await t.post(messageActivity(t.connector, { text: 'help', conversationId: 'ok' }));
    expect(res.status).toBe(200);
    await t.connector.waitForActivities((a) => a.conversationId === 'ok');
  });

  it('sends the pages with a Content-Security-Policy that limits scripts and framing', async () => {
    const res = await raw(`${t.running.url}/tab/`, 'GET', { host });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/teams\.microsoft\.com /);
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends API answers, errors included, with nosniff and a policy that allows nothing', async () => {
    for (const path of ['/api/config', '/api/nergens', '/healthz']) {
      const res = await raw(`${t.running.url}${path}`, 'GET', { host });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });
});
