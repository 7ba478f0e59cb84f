// A PostgreSQL server through `pg`: what several bot instances behind a load balancer share.
import { Client, Pool, types, type PoolClient } from 'pg';
import type { Queryable, QueryResult, Storage } from './types';

// PGlite returns int8 as a number; make pg agree so callers see the same values on both engines.
// Our int8 values (counts, serial ids) stay far below 2^53.
const INT8_OID = 20;
const typeParser = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (v: string) => Number(v)
      : types.getTypeParser(oid, format)) as typeof types.getTypeParser,
};

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openPostgres(opts: {
  databaseUrl: string;
  schema?: string;
  poolSize?: number;
}): Promise<Storage> {
  if (opts.schema !== undefined && !IDENT.test(opts.schema)) {
    throw new Error(`invalid schema name "${opts.schema}" (lower case letters, digits and _)`);
  }
  if (opts.schema) {
    // The schema must exist before connections use it as their search_path.
    const setup = new Pool({ connectionString: opts.databaseUrl, max: 1 });
    try {
      await setup.query(`create schema if not exists ${opts.schema}`);
    } finally {
      await setup.end();
    }
  }
  const connection = {
    connectionString: opts.databaseUrl,
    types: typeParser,
    options: opts.schema ? `-c search_path=${opts.schema}` : undefined,
  };
  const pool = new Pool({ ...connection, max: opts.poolSize ?? 10 });
  const listeners = new Set<() => Promise<void>>();
  // An idle client losing its connection must not crash the bot; the next query reconnects.
  pool.on('error', (err) => console.error('[storage] idle PostgreSQL connection failed:', err.message));
  // Fail at start-up, not at the first message, when the server is unreachable.
  await pool.query('select 1');

  let closed = false;
  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const value = await fn(queryable(client));
        await client.query('commit');
        return value;
      } catch (err) {
        await client.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify) {
      const stop = await listenOn(connection, channel, onNotify);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const stop of [...listeners]) await stop();
      await pool.end();
    },
  };
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to queries and lose it). A lost
 * connection is made again after a second; notifications sent meanwhile are missed, which is why
 * callers also poll.
 */
async function listenOn(
  connection: ConstructorParameters<typeof Client>[0] & object,
  channel: string,
  onNotify: (payload: string) => void,
): Promise<() => Promise<void>> {
  if (!IDENT.test(channel)) throw new Error(`invalid channel name "${channel}"`);
  let stopped = false;
  let client: Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const reconnect = () => {
    if (stopped || retry) return;
    client = undefined;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch(reconnect);
    }, 1000);
    retry.unref();
  };
  const connect = async () => {
    const c = new Client(connection);
    c.on('notification', (m) => {
      if (m.channel === channel) onNotify(m.payload ?? '');
    });
    c.on('error', () => {
      c.end().catch(() => undefined);
      reconnect();
    });
    await c.connect();
    await c.query(`listen ${channel}`);
    if (stopped) await c.end();
    else client = c;
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}

function queryable(db: Pool | PoolClient): Queryable {
  return {
    async query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
      const r = await db.query(sql, params);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
    },
    async exec(sql: string) {
      await db.query(sql);
    },
  };
}
