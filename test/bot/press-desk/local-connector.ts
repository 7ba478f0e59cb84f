// A local Bot Framework connector for the press desk's end-to-end tests and bench: records what
// the bot posts (replies, proactive posts, card updates) and can fail proactive posts on demand
// (the first N, or a share of them), answering 500 as a real connector outage would.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Posted {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** replyToId for a reply, the activity id for an update, undefined for a new post. */
  activityId?: string;
  id: string;
  activity: Record<string, unknown>;
  at: number;
}

export interface LocalConnector {
  url: string;
  posted: Posted[];
  /** Members for whom a personal conversation was created. */
  created: string[];
  /** Failed attempts so far (answered 500, nothing recorded). */
  failures: () => number;
  /** Stops listening: every call is refused (ECONNREFUSED) until up(). */
  down(): Promise<void>;
  /** Listens again on the same port. */
  up(): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalConnector(
  options: { failFirst?: number; failRate?: number; random?: () => number } = {},
): Promise<LocalConnector> {
  const posted: Posted[] = [];
  const created: string[] = [];
  let proactive = 0;
  let failures = 0;
  let nextId = 1;
  const random = options.random ?? Math.random;
  // restify (loaded by the bot) patches ServerResponse so writeHead() no longer chains: answer in steps.
  const answer = (res: http.ServerResponse, status: number, body: string) => {
    res.statusCode = status;
    res.setHeader('content-type', 'application/json');
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      // createConversation: a personal chat with the member named.
      if (req.method === 'POST' && /^\/v3\/conversations\/?$/.test(req.url ?? '')) {
        const params = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        const member = params.members?.[0]?.id ?? 'unknown';
        created.push(member);
        answer(
          res,
          200,
          JSON.stringify({ id: `a:personal-${member}`, activityId: `created-${created.length}` }),
        );
        return;
      }
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
      if (!m || (req.method !== 'POST' && req.method !== 'PUT')) {
        answer(res, 404, '{"error":{"code":"NotFound"}}');
        return;
      }
      const conversationId = decodeURIComponent(m[1]);
      const activityId = m[2] ? decodeURIComponent(m[2]) : undefined;
      // Proactive posts and updates may fail; replies inside a turn always go through.
      if (req.method === 'PUT' || !activityId) {
        proactive++;
        const fail =
          (options.failFirst !== undefined && proactive <= options.failFirst) ||
          (options.failRate !== undefined && random() < options.failRate);
        if (fail) {
          failures++;
          answer(res, 500, '{"error":{"code":"ServiceError"}}');
          return;
        }
      }
      const id = req.method === 'PUT' ? activityId! : `act-${nextId++}`;
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      posted.push({
        method: req.method as 'POST' | 'PUT',
        conversationId,
        activityId,
        id,
        activity: body,
        at: Date.now(),
      });
      answer(res, 200, JSON.stringify({ id }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let listening = true;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!listening) return resolve();
      listening = false;
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    url: `http://127.0.0.1:${port}/`,
    posted,
    created,
    failures: () => failures,
    down: stop,
    up: () =>
      new Promise<void>((resolve, reject) => {
        if (listening) return resolve();
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
          server.removeListener('error', reject);
          listening = true;
          resolve();
        });
      }),
    close: stop,
  };
}
