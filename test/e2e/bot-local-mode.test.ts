// The QA findings on the running server: local mode stays on this machine, replies reach the
// connector without a typing indicator after them, and answer cards link into the Afspraken tab.
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { ask } from '../../shared/ask';
import type { Logger } from '../../bot/log';
import { actionsOf, cardOf } from '../helpers/bot-harness';
import { startTestServer, type TestServer } from '../helpers/bot-server';
import { messageActivity, type RecordedActivity } from '../helpers/local-connector';

const QUESTION = 'Mag ik zelf een persbericht naar de krant sturen?';
const TEAMS_APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function recordingLogger() {
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
  return { log, lines };
}

describe('local mode without HOST', () => {
  let t: TestServer;
  const { log, lines } = recordingLogger();
  // A slower answer than the typing delay (250 ms) in one conversation, instant in the others.
  let askDelay = 0;
  beforeAll(async () => {
    t = await startTestServer({
      log,
      server: {
        ask: async (question, organisation) => {
          await sleep(askDelay);
          return ask(question, organisation);
        },
      },
    });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => {
    t.connector.reset();
    t.connector.setDelay(0);
    askDelay = 0;
  });

  it('listens on loopback only', async () => {
    expect((t.running.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(t.running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    // From another interface of this machine (what a colleague on the LAN would use) nothing answers.
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      await expect(fetch(`http://${external.address}:${t.running.port}/healthz`)).rejects.toThrow();
    }
  });

  it('logs the mode and the addresses of the bot, the task pane and the tab', () => {
    const url = t.running.url;
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/local mode \(no authentication\), loopback only/),
        expect.stringContaining(`${url}/api/messages`),
        expect.stringContaining(`${url}/taskpane/`),
        expect.stringContaining(`${url}/tab/`),
      ]),
    );
    expect(lines.find((l) => l.includes('LOCAL MODE'))).toMatch(/^warn .*loopback/);
  });

  it('refuses an activity whose serviceUrl is not on this machine, and posts nothing there', async () => {
    const res = await t.post({
      ...messageActivity(t.connector, { text: QUESTION, conversationId: 'evil' }),
      serviceUrl: 'http://evil.example.com/',
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: expect.stringContaining('http://evil.example.com/'),
      fout: expect.stringMatching(/lokale modus/),
    });
    await sleep(300);
    expect(t.connector.requests).toEqual([]);
  });

  it('answers the Emulator on the same machine at http://localhost:<port>', async () => {
    const port = new URL(t.connector.url).port;
    const res = await t.post({
      ...messageActivity(t.connector, { text: 'help', conversationId: 'emulator' }),
      serviceUrl: `http://localhost:${port}`,
    });
    expect(res.status).toBe(200);
    await t.connector.waitForActivities((a) => a.conversationId === 'emulator');
  });

  const typesIn = (conversationId: string) =>
    t.connector.activities
      .filter((a: RecordedActivity) => a.conversationId === conversationId)
      .map((a) => String(a.activity.type));

  it('never sends the typing indicator after the answer (a quick answer, a slow connector)', async () => {
    // The reply's POST is under way when the typing delay passes: the indicator must not follow it.
    askDelay = 100;
    t.connector.setDelay(400);
    await t.post(messageActivity(t.connector, { text: QUESTION, conversationId: 'typing-quick' }));
    await t.connector.waitForActivities((a) => a.conversationId === 'typing-quick', 1, 5000);
    await sleep(700);
    expect(typesIn('typing-quick')).toEqual(['message']);
  });

  it('sends the typing indicator before a slow answer, never after it', async () => {
    askDelay = 700;
    t.connector.setDelay(300);
    await t.post(messageActivity(t.connector, { text: QUESTION, conversationId: 'typing-slow' }));
    await t.connector.waitForActivities(
      (a) => a.conversationId === 'typing-slow' && a.activity.type === 'message',
      1,
      5000,
    );
    await sleep(700);
    expect(typesIn('typing-slow')).toEqual(['typing', 'message']);
  });

  it('shows no "Open in Afspraken" button without TEAMS_APP_ID', async () => {
    await t.post(messageActivity(t.connector, { text: QUESTION, conversationId: 'no-link' }));
    const [reply] = await t.connector.waitForActivities((a) => a.conversationId === 'no-link');
    const card = cardOf(reply.activity);
    expect(actionsOf(card).filter((a) => a.type === 'Action.OpenUrl')).toEqual([]);
  });
});

describe('local mode exposed by HOST', () => {
  it('listens where the admin said and warns that local mode is exposed', async () => {
    const { log, lines } = recordingLogger();
    const t = await startTestServer({ log, env: { HOST: '0.0.0.0' } });
    try {
      expect((t.running.server.address() as AddressInfo).address).toBe('0.0.0.0');
      expect(lines.find((l) => l.includes('LOCAL MODE'))).toMatch(/^warn .*HOST=0\.0\.0\.0 EXPOSES/);
      expect(lines).toEqual(
        expect.arrayContaining([expect.stringMatching(/EXPOSED to the network by HOST/)]),
      );
    } finally {
      await t.close();
    }
  }, 60_000);
});

describe('answer cards with TEAMS_APP_ID', () => {
  it('link the quoted agreement into the Afspraken tab, with the web page as webUrl', async () => {
    const t = await startTestServer({
      env: { TEAMS_APP_ID, PUBLIC_HOSTNAME: 'afspraak.zilverbeek.be' },
    });
    try {
      await t.post(messageActivity(t.connector, { text: QUESTION, conversationId: 'link' }));
      const [reply] = await t.connector.waitForActivities((a) => a.conversationId === 'link');
      const open = actionsOf(cardOf(reply.activity)).filter((a) => a.type === 'Action.OpenUrl');
      expect(open).toHaveLength(1);
      expect(open[0].title).toBe('Open in Afspraken');
      const url = new URL(String(open[0].url));
      expect(`${url.origin}${url.pathname}`).toBe(
        `https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/afspraken`,
      );
      expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: 'afspraak-45' });
      expect(url.searchParams.get('webUrl')).toBe(
        'https://afspraak.zilverbeek.be/tab/?pagina=afspraken#afspraak-45',
      );
    } finally {
      await t.close();
    }
  }, 60_000);
});
