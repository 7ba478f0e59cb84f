import { migrate, migrations, openStorage, type Storage } from '../../../bot/storage';
import { LOCK_FILE, lockDirectory } from '../../../bot/storage/dir-lock';
import { createInChildProcess } from '../../../bot/storage/pglite';
import type { Migration } from '../../../bot/storage/migrations/types';
import { storageBackends } from '../../helpers/storage-backends';

const tablesOf = async (storage: Storage) =>
  (
    await storage.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = current_schema() order by 1`,
    )
  ).rows.map((r) => r.table_name);

describe.each(storageBackends().map((b) => [b.name, b] as const))('storage on %s', (_name, backend) => {
  let storage: Storage;
  afterEach(async () => {
    await storage?.close();
  });

  it('applies every migration in order and records it', async () => {
    storage = await backend.open({ migrate: false });
    const report = await migrate(storage, migrations);
    expect(report.applied).toEqual(migrations.map((m) => m.id));
    const rows = (
      await storage.query<{ id: number; name: string }>('select id, name from schema_migrations order by id')
    ).rows;
    expect(rows).toEqual(migrations.map((m) => ({ id: m.id, name: m.name })));
    expect(await tablesOf(storage)).toEqual(expect.arrayContaining(['feedback', 'welcomed_conversations']));
  });

  it('is idempotent: a second run applies nothing and keeps the data', async () => {
    storage = await backend.open();
    await storage.query(
      `insert into feedback (question, agreement, helpful, user_id, conversation_id, activity_id) values ('q', 45, true, 'u', 'c', 'a')`,
    );
    expect((await migrate(storage, migrations)).applied).toEqual([]);
    expect((await storage.query('select * from feedback')).rowCount).toBe(1);
  });

  it('lets concurrent starts take turns (advisory lock): each migration applied once', async () => {
    storage = await backend.open({ migrate: false });
    const runs = await Promise.all([
      migrate(storage, migrations),
      migrate(storage, migrations),
      migrate(storage, migrations),
    ]);
    expect(runs.flatMap((r) => r.applied).sort((a, b) => a - b)).toEqual(migrations.map((m) => m.id));
  });

  it('rolls a failing migration back completely and applies it after the fix', async () => {
    storage = await backend.open({ migrate: false });
    const broken: Migration = {
      id: 900,
      name: 'broken',
      sql: 'create table half_done (id int); select * from missing_table;',
    };
    await expect(migrate(storage, [broken])).rejects.toThrow(/missing_table/);
    expect(await tablesOf(storage)).not.toContain('half_done');
    const fixed: Migration = { ...broken, sql: 'create table half_done (id int);' };
    expect((await migrate(storage, [fixed])).applied).toEqual([900]);
  });

  it('refuses a migration whose number was already used under another name', async () => {
    storage = await backend.open({ migrate: false });
    await migrate(storage, [{ id: 7, name: 'press-requests', sql: 'create table a7 (id int)' }]);
    await expect(migrate(storage, [{ id: 7, name: 'something-else', sql: 'select 1' }])).rejects.toThrow(
      /two migrations share a number/,
    );
  });

  it('refuses a list out of order', async () => {
    storage = await backend.open({ migrate: false });
    const list: Migration[] = [
      { id: 2, name: 'b', sql: 'select 1' },
      { id: 1, name: 'a', sql: 'select 1' },
    ];
    await expect(migrate(storage, list)).rejects.toThrow(/out of order/);
  });

  describe('queries and transactions', () => {
    beforeEach(async () => {
      storage = await backend.open();
      await storage.exec('create table t (id bigserial primary key, v text not null unique, n int8)');
    });

    it('reports rows returned and rows affected, int8 as a number', async () => {
      const inserted = await storage.query<{ id: number }>(
        `insert into t (v, n) values ($1, $2), ($3, $4) returning id`,
        ['a', 1, 'b', 2],
      );
      expect(inserted.rowCount).toBe(2);
      expect(typeof inserted.rows[0].id).toBe('number');
      expect((await storage.query(`update t set n = n + 1 where v = 'a'`)).rowCount).toBe(1);
      expect((await storage.query(`update t set n = 0 where v = 'none'`)).rowCount).toBe(0);
      const counted = await storage.query<{ c: number; s: number }>(
        'select count(*) as c, sum(n)::int8 as s from t',
      );
      expect(counted.rows[0]).toEqual({ c: 2, s: 4 });
      expect(counted.rowCount).toBe(1);
      expect((await storage.query(`insert into t (v) values ('a') on conflict do nothing`)).rowCount).toBe(0);
    });

    it('commits when the function resolves', async () => {
      const value = await storage.transaction(async (tx) => {
        await tx.query(`insert into t (v) values ('kept')`);
        return 'done';
      });
      expect(value).toBe('done');
      expect((await storage.query(`select * from t where v = 'kept'`)).rowCount).toBe(1);
    });

    it('rolls back everything when the function throws, and rethrows', async () => {
      await expect(
        storage.transaction(async (tx) => {
          await tx.query(`insert into t (v) values ('lost')`);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect((await storage.query(`select * from t`)).rowCount).toBe(0);
    });

    it('rolls back on a failing statement (unique violation) and stays usable', async () => {
      await storage.query(`insert into t (v) values ('x')`);
      await expect(
        storage.transaction(async (tx) => {
          await tx.query(`insert into t (v) values ('y')`);
          await tx.query(`insert into t (v) values ('x')`);
        }),
      ).rejects.toThrow(/unique|duplicate/i);
      expect((await storage.query<{ v: string }>(`select v from t order by v`)).rows).toEqual([{ v: 'x' }]);
    });
  });
});

describe('openStorage with PGlite in a directory', () => {
  it('keeps data across a restart and migrates only once', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const dir = await mkdtemp('/tmp/afspraak-storage-');
    try {
      const first = await openStorage({ dataDir: dir });
      await first.query(
        `insert into feedback (question, agreement, helpful, user_id, conversation_id, activity_id) values ('q', 1, false, 'u', 'c', 'a')`,
      );
      await first.close();
      const second = await openStorage({ dataDir: dir });
      expect((await second.query('select question from feedback')).rows).toEqual([{ question: 'q' }]);
      expect((await second.query('select * from schema_migrations')).rowCount).toBe(migrations.length);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('creates a new database in a child process, and says why when that fails', async () => {
    const { mkdtemp, rm, writeFile } = await import('node:fs/promises');
    const { existsSync } = await import('node:fs');
    const dir = await mkdtemp('/tmp/afspraak-create-');
    try {
      await createInChildProcess(dir);
      expect(existsSync(`${dir}/PG_VERSION`)).toBe(true);
      // The directory it made opens as any later start does, without a second initdb.
      const storage = await openStorage({ dataDir: dir });
      expect((await storage.query('select * from schema_migrations')).rowCount).toBe(migrations.length);
      await storage.close();

      // A file where the directory should be: the child fails and its error reaches the message.
      await writeFile(`${dir}/not-a-dir`, 'x');
      await expect(createInChildProcess(`${dir}/not-a-dir`)).rejects.toThrow(
        /DATA_DIR .*not-a-dir: creating the embedded database failed \(exit [1-9]\d*\): \S/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a second process on the same directory and takes over a stale lock', async () => {
    const { mkdtemp, rm, writeFile, readFile } = await import('node:fs/promises');
    const dir = await mkdtemp('/tmp/afspraak-lock-');
    try {
      // A live process (our parent, the Jest runner) holds it.
      await writeFile(`${dir}/${LOCK_FILE}`, String(process.ppid));
      await expect(openStorage({ dataDir: dir })).rejects.toThrow(
        /in use by another Afspraak process .*DATABASE_URL/,
      );
      // A process that no longer exists left it behind.
      await writeFile(`${dir}/${LOCK_FILE}`, '999999999');
      const lock = await lockDirectory(dir);
      expect(await readFile(`${dir}/${LOCK_FILE}`, 'utf8')).toBe(String(process.pid));
      await lock.release();
      await expect(readFile(`${dir}/${LOCK_FILE}`, 'utf8')).rejects.toThrow(/ENOENT/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
