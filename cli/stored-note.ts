// `--versie <n|gepubliceerd>`: the CLI reads a stored version of the note from the server's
// database instead of a file. DATABASE_URL (PostgreSQL) when set, else the embedded database in
// DATA_DIR (default ./data) when one exists there. Read only: no migrations, nothing created.
// Without --versie the CLI reads --org or the example file, as CONTRACT §2 says.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openStorage, type Storage } from '../bot/storage';
import { createVersionStore, type StoredVersion } from '../bot/note/version-store';
import { UsageError } from './command';

export type VersionChoice = number | 'current';

/** '3' → 3; 'gepubliceerd' or 'huidige' → the version in force. */
export function parseVersionChoice(value: string): VersionChoice {
  const v = value.trim().toLowerCase();
  if (['gepubliceerd', 'huidige', 'laatste', 'current'].includes(v)) return 'current';
  if (/^\d+$/.test(v) && Number(v) >= 1) return Number(v);
  throw new UsageError(`--versie '${value}': geef een versienummer (1, 2, …) of 'gepubliceerd'`);
}

export async function readStoredVersion(
  choice: VersionChoice,
  env: NodeJS.ProcessEnv,
): Promise<StoredVersion> {
  const storage = await openNoteDatabase(env);
  try {
    const store = createVersionStore(storage);
    const version = await store.current().then(async (current) => {
      if (!current) return undefined;
      return choice === 'current' ? current : store.get(choice);
    }, missingTable);
    if (!version) {
      const newest = await store.currentNumber().catch(() => 0);
      throw new UsageError(
        newest
          ? `versie ${String(choice)} bestaat niet; de afsprakennota telt versies 1 tot ${newest}`
          : 'de databank heeft nog geen versie van de afsprakennota; start de server eens (npm start)',
      );
    }
    return version;
  } finally {
    await storage.close();
  }
}

async function openNoteDatabase(env: NodeJS.ProcessEnv): Promise<Storage> {
  const databaseUrl = env.DATABASE_URL?.trim();
  if (databaseUrl) {
    try {
      return await openStorage({ databaseUrl, migrate: false, poolSize: 1 });
    } catch (e) {
      throw new UsageError(`kan de databank (DATABASE_URL) niet bereiken: ${(e as Error).message}`);
    }
  }
  const dataDir = resolve(env.DATA_DIR?.trim() || './data');
  if (!existsSync(join(dataDir, 'PG_VERSION')))
    throw new UsageError(
      `geen databank gevonden: zet DATABASE_URL, of DATA_DIR naar de map van de server (nu ${dataDir})`,
    );
  try {
    return await openStorage({ dataDir, migrate: false });
  } catch (e) {
    const inUse = /in use by another Afspraak process \(pid (\d+)\)/.exec((e as Error).message);
    if (inUse)
      throw new UsageError(
        `de ingebouwde databank in ${dataDir} is in gebruik door de server (pid ${inUse[1]}); ` +
          'download de versie in de tab (Samenstellen › Geschiedenis), stop de server even, of gebruik DATABASE_URL',
      );
    throw new UsageError(`kan de databank in ${dataDir} niet openen: ${(e as Error).message}`);
  }
}

function missingTable(e: unknown): never {
  if (/note_versions/.test((e as Error).message) && /does not exist/.test((e as Error).message))
    throw new UsageError(
      'de databank heeft nog geen versies van de afsprakennota; start de server eens (npm start)',
    );
  throw e;
}
