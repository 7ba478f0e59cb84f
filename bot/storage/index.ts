// openStorage: PGlite in DATA_DIR by default, a PostgreSQL server when DATABASE_URL is set.
import { migrate } from './migrate';
import { migrations } from './migrations';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { OpenStorageOptions, Storage } from './types';

export type { OpenStorageOptions, Queryable, QueryResult, Storage } from './types';
export { migrate } from './migrate';
export { migrations } from './migrations';

export async function openStorage(opts: OpenStorageOptions): Promise<Storage> {
  const storage = opts.databaseUrl
    ? await openPostgres({ databaseUrl: opts.databaseUrl, schema: opts.schema, poolSize: opts.poolSize })
    : await openPglite({ dataDir: opts.dataDir, memory: opts.memory });
  if (opts.migrate !== false) {
    try {
      await migrate(storage, migrations);
    } catch (err) {
      await storage.close();
      throw err;
    }
  }
  return storage;
}
