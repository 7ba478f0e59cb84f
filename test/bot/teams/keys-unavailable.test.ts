// Production mode when the Bot Framework's OpenID metadata or signing keys cannot be fetched: the
// request gets 503 with Retry-After and a short JSON error, never the fetch error's text (which
// names internal hosts), and nothing is answered in Teams.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageActivity } from '../../helpers/local-connector';
import { startTestServer, type TestServer } from '../../helpers/bot-server';
import { startBotFrameworkTokens, type BotFrameworkTokens } from '../../helpers/bot-framework-tokens';

const APP = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const ENV = {
  MicrosoftAppId: APP,
  MicrosoftAppPassword: 'test-secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: TENANT,
};

/** A port that was free a moment ago: nothing listens there now (connection refused). */
async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe.each([
  [
    'unreachable',
    async () => ({
      url: `http://127.0.0.1:${await closedPort()}/v1/.well-known/openidconfiguration`,
      close: async () => {},
    }),
  ],
  [
    'answering 500',
    async () => {
      const s = http.createServer((_req, res) => {
        res.statusCode = 500;
        res.end('upstream exploded at 10.0.0.7');
      });
      await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
      return {
        url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/v1/.well-known/openidconfiguration`,
        close: () =>
          new Promise<void>((r) => {
            s.closeAllConnections();
            s.close(() => r());
          }),
      };
    },
  ],
])('the Bot Framework key endpoint %s', (_name, endpoint) => {
  let t: TestServer;
  let tokens: BotFrameworkTokens;
  let metadata: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    tokens = await startBotFrameworkTokens(APP);
    metadata = await endpoint();
    t = await startTestServer({
      env: ENV,
      server: {
        authentication: {
          ...tokens.authentication,
          endpoints: { ...tokens.authentication.endpoints, ToBotFromChannelOpenIdMetadataUrl: metadata.url },
        },
      },
    });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await tokens?.close();
    await metadata?.close();
  });

  it('answers 503 with Retry-After and no internal detail, and posts nothing', async () => {
    const token = await tokens.sign({ appId: APP, serviceUrl: t.connector.url });
    const res = await fetch(`${t.running.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(
        messageActivity(t.connector, {
          text: 'help',
          conversationId: 'keys-down',
          channelId: 'msteams',
          channelData: { tenant: { id: TENANT } },
        }),
      ),
    });
    const text = await res.text();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('10');
    expect(JSON.parse(text)).toEqual({
      error: { code: 'authentication_unavailable', message: expect.any(String) },
    });
    expect(text).not.toMatch(/127\.0\.0\.1|10\.0\.0\.7|ECONNREFUSED|fetch|openid|Failed to load/i);
    await new Promise((r) => setTimeout(r, 100));
    expect(t.connector.activities).toEqual([]);
  });
});
