// The real server over HTTP, as the Bot Framework Emulator and Teams talk to it: activities POSTed
// to /api/messages, replies received by a local connector at the activity's serviceUrl.
import http from 'node:http';
import { strings } from '../../bot/cards/strings';
import { createFeedbackStore } from '../../bot/feedback/feedback-store';
import { loadConfig } from '../../bot/config';
import { silentLogger } from '../../bot/log';
import { createServer } from '../../bot/server';
import { ZILVERBEEK_FILE } from '../helpers/bot-harness';
import { messageActivity } from '../helpers/local-connector';
import { startTestServer, type TestServer } from '../helpers/bot-server';
import {
  OUTBOUND_TOKEN,
  startBotFrameworkTokens,
  type BotFrameworkTokens,
} from '../helpers/bot-framework-tokens';

const APP = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const OTHER_TENANT = 'ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee';

const textOf = (a: { activity: Record<string, unknown> }) =>
  `${String(a.activity.text ?? '')}\n${JSON.stringify(a.activity.attachments ?? [])}`;

describe('bot over HTTP, local mode', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => t.connector.reset());

  it('is healthy once started', async () => {
    const res = await fetch(`${t.running.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', storage: 'pglite' });
  });

  it('answers a question as a reply posted to the serviceUrl, naming "afspraak N"', async () => {
    const activity = messageActivity(t.connector, {
      text: 'Mag ik zelf een persbericht naar de krant sturen?',
      conversationId: 'conv-ask',
      id: 'in-1',
    });
    const res = await t.post(activity);
    expect(res.status).toBe(200);
    const [reply] = await t.connector.waitForActivities((a) => a.conversationId === 'conv-ask');
    expect(reply.method).toBe('POST');
    expect(reply.activityId).toBe('in-1');
    expect(reply.activity).toMatchObject({
      type: 'message',
      replyToId: 'in-1',
      conversation: { id: 'conv-ask' },
    });
    expect(reply.activity.text).toBeUndefined();
    expect(String(reply.activity.summary)).toMatch(/afspraak 45/i);
    expect(JSON.stringify(reply.activity.attachments)).toMatch(/Afspraak 45/);
    expect(textOf(reply)).toContain('application/vnd.microsoft.card.adaptive');
  });

  it('keeps Teams conversation ids with ; and : intact', async () => {
    const conversationId = '19:abc123@thread.tacv2;messageid=1712345678901';
    await t.post(messageActivity(t.connector, { text: 'help', conversationId }));
    const [reply] = await t.connector.waitForActivities((a) => a.conversationId === conversationId);
    expect(textOf(reply)).toContain(strings.help.title);
  });

  it('welcomes a new personal chat', async () => {
    await t.post({
      ...messageActivity(t.connector, { conversationId: 'conv-welcome' }),
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-1' }, { id: 'bot' }],
    });
    const [welcome] = await t.connector.waitForActivities((a) => a.conversationId === 'conv-welcome');
    expect(textOf(welcome)).toContain(strings.welcome.title);
  });

  it('returns the card of a feedback click in the invoke response and stores the rating', async () => {
    const data = {
      verb: 'feedback.not-helpful',
      question: 'Mag ik zelf een persbericht naar de krant sturen?',
      shown: 0,
      agreement: 45,
    };
    const res = await t.post({
      ...messageActivity(t.connector, { conversationId: 'conv-feedback', id: 'click-http' }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: data.verb, data } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(res.body)).toContain(strings.answer.thanksNotHelpful);
    const stored = await createFeedbackStore(t.storage).list();
    expect(stored.find((r) => r.activityId === 'click-http')).toMatchObject({
      helpful: false,
      agreement: 45,
    });
  });

  it('answers an unknown card verb with a clear message in the invoke response', async () => {
    const res = await t.post({
      ...messageActivity(t.connector, { conversationId: 'conv-verb' }),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'nonsense.verb', data: {} } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      statusCode: 400,
      value: { message: strings.errors.unknownAction('nonsense.verb') },
    });
  });

  it('ignores an unknown activity type: 200, no reply', async () => {
    const res = await t.post({
      ...messageActivity(t.connector, { conversationId: 'conv-unknown' }),
      type: 'somethingNew',
    });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(t.connector.activities.filter((a) => a.conversationId === 'conv-unknown')).toEqual([]);
  });

  it.each([
    ['invalid JSON', '{"type": "message",'],
    ['a JSON array', '[1, 2]'],
    ['a JSON string', '"hallo"'],
    ['no type', JSON.stringify({ serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'c' } })],
    [
      'a type that is no string',
      JSON.stringify({ type: 7, serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'c' } }),
    ],
    ['no serviceUrl', JSON.stringify({ type: 'message', conversation: { id: 'c' }, text: 'hallo' })],
    [
      'a serviceUrl that is no http URL',
      JSON.stringify({ type: 'message', serviceUrl: 'file:///etc/passwd', conversation: { id: 'c' } }),
    ],
    ['no conversation', JSON.stringify({ type: 'message', serviceUrl: 'http://127.0.0.1:1', text: 'hallo' })],
  ])('answers 400 to a malformed body (%s) and keeps running', async (_what, body) => {
    const res = await t.post(body);
    expect(res.status).toBe(400);
    expect((await fetch(`${t.running.url}/healthz`)).status).toBe(200);
  });

  it('refuses a body larger than 1 MB with 413', async () => {
    const res = await t.post(
      messageActivity(t.connector, { conversationId: 'big', text: 'x'.repeat(1_100_000) }),
    );
    expect(res.status).toBe(413);
  });

  it('still delivers the answer when the connector fails once with 503 (the client retries)', async () => {
    t.connector.failNext({ count: 1, status: 503 });
    await t.post(
      messageActivity(t.connector, {
        text: 'Mag ik zelf een persbericht sturen?',
        conversationId: 'conv-503',
      }),
    );
    // The retry waits a moment, long enough for the typing indicator to show first.
    const [answer] = await t.connector.waitForActivities(
      (a) => a.conversationId === 'conv-503' && a.activity.type === 'message',
    );
    expect(String(answer.activity.summary)).toMatch(/afspraak 45/i);
    expect(t.connector.requests.filter((r) => r.status === 503)).toHaveLength(1);
  });

  it('apologises in Dutch when posting the answer is refused, and keeps serving', async () => {
    t.connector.failNext({ count: 1, status: 400 });
    const res = await t.post(
      messageActivity(t.connector, {
        text: 'Mag ik zelf een persbericht sturen?',
        conversationId: 'conv-fail',
      }),
    );
    expect(res.status).toBeLessThan(500);
    // (The Emulator channel also gets a trace activity with the error; users see the message.)
    const [apology] = await t.connector.waitForActivities(
      (a) => a.conversationId === 'conv-fail' && a.activity.type === 'message',
    );
    expect(apology.activity.text).toBe(strings.errors.apology);
    await t.post(messageActivity(t.connector, { text: 'help', conversationId: 'conv-after' }));
    await t.connector.waitForActivities((a) => a.conversationId === 'conv-after');
  });

  it('answers 50 conversations at once, each in its own conversation', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `conv-many-${i}`);
    const results = await Promise.all(
      ids.map((id) =>
        t.post(
          messageActivity(t.connector, {
            text: 'Wie ondertekent een brief aan een bewoner?',
            conversationId: id,
          }),
        ),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const replies = await t.connector.waitForActivities((a) => a.conversationId.startsWith('conv-many-'), 50);
    expect(new Set(replies.map((r) => r.conversationId)).size).toBe(50);
  });
});

describe('bot over HTTP while starting', () => {
  it('answers 503 on /healthz and /api/messages until its storage is open', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const dataDir = await mkdtemp('/tmp/afspraak-start-');
    let port = 0;
    const early: number[] = [];
    // PGlite's first start in a new directory takes seconds: the server listens meanwhile.
    const starting = createServer(loadConfig({ PORT: '0', ORG_FILE: ZILVERBEEK_FILE, DATA_DIR: dataDir }), {
      log: silentLogger,
      onListening: async (p) => {
        port = p;
        early.push((await request(p, 'GET', '/healthz')).status);
        const res = await request(p, 'POST', '/api/messages', '{}');
        early.push(res.status, Number(res.retryAfter));
      },
    });
    const running = await starting;
    try {
      expect(port).toBe(running.port);
      expect(early).toEqual([503, 503, 2]);
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    } finally {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('bot over HTTP, storage gone', () => {
  it('answers 503 on /healthz when the database no longer answers', async () => {
    const t = await startTestServer();
    try {
      expect((await fetch(`${t.running.url}/healthz`)).status).toBe(200);
      await t.storage.close();
      const res = await fetch(`${t.running.url}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'storage-unavailable', storage: 'pglite' });
    } finally {
      await t.close();
    }
  }, 60_000);
});

describe('bot over HTTP, production mode', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({
      env: {
        MicrosoftAppId: APP,
        MicrosoftAppPassword: 'test-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT,
      },
    });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['no Authorization header', {}],
    ['a token that is no JWT', { authorization: 'Bearer not-a-token' }],
  ])('rejects a request with %s: 401, nothing answered', async (_what, headers) => {
    const res = await t.post(
      messageActivity(t.connector, {
        text: 'help',
        conversationId: 'prod-1',
        channelId: 'msteams',
        channelData: { tenant: { id: TENANT } },
      }),
      headers,
    );
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 50));
    expect(t.connector.activities).toEqual([]);
  });
});

describe('bot over HTTP, production mode with Bot Framework tokens', () => {
  let t: TestServer;
  let tokens: BotFrameworkTokens;
  beforeAll(async () => {
    tokens = await startBotFrameworkTokens(APP);
    t = await startTestServer({
      env: {
        MicrosoftAppId: APP,
        MicrosoftAppPassword: 'test-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT,
      },
      server: { authentication: tokens.authentication },
    });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await tokens?.close();
  });
  beforeEach(() => t.connector.reset());

  const teamsMessage = (
    conversationId: string,
    tenant: string,
    text = 'Mag ik zelf een persbericht sturen?',
  ) =>
    messageActivity(t.connector, {
      text,
      conversationId,
      channelId: 'msteams',
      channelData: { tenant: { id: tenant } },
      conversation: { id: conversationId, conversationType: 'personal', tenantId: tenant },
    });
  const bearer = async (o: Partial<Parameters<BotFrameworkTokens['sign']>[0]> = {}) => ({
    authorization: `Bearer ${await tokens.sign({ appId: APP, serviceUrl: t.connector.url, ...o })}`,
  });

  it('answers a signed request from its own tenant, replying with its own token', async () => {
    const res = await t.post(teamsMessage('prod-ok', TENANT), await bearer());
    expect(res.status).toBe(200);
    const [reply] = await t.connector.waitForActivities(
      (a) => a.conversationId === 'prod-ok' && a.activity.type === 'message',
    );
    expect(reply.activity.text).toBeUndefined();
    expect(String(reply.activity.summary)).toMatch(/afspraak 45/i);
    expect(JSON.stringify(reply.activity.attachments)).toMatch(/Afspraak 45/);
    expect(reply.authorization).toBe(`Bearer ${OUTBOUND_TOKEN}`);
  });

  it('refuses a signed request from a tenant not in ALLOWED_TENANTS, politely, storing nothing', async () => {
    const res = await t.post(teamsMessage('prod-other', OTHER_TENANT), await bearer());
    expect(res.status).toBe(200);
    const replies = await t.connector.waitForActivities((a) => a.conversationId === 'prod-other');
    expect(replies.map((r) => r.activity.text)).toEqual([strings.errors.tenantRefused]);
    const feedback = await t.post(
      {
        ...teamsMessage('prod-other', OTHER_TENANT),
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: 'prod-other-click',
        value: {
          action: {
            type: 'Action.Execute',
            verb: 'feedback.helpful',
            data: {
              verb: 'feedback.helpful',
              question: 'Mag ik zelf een persbericht sturen?',
              shown: 0,
              agreement: 45,
            },
          },
        },
      },
      await bearer(),
    );
    expect(feedback.body).toMatchObject({ statusCode: 403 });
    const stored = await createFeedbackStore(t.storage).list();
    expect(stored.filter((r) => r.activityId === 'prod-other-click')).toEqual([]);
  });

  it.each([
    ['signed with a key the Bot Framework does not publish', { foreignKey: true }],
    ['for another bot', { audience: '99999999-2222-3333-4444-555555555555' }],
    ['from another issuer', { issuer: 'https://evil.example.org' }],
    ['that has expired', { expiresInSeconds: -3600 }],
    ['for another serviceUrl', { serviceUrl: 'https://smba.trafficmanager.net/emea/' }],
  ])('rejects a token %s with 401, answering nothing', async (_what, claims) => {
    const res = await t.post(teamsMessage('prod-forged', TENANT), await bearer(claims));
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 50));
    expect(t.connector.activities).toEqual([]);
  });
});

describe('bot over HTTP, tenant filter (ALLOWED_TENANTS)', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ env: { ALLOWED_TENANTS: TENANT } });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('serves an allowed tenant', async () => {
    await t.post(
      messageActivity(t.connector, {
        text: 'help',
        conversationId: 'ok',
        channelData: { tenant: { id: TENANT } },
      }),
    );
    const [reply] = await t.connector.waitForActivities((a) => a.conversationId === 'ok');
    expect(textOf(reply)).toContain(strings.help.title);
  });

  it('refuses another tenant politely and stores nothing', async () => {
    await t.post({
      ...messageActivity(t.connector, {
        conversationId: 'other',
        channelData: { tenant: { id: OTHER_TENANT } },
      }),
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user-1' }, { id: 'bot' }],
    });
    await t.post(
      messageActivity(t.connector, {
        text: 'Mag ik een persbericht sturen?',
        conversationId: 'other',
        channelData: { tenant: { id: OTHER_TENANT } },
      }),
    );
    const replies = await t.connector.waitForActivities((a) => a.conversationId === 'other');
    expect(replies.map((r) => r.activity.text)).toEqual([strings.errors.tenantRefused]);
    expect(
      (await t.storage.query('select * from welcomed_conversations where conversation_id = $1', ['other']))
        .rowCount,
    ).toBe(0);
  });
});

/** One request on its own connection (no keep-alive socket left to go stale while PGlite starts). */
function request(port: number, method: string, path: string, body?: string) {
  return new Promise<{ status: number; retryAfter?: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        agent: false,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, retryAfter: res.headers['retry-after'] as string }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
