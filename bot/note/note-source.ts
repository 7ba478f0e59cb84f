// The one organisation source of the server: the published version of the note in force, as the
// bot, GET /api/organisation and the note's API read it. It follows new versions without a
// restart: a NOTIFY from any instance on the same database (PostgreSQL: LISTEN on its own
// connection; PGlite: in this process), a poll of the version number every two seconds for what a
// dropped connection missed, and at once after a publish on this instance. A new version is made
// effective and prepared for ask before it replaces the old one: the switch is one assignment.
import { effectiveOrganisation } from '../../shared/organisation/effective';
import type { EffectiveOrganisation, Organisation } from '../../shared/organisation/types';
import { silentLogger, type Logger } from '../log';
import type { Storage } from '../storage';
import type { OrganisationSeed } from './organisation-file';
import { createVersionStore, NOTE_CHANNEL, type StoredVersion, type VersionStore } from './version-store';

export interface PublishedNote {
  number: number;
  organisation: Organisation;
  effective: EffectiveOrganisation;
  createdBy: string;
  createdAt: Date;
}

export interface NoteSource {
  readonly store: VersionStore;
  /** The version in force. */
  current(): PublishedNote;
  /** Called after every switch to a newer version; returns a function that stops it. */
  onChange(listener: (note: PublishedNote) => void): () => void;
  /** Asks the database now; resolves true when a newer version was switched to. */
  refresh(): Promise<boolean>;
  close(): Promise<void>;
}

export interface NoteSourceOptions {
  storage: Storage;
  /** ORG_FILE's content: seeds version 1, and is imported when it differs from the last import. */
  seed?: OrganisationSeed;
  /** Re-reads ORG_FILE when it changed on disk (bot/note/organisation-file.ts fileWatcher). */
  watchFile?: () => Promise<OrganisationSeed | undefined>;
  /** Work to do on a new version before it is served (prepareAsk: the bot's indexes). */
  prepare?: (organisation: EffectiveOrganisation) => void;
  /** The version-number poll; default 2000 ms. */
  pollMs?: number;
  log?: Logger;
}

export const DEFAULT_POLL_MS = 2000;

export async function openNoteSource(options: NoteSourceOptions): Promise<NoteSource> {
  const log = options.log ?? silentLogger;
  const store = createVersionStore(options.storage);
  const importSeed = async (seed: OrganisationSeed) => {
    const imported = await store.importFile(seed.organisation, seed.hash, {
      name: `ORG_FILE ${seed.fileName}`,
    });
    if (imported) log.info(`note: ${seed.fileName} imported as version ${imported.number}`);
  };
  if (options.seed) await importSeed(options.seed);
  const first = await store.current();
  if (!first) throw new Error('the note has no published version and no ORG_FILE to start from');

  const build = (v: StoredVersion): PublishedNote => {
    const effective = effectiveOrganisation(v.organisation);
    options.prepare?.(effective);
    return {
      number: v.number,
      organisation: v.organisation,
      effective,
      createdBy: v.createdBy,
      createdAt: v.createdAt,
    };
  };
  let note = build(first);
  const listeners = new Set<(note: PublishedNote) => void>();

  // One check at a time: a NOTIFY and a poll arriving together load the version once.
  let running: Promise<boolean> | undefined;
  const check = async (): Promise<boolean> => {
    if ((await store.currentNumber()) <= note.number) return false;
    const latest = await store.current();
    if (!latest || latest.number <= note.number) return false;
    note = build(latest);
    log.info(`note: now following version ${note.number}`);
    for (const listener of listeners) {
      try {
        listener(note);
      } catch (err) {
        log.error('note: a listener failed on the new version', err);
      }
    }
    return true;
  };
  const refresh = (): Promise<boolean> => {
    running ??= check().finally(() => (running = undefined));
    return running;
  };

  let failing = false;
  const tick = async () => {
    try {
      const seed = await options.watchFile?.();
      if (seed) await importSeed(seed);
      await refresh();
      if (failing) log.info('note: the database answers again');
      failing = false;
    } catch (err) {
      // Logged once per outage: the poll goes on and the version in force stays.
      if (!failing) log.warn(`note: could not check for a new version: ${(err as Error).message}`);
      failing = true;
    }
  };
  const timer = setInterval(() => void tick(), options.pollMs ?? DEFAULT_POLL_MS);
  timer.unref();
  let unlisten: (() => Promise<void>) | undefined;
  try {
    unlisten = await options.storage.listen?.(NOTE_CHANNEL, () => void tick());
  } catch (err) {
    log.warn(`note: LISTEN failed, following by the poll only: ${(err as Error).message}`);
  }

  return {
    store,
    current: () => note,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
    async close() {
      clearInterval(timer);
      listeners.clear();
      await running?.catch(() => undefined);
      await unlisten?.();
    },
  };
}
