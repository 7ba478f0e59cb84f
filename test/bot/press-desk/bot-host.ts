// A bot host for the press desk's end-to-end tests and bench: the real Teams endpoint (local mode,
// no app id), the real activity handler with the press desk's routes before a stub ask route, on
// a real HTTP port. Activities are POSTed like the Bot Framework channel does.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { loadConfig } from '../../../bot/config';
import { silentLogger } from '../../../bot/log';
import { createPressDesk, type PressDesk, type PressDeskOptions } from '../../../bot/press-desk';
import type { Storage } from '../../../bot/storage';
import { createBot } from '../../../bot/teams';
import { createTeamsEndpoint } from '../../../bot/teams/endpoint';
import { org } from './helpers';

export interface BotHost {
  url: string;
  desk: PressDesk;
  /** POSTs an activity to /api/messages; resolves with the HTTP status and JSON body. */
  post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startBotHost(
  storage: Storage,
  members: string[],
  options: PressDeskOptions & {
    /** 'swallow' logs and ends the turn as bot/server.ts does; the default rethrows. */
    turnErrors?: 'throw' | 'swallow';
    onTurnError?: (error: Error) => void;
  } = {},
): Promise<BotHost> {
  const endpoint = createTeamsEndpoint({
    config: loadConfig({}),
    log: silentLogger,
    onTurnError: async (error) => {
      options.onTurnError?.(error);
      if (options.turnErrors !== 'swallow') throw error;
    },
  });
  const desk = createPressDesk({
    storage,
    teams: endpoint.port,
    config: { pressDeskMembers: members },
    org,
    log: silentLogger,
    options,
  });
  const bot = createBot(
    {
      storage,
      organisation: org,
      config: { allowedTenants: [] },
      ask: async (question) => ({
        question,
        outOfScope: true,
        answers: [],
        reply: 'ask',
        mode: 'refuse',
        confidence: 0,
      }),
      log: silentLogger,
    },
    { messageRoutes: desk.messageRoutes, actionRoutes: desk.actionRoutes },
  );
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await endpoint.process(req, res, bot);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  desk.start();
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    desk,
    async post(activity) {
      const body = JSON.stringify(activity);
      return new Promise((resolve, reject) => {
        const req = http.request(
          `${url}/api/messages`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    },
    async close() {
      await desk.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let activitySeq = 0;

/** A Teams activity from a user in a conversation. */
export function activity(
  serviceUrl: string,
  user: { id: string; name: string; aadObjectId?: string },
  conversation: { id: string; conversationType: 'personal' | 'channel' },
  fields: Record<string, unknown>,
): Record<string, unknown> {
  return {
    id: `in-${++activitySeq}-${Date.now()}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: user,
    recipient: { id: '28:bot', name: 'Afspraak' },
    conversation: { ...conversation, isGroup: conversation.conversationType === 'channel' },
    ...(conversation.conversationType === 'channel'
      ? {
          channelData: {
            channel: { id: conversation.id.replace(/;.*$/, ''), name: 'Persdesk' },
            team: { id: 'team-1' },
          },
        }
      : {}),
    ...fields,
  };
}

/** The Action.Execute invoke a card button sends. */
export function invoke(
  base: Record<string, unknown>,
  verb: string,
  data: Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } } },
  };
}
