// The storage engines every storage test runs against: embedded PGlite always, and a PostgreSQL
// server when TEST_DATABASE_URL is set (.ci/run starts one). Each open() is isolated: its own
// in-memory PGlite, or its own schema on the server, so tests never see each other's rows.
//
//   for (const backend of storageBackends()) {
//     describe(backend.name, () => {
//       let storage: Storage;
//       beforeEach(async () => { storage = await backend.open(); });
//       afterEach(() => storage.close());
//       …
//     });
//   }
import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import { Pool } from 'pg';
import { migrate, migrations, openStorage, type Storage } from '../../bot/storage';
import { createPglite, wrap } from '../../bot/storage/pglite';
import { pgliteTemplate } from './pglite-template';

export interface StorageBackend {
  name: 'pglite' | 'postgres';
  /** A fresh, isolated storage; migrated unless `migrate: false`. close() also drops what it made. */
  open(options?: { migrate?: boolean }): Promise<Storage>;
  /**
   * PostgreSQL only: an isolated schema as a connection URL, for starting several storages or bot
   * servers (DATABASE_URL) on the same data. Call drop() when done.
   */
  sharedDatabase?(): Promise<{ databaseUrl: string; drop(): Promise<void> }>;
}

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL?.trim() || undefined;

export function storageBackends(): StorageBackend[] {
  const backends: StorageBackend[] = [pgliteBackend];
  if (TEST_DATABASE_URL) backends.push(postgresBackend(TEST_DATABASE_URL));
  return backends;
}

// PGlite's first start (initdb) takes seconds; starting from a saved data directory less.
// One empty and one migrated data directory, saved for every test file (pglite-template.ts) and
// loaded by every open().
let emptyDump: Promise<File | Blob> | undefined;
let migratedDump: Promise<File | Blob> | undefined;

function startPglite(loadDataDir?: File | Blob): Promise<PGlite> {
  return createPglite(loadDataDir ? { loadDataDir } : {});
}

async function dumpOf(db: PGlite): Promise<File | Blob> {
  try {
    return await db.dumpDataDir('none');
  } finally {
    await db.close();
  }
}

/** The empty data directory, made (or read) only when a test needs one. */
const emptyTemplate = () => (emptyDump ??= pgliteTemplate('empty', () => startPglite().then(dumpOf)));

const pgliteBackend: StorageBackend = {
  name: 'pglite',
  async open(options = {}) {
    if (options.migrate === false) return wrap(await startPglite(await emptyTemplate()));
    migratedDump ??= pgliteTemplate('migrated', async () => {
      const db = await startPglite(await emptyTemplate());
      await migrate(wrap(db), migrations);
      return dumpOf(db);
    });
    return wrap(await startPglite(await migratedDump));
  },
};

function postgresBackend(baseUrl: string): StorageBackend {
  const createSchema = async () => {
    const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
    const pool = new Pool({ connectionString: baseUrl, max: 1 });
    try {
      await pool.query(`create schema ${schema}`);
    } finally {
      await pool.end();
    }
    const drop = async () => {
      const p = new Pool({ connectionString: baseUrl, max: 1 });
      try {
        await p.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await p.end();
      }
    };
    return { schema, databaseUrl: withSearchPath(baseUrl, schema), drop };
  };

  return {
    name: 'postgres',
    async open(options = {}) {
      const { databaseUrl, drop } = await createSchema();
      const storage = await openStorage({ databaseUrl, migrate: options.migrate, poolSize: 4 });
      return {
        ...storage,
        async close() {
          await storage.close();
          await drop();
        },
      };
    },
    async sharedDatabase() {
      const { databaseUrl, drop } = await createSchema();
      return { databaseUrl, drop };
    },
  };
}

/** The URL with `options=-c search_path=<schema>`: every connection made from it works in the schema. */
export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}
