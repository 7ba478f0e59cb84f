// One SQL dialect (PostgreSQL) over two engines: embedded PGlite or a PostgreSQL server.
// Callers write plain parameterised SQL ($1, $2 …) and never learn which engine runs it.

export interface QueryResult<T> {
  rows: T[];
  /** Rows returned (SELECT) or affected (INSERT/UPDATE/DELETE). */
  rowCount: number;
}

export interface Queryable {
  /** One statement, with $1… parameters. int8 (count(*), bigserial) comes back as a JS number. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /** Several statements without parameters (migrations, set-up scripts). */
  exec(sql: string): Promise<void>;
}

export interface Storage extends Queryable {
  kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Calls `onNotify` with the payload of every NOTIFY on `channel` (from any process on the same
   * database; PGlite: this process). Resolves once listening; the returned function stops it.
   * Delivery is best effort (a dropped connection is re-established): callers keep a poll as well.
   */
  listen?(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface OpenStorageOptions {
  /** postgres://… : use a PostgreSQL server (several bot instances can share it). */
  databaseUrl?: string;
  /** PGlite data directory (default ./data); ignored with databaseUrl or memory. */
  dataDir?: string;
  /** PGlite in memory (tests). */
  memory?: boolean;
  /** PostgreSQL only: work in this schema (created if missing); tests use one schema each. */
  schema?: string;
  /** Apply the migrations on open (default true). */
  migrate?: boolean;
  /** PostgreSQL only: pool size (default 10). */
  poolSize?: number;
}
