// One process per PGlite directory: PGlite has no locking between processes, and two bots on the
// same ./data would corrupt it. The first writes its pid into the directory; a second start is
// refused while that process lives. A lock left by a crashed process is taken over.
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const LOCK_FILE = 'afspraak.pid';

export interface DirLock {
  release(): Promise<void>;
}

export async function lockDirectory(dir: string): Promise<DirLock> {
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return {
        async release() {
          await unlink(file).catch(() => undefined);
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `DATA_DIR ${dir} is in use by another Afspraak process (pid ${holder}). Embedded storage serves ` +
            'one process; stop the other one, give this one another DATA_DIR, or set DATABASE_URL ' +
            'to share a PostgreSQL server between instances.',
          { cause: err },
        );
      }
      await unlink(file).catch(() => undefined);
    }
  }
  throw new Error(`DATA_DIR ${dir}: could not take the lock ${LOCK_FILE}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user; still alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
