// The real server (local mode, embedded or test PostgreSQL storage) with the tab built, and a
// headless Debian chromium driven by playwright-core: what the tab's end-to-end test and bench use.
import path from 'node:path';
import { loadConfig } from '../../bot/config';
import { silentLogger } from '../../bot/log';
import { createMembership } from '../../bot/press-desk/members';
import { createPressStore, type PressStore } from '../../bot/press-desk/store';
import { createServer, type RunningServer } from '../../bot/server';
import type { Storage } from '../../bot/storage';
import { loadEffectiveOrganisation } from '../../cli/organisation-file';
import { buildAll } from '../../taskpane/build';
import { ensureBuilt } from '../helpers/npm-start';
import { storageBackends } from '../helpers/storage-backends';

const ROOT = path.resolve(__dirname, '../..');
export const ORG_FILE = path.join(ROOT, 'organisations/zilverbeek.yaml');

export { CHROMIUM_ARGS, launchChromium } from './chromium';

/**
 * The build `npm start` uses, made when stale (build/ensure-built.js); `force` rebuilds the tab
 * for a bench. Tests never force: a rebuild empties dist/web/tab while other files serve it.
 */
export async function ensureTabBuilt(force = false): Promise<void> {
  if (force) await buildAll(false, ['tab']);
  else ensureBuilt();
}

export interface TabServer {
  server: RunningServer;
  storage: Storage;
  /** The same store the server's press desk uses (same database), to seed requests. */
  store: PressStore;
  close(): Promise<void>;
}

/** CI's PostgreSQL (TEST_DATABASE_URL) in a schema dropped on close, else embedded PGlite. */
function testStorage(): Promise<Storage> {
  const backends = storageBackends();
  return backends[backends.length - 1].open();
}

export async function startTabServer(): Promise<TabServer> {
  const storage = await testStorage();
  const config = loadConfig({ PORT: '0', ORG_FILE });
  const server = await createServer(config, { storage, log: silentLogger });
  const org = loadEffectiveOrganisation(ORG_FILE);
  const store = createPressStore(storage, createMembership(config.pressDeskMembers, org));
  return {
    server,
    storage,
    store,
    async close() {
      await server.close();
      await storage.close();
    },
  };
}
