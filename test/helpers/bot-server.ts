// The real server (bot/server.ts) on a free port with a local connector for its replies: what the
// end-to-end tests and bench scripts drive over HTTP.
//
//   const t = await startTestServer();
//   const res = await t.post(messageActivity(t.connector, { text: 'help', conversationId: 'c1' }));
//   const [reply] = await t.connector.waitForActivities((a) => a.conversationId === 'c1');
//   await t.close();
import { loadConfig, type Env } from '../../bot/config';
import { silentLogger, type Logger } from '../../bot/log';
import { createServer, type RunningServer, type ServerOptions } from '../../bot/server';
import type { Storage } from '../../bot/storage';
import { ZILVERBEEK_FILE } from './bot-harness';
import { startLocalConnector, type LocalConnector, type LocalConnectorOptions } from './local-connector';
import { storageBackends } from './storage-backends';

export interface TestServerOptions {
  /** Extra environment (MicrosoftAppId …); PORT is 0 and ORG_FILE the Zilverbeek example. */
  env?: Env;
  /** Storage to use; default a fresh in-memory PGlite, closed with the server. */
  storage?: Storage;
  connector?: LocalConnectorOptions;
  log?: Logger;
  server?: Omit<ServerOptions, 'storage' | 'log'>;
}

export interface TestServer {
  running: RunningServer;
  connector: LocalConnector;
  storage: Storage;
  /** POST /api/messages with a JSON body (an object, or a raw string sent as is). */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const connector = await startLocalConnector(options.connector);
  const ownStorage = !options.storage;
  const storage = options.storage ?? (await storageBackends()[0].open());
  const config = loadConfig({ ORG_FILE: ZILVERBEEK_FILE, ...options.env, PORT: '0' });
  let running: RunningServer;
  try {
    running = await createServer(config, { ...options.server, storage, log: options.log ?? silentLogger });
  } catch (err) {
    await connector.close();
    if (ownStorage) await storage.close();
    throw err;
  }
  return {
    running,
    connector,
    storage,
    async post(body, headers = {}) {
      const res = await fetch(`${running.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body: parsed };
    },
    async close() {
      await running.close();
      await connector.close();
      if (ownStorage) await storage.close();
    },
  };
}
