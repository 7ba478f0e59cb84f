// Applies pending migrations in order, each in its own transaction with its schema_migrations row.
// An advisory lock (per schema) makes two instances that start together take turns: the second
// waits, then sees the migrations already applied.
import type { Migration } from './migrations/types';
import type { Queryable, Storage } from './types';

const LOCK_KEY = "hashtext('afspraak.migrations.' || current_schema())";

export interface MigrationReport {
  applied: number[];
}

export async function migrate(storage: Storage, migrations: readonly Migration[]): Promise<MigrationReport> {
  checkList(migrations);
  const applied: number[] = [];
  for (const m of migrations) {
    const didApply = await storage.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(${LOCK_KEY})`);
      await ensureTable(tx);
      const done = await tx.query<{ id: number; name: string }>(
        'select id, name from schema_migrations where id = $1',
        [m.id],
      );
      if (done.rows.length) {
        if (done.rows[0].name !== m.name) {
          throw new Error(
            `migration ${m.id} was applied as "${done.rows[0].name}" but is now called "${m.name}": ` +
              'two migrations share a number; give the newer one the next free number',
          );
        }
        return false;
      }
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (id, name) values ($1, $2)', [m.id, m.name]);
      return true;
    });
    if (didApply) applied.push(m.id);
  }
  return { applied };
}

async function ensureTable(tx: Queryable): Promise<void> {
  await tx.query(
    `create table if not exists schema_migrations (
       id integer primary key,
       name text not null,
       applied_at timestamptz not null default now()
     )`,
  );
}

function checkList(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].id <= migrations[i - 1].id) {
      throw new Error(
        `migrations out of order or duplicated: ${migrations[i - 1].id} (${migrations[i - 1].name}) ` +
          `is listed before ${migrations[i].id} (${migrations[i].name})`,
      );
    }
  }
}
