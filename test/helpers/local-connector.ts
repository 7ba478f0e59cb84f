// A small stand-in for the Bot Framework connector (what the Emulator plays locally): the bot
// posts its replies to the activity's serviceUrl, and this server records them. It can fail the
// next N posts or answer slowly, to test retries and timeouts (the press desk's outbox).
//
//   const connector = await startLocalConnector();
//   POST the bot an activity with serviceUrl: connector.url
//   const [reply] = await connector.waitForActivities((a) => a.conversationId === 'c1', 1);
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
  /** POST (send, reply), PUT (update), DELETE. */
  method: string;
  path: string;
  conversationId: string;
  /** Set for a reply to an activity (POST …/activities/{id}) and for updates. */
  activityId?: string;
  /** The activity the bot sent (the request body). */
  activity: Record<string, unknown>;
  /** The id the connector gave it. */
  id: string;
  /** When it arrived (performance.now()). */
  at: number;
  /** The Authorization header the bot sent (production mode: its Bot Framework token). */
  authorization?: string;
}

export interface FailurePlan {
  /** How many of the next posts fail. */
  count: number;
  /** HTTP status to answer (default 503); 0 drops the connection without an answer. */
  status?: number;
}

export interface LocalConnector {
  /** The serviceUrl to put on activities sent to the bot. */
  url: string;
  /** Activities received and accepted, in order. Failed posts are not recorded here. */
  activities: RecordedActivity[];
  /** Every request, accepted or not (method, path, status), for assertions on retries. */
  requests: { method: string; path: string; status: number; at: number }[];
  /** Fail the next posts of activities (not GETs). */
  failNext(plan: FailurePlan | number): void;
  /** Answer every request after this many milliseconds (0: at once). */
  setDelay(ms: number): void;
  /** Conversations created by the bot (proactive 1:1 messages): POST /v3/conversations bodies. */
  createdConversations: Record<string, unknown>[];
  /**
   * Resolves with the matching activities once at least `count` have arrived; rejects after
   * `timeoutMs` naming what did arrive.
   */
  waitForActivities(
    match: (a: RecordedActivity) => boolean,
    count?: number,
    timeoutMs?: number,
  ): Promise<RecordedActivity[]>;
  /** Calls `listener` for every accepted activity as it arrives; returns the unsubscribe. */
  onActivity(listener: (a: RecordedActivity) => void): () => void;
  /** Forget recorded activities and requests (failure plan and delay stay). */
  reset(): void;
  close(): Promise<void>;
}

export interface LocalConnectorOptions {
  failFirst?: number;
  failStatus?: number;
  delayMs?: number;
  /** Members returned by GET …/members/{id} (TeamsInfo.getMember), by id. */
  members?: Record<string, Record<string, unknown>>;
}

export async function startLocalConnector(options: LocalConnectorOptions = {}): Promise<LocalConnector> {
  const activities: RecordedActivity[] = [];
  const requests: LocalConnector['requests'] = [];
  const createdConversations: Record<string, unknown>[] = [];
  const events = new EventEmitter();
  events.setMaxListeners(0);
  let failures = options.failFirst ?? 0;
  let failStatus = options.failStatus ?? 503;
  let delayMs = options.delayMs ?? 0;
  let nextId = 1;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const respond = () => handle(req, res, Buffer.concat(chunks).toString('utf8'));
      if (delayMs > 0) setTimeout(respond, delayMs);
      else respond();
    });
  });
  // Keep-alive like the real connector, so latency figures are not dominated by new connections.
  server.keepAliveTimeout = 30_000;

  function send(res: http.ServerResponse, req: http.IncomingMessage, status: number, body: unknown) {
    requests.push({ method: req.method ?? '', path: req.url ?? '', status, at: performance.now() });
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: string) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    const isWrite = method !== 'GET';

    if (isWrite && failures > 0) {
      failures--;
      if (failStatus === 0) {
        requests.push({ method, path: req.url ?? '', status: 0, at: performance.now() });
        req.socket.destroy();
        return;
      }
      send(res, req, failStatus, { error: { code: 'ServiceError', message: 'injected failure' } });
      return;
    }

    let body: Record<string, unknown> = {};
    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        send(res, req, 400, { error: { code: 'BadArgument', message: 'invalid JSON' } });
        return;
      }
    }

    // /v3/conversations
    if (parts[0] === 'v3' && parts[1] === 'conversations' && parts.length === 2 && method === 'POST') {
      createdConversations.push(body);
      const id = `created-${nextId++}`;
      send(res, req, 200, { id, activityId: body.activity ? `a-${nextId++}` : undefined });
      return;
    }
    // /v3/conversations/{id}/members[/{memberId}]
    if (parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'members' && method === 'GET') {
      const members = options.members ?? {};
      if (parts[4]) {
        const member = members[parts[4]];
        if (member) send(res, req, 200, member);
        else send(res, req, 404, { error: { code: 'ConversationNotFound', message: 'member not found' } });
      } else {
        send(res, req, 200, Object.values(members));
      }
      return;
    }
    // /v3/conversations/{id}/activities[/{activityId}]
    if (parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'activities') {
      const id = method === 'PUT' && parts[4] ? parts[4] : `a-${nextId++}`;
      const record: RecordedActivity = {
        method,
        path: url.pathname,
        conversationId: parts[2],
        activityId: parts[4],
        activity: body,
        id,
        at: performance.now(),
        authorization: req.headers.authorization,
      };
      activities.push(record);
      send(res, req, 200, { id });
      events.emit('activity', record);
      return;
    }
    send(res, req, 404, { error: { code: 'NotFound', message: `${method} ${url.pathname}` } });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    activities,
    requests,
    createdConversations,
    failNext(plan) {
      const p = typeof plan === 'number' ? { count: plan } : plan;
      failures = p.count;
      failStatus = p.status ?? 503;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    waitForActivities(match, count = 1, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = activities.filter(match);
          if (found.length >= count) {
            cleanup();
            resolve(found);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => {
          cleanup();
          const seen = activities.map(
            (a) =>
              `${a.conversationId}: ${String(a.activity.type)} ${String(a.activity.text ?? '').slice(0, 60)}`,
          );
          reject(
            new Error(
              `waited ${timeoutMs} ms for ${count} activities; received:\n${seen.join('\n') || '(none)'}`,
            ),
          );
        }, timeoutMs);
        const onActivity = () => void check();
        const cleanup = () => {
          clearTimeout(timer);
          events.off('activity', onActivity);
        };
        if (!check()) events.on('activity', onActivity);
      });
    },
    onActivity(listener) {
      events.on('activity', listener);
      return () => void events.off('activity', listener);
    },
    reset() {
      activities.length = 0;
      requests.length = 0;
      createdConversations.length = 0;
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

/** A Bot Framework message activity as a channel would POST it to the bot. */
export function messageActivity(
  connector: { url: string },
  fields: { text?: string; conversationId: string; id?: string; userId?: string; [key: string]: unknown },
): Record<string, unknown> {
  const { text, conversationId, id, userId, ...rest } = fields;
  return {
    type: 'message',
    id: id ?? `in-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date().toISOString(),
    channelId: 'emulator',
    serviceUrl: connector.url,
    from: { id: userId ?? 'user-1', name: 'Lies Claes' },
    recipient: { id: 'bot', name: 'Afspraak' },
    conversation: { id: conversationId },
    text,
    ...rest,
  };
}
