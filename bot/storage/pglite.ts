// Embedded PostgreSQL (PGlite, WebAssembly): no server to install, data in a directory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PGlite, PGliteOptions, Results, Transaction } from '@electric-sql/pglite';
import { lockDirectory } from './dir-lock';
import type { Queryable, QueryResult, Storage } from './types';

export async function openPglite(opts: { dataDir?: string; memory?: boolean }): Promise<Storage> {
  if (opts.memory) return wrap(await createPglite());
  const dir = opts.dataDir ?? './data';
  await mkdir(dir, { recursive: true });
  const lock = await lockDirectory(dir);
  try {
    if (!existsSync(join(dir, 'PG_VERSION'))) await createInChildProcess(dir);
    return wrap(await createPglite({ dataDir: dir }), () => lock.release());
  } catch (err) {
    await lock.release();
    throw err;
  }
}

/**
 * Starts PGlite, loading the package only now: its WebAssembly bundle costs tens of megabytes
 * that a bot on a PostgreSQL server never needs.
 */
export async function createPglite(options: PGliteOptions = {}): Promise<PGlite> {
  const { PGlite } = await import('@electric-sql/pglite');
  const startParams = options.startParams ?? [...PGlite.defaultStartParams, ...SMALL_FOOTPRINT];
  // The package's ESM and CommonJS declarations differ only in private fields; the values are the same.
  const create = PGlite.create.bind(PGlite) as unknown as (o: PGliteOptions) => Promise<PGlite>;
  return create({ ...options, startParams });
}

// PostgreSQL's default 128 MB of shared buffers is resident memory in PGlite (inside its
// WebAssembly heap); the bot's tables (feedback, press requests, welcomed conversations) are small,
// and 4 MB (512 pages) keeps them in memory many times over. Measured: 12 MB less than 16 MB,
// queries as fast.
const SMALL_FOOTPRINT = ['-c', 'shared_buffers=4MB'];

/**
 * A new database directory is created by a short-lived child process (pglite-create.mjs), so
 * initdb's memory is returned to the system instead of staying in the bot's process. The
 * directory lock is ours already; the child only writes the database files.
 */
export async function createInChildProcess(dir: string): Promise<void> {
  const script = join(__dirname, 'pglite-create.mjs');
  // Liftoff only: the child runs initdb once, where optimising the WebAssembly costs more than it saves.
  const child = spawn(process.execPath, ['--liftoff-only', script, dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    // 'close', not 'exit': stderr has been read to the end.
    child.once('close', (c) => resolve(c));
  });
  if (code !== 0) {
    throw new Error(
      `DATA_DIR ${dir}: creating the embedded database failed (exit ${code}): ${stderr.trim()}`,
    );
  }
}

/** Wraps an open PGlite; `onClose` runs after it closed (releasing the directory lock). */
export function wrap(db: PGlite, onClose?: () => Promise<void>): Storage {
  let closed = false;
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    async listen(channel, onNotify) {
      const stop = await db.listen(channel, onNotify);
      return async () => {
        if (!closed) await stop();
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.close();
      } finally {
        await onClose?.();
      }
    },
  };
}

function queryable(db: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
      return result(await db.query<T>(sql, params));
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

function result<T>(r: Results<T>): QueryResult<T> {
  const isDml = r.affectedRows !== undefined && r.affectedRows > 0;
  return { rows: r.rows, rowCount: isDml ? r.affectedRows! : r.rows.length };
}
