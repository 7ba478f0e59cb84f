// Embedded PostgreSQL (PGlite, WebAssembly): no server to install, data in a directory.
import { mkdir } from 'node:fs/promises';
import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import type { Queryable, QueryResult, Storage } from './types';

export async function openPglite(opts: { dataDir?: string; memory?: boolean }): Promise<Storage> {
  let db: PGlite;
  if (opts.memory) {
    db = await PGlite.create();
  } else {
    const dir = opts.dataDir ?? './data';
    await mkdir(dir, { recursive: true });
    db = await PGlite.create(dir);
  }
  return wrap(db);
}

/** Wraps an open PGlite (tests clone a migrated template this way). */
export function wrap(db: PGlite): Storage {
  let closed = false;
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    async close() {
      if (closed) return;
      closed = true;
      await db.close();
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
