// The note's versions in the database (migration 030): the published versions, numbered from 1,
// and at most one draft. Publishing is one transaction: the next number under an advisory lock,
// the draft becomes that version, and a NOTIFY tells every instance on the same database to
// follow (delivered at commit). The highest published number is the note in force, so a roll back
// is a new version with an older content, never a step back in numbers.
import { noteChanges, type NoteChange } from '../../shared/organisation/diff';
import type { Organisation } from '../../shared/organisation/types';
import type { Queryable, Storage } from '../storage';

/** NOTIFY channel: "a new version was published; check". The payload is its number. */
export const NOTE_CHANNEL = 'afspraak_note';

const LOCK = "pg_advisory_xact_lock(hashtext('afspraak.note.' || current_schema()))";

export type VersionOrigin = 'file' | 'composer' | 'rollback';

/** Who did it: the name shown in the history, and the Entra object id when known. */
export interface Author {
  name: string;
  id?: string;
}

export interface StoredVersion {
  number: number;
  organisation: Organisation;
  origin: VersionOrigin;
  restoredFrom?: number;
  changeNote?: string;
  /** What changed since the version before it (none for the first). */
  changes: NoteChange[];
  createdBy: string;
  createdAt: Date;
}

export interface StoredDraft {
  organisation: Organisation;
  /** The published version the draft started from. */
  basedOn: number;
  /** Counts the saves; a save must name the revision it read. */
  revision: number;
  updatedBy: string;
  updatedAt: Date;
}

export type SaveResult =
  { ok: true; draft: StoredDraft } | { ok: false; reason: 'draft-changed'; draft?: StoredDraft };
export type PublishResult =
  { ok: true; version: StoredVersion } | { ok: false; reason: 'no-draft' | 'draft-changed' | 'not-found' };

export interface VersionStore {
  /** The version in force (highest number); undefined before the first. */
  current(): Promise<StoredVersion | undefined>;
  /** The number in force, 0 before the first: what the poll asks every two seconds. */
  currentNumber(): Promise<number>;
  get(number: number): Promise<StoredVersion | undefined>;
  /** Newest first. */
  list(): Promise<StoredVersion[]>;
  draft(): Promise<StoredDraft | undefined>;
  /**
   * Saves the draft when `revision` is the one stored (0: no draft yet); undefined overwrites
   * whatever is there. A new draft is based on the version in force.
   */
  saveDraft(organisation: Organisation, author: Author, revision?: number): Promise<SaveResult>;
  discardDraft(): Promise<void>;
  publish(author: Author, options?: { changeNote?: string; revision?: number }): Promise<PublishResult>;
  /** Publishes a copy of an older version as the newest. */
  restore(number: number, author: Author, changeNote?: string): Promise<PublishResult>;
  /**
   * Publishes the organisation file's content as a new version unless the last file imported had
   * the same hash (so a restart imports nothing, a changed file once). Seeds version 1.
   */
  importFile(
    organisation: Organisation,
    fileHash: string,
    author: Author,
  ): Promise<StoredVersion | undefined>;
}

interface VersionRow {
  number: number;
  organisation: Organisation | string;
  origin: VersionOrigin;
  restored_from: number | null;
  change_note: string | null;
  changes: NoteChange[] | string;
  created_by: string;
  created_at: Date;
}

interface DraftRow {
  organisation: Organisation | string;
  based_on: number;
  revision: number;
  updated_by: string;
  updated_at: Date;
}

const VERSION_COLUMNS =
  'number, organisation, origin, restored_from, change_note, changes, created_by, created_at';

export function createVersionStore(db: Storage): VersionStore {
  const published = async (q: Queryable, where: string, params: unknown[]) =>
    (
      await q.query<VersionRow>(
        `select ${VERSION_COLUMNS} from note_versions where status = 'published' and ${where}`,
        params,
      )
    ).rows.map(toVersion);
  const currentIn = async (q: Queryable) =>
    (await published(q, 'number = (select max(number) from note_versions)', []))[0];
  const draftIn = async (q: Queryable, lock = false) => {
    const r = await q.query<DraftRow>(
      `select organisation, based_on, revision, updated_by, updated_at from note_versions
        where status = 'draft'${lock ? ' for update' : ''}`,
    );
    return r.rows[0] ? toDraft(r.rows[0]) : undefined;
  };

  /** Inserts the next published version and tells the other instances; inside a transaction. */
  const insertPublished = async (
    tx: Queryable,
    organisation: Organisation,
    author: Author,
    extra: { origin: VersionOrigin; restoredFrom?: number; changeNote?: string; fileHash?: string },
  ): Promise<StoredVersion> => {
    const previous = await currentIn(tx);
    const number = (previous?.number ?? 0) + 1;
    const changes = previous ? noteChanges(previous.organisation, organisation) : [];
    const r = await tx.query<VersionRow>(
      `insert into note_versions
         (number, status, organisation, based_on, origin, restored_from, change_note, changes, file_hash,
          created_by, created_by_id, updated_by)
       values ($1, 'published', $2, $3, $4, $5, $6, $7, $8, $9, $10, $9)
       returning ${VERSION_COLUMNS}`,
      [
        number,
        JSON.stringify(organisation),
        previous?.number ?? null,
        extra.origin,
        extra.restoredFrom ?? null,
        extra.changeNote?.trim() || null,
        JSON.stringify(changes),
        extra.fileHash ?? null,
        author.name,
        author.id ?? null,
      ],
    );
    await tx.query('select pg_notify($1, $2)', [NOTE_CHANNEL, String(number)]);
    return toVersion(r.rows[0]);
  };

  return {
    current: () => currentIn(db),

    async currentNumber() {
      const r = await db.query<{ n: number | null }>(
        `select max(number) as n from note_versions where status = 'published'`,
      );
      return r.rows[0]?.n ?? 0;
    },

    async get(number) {
      return (await published(db, 'number = $1', [number]))[0];
    },

    async list() {
      const r = await db.query<VersionRow>(
        `select ${VERSION_COLUMNS} from note_versions where status = 'published' order by number desc`,
      );
      return r.rows.map(toVersion);
    },

    draft: () => draftIn(db),

    saveDraft(organisation, author, revision) {
      return db.transaction(async (tx) => {
        await tx.query(`select ${LOCK}`);
        const existing = await draftIn(tx, true);
        if (revision !== undefined && revision !== (existing?.revision ?? 0))
          return { ok: false, reason: 'draft-changed', ...(existing ? { draft: existing } : {}) };
        if (existing) {
          const r = await tx.query<DraftRow>(
            `update note_versions set organisation = $1, revision = revision + 1, updated_by = $2,
                    updated_at = now()
              where status = 'draft'
              returning organisation, based_on, revision, updated_by, updated_at`,
            [JSON.stringify(organisation), author.name],
          );
          return { ok: true, draft: toDraft(r.rows[0]) };
        }
        const basedOn = (await currentIn(tx))?.number ?? 0;
        const r = await tx.query<DraftRow>(
          `insert into note_versions (status, organisation, based_on, revision, origin, created_by, created_by_id, updated_by)
           values ('draft', $1, $2, 1, 'composer', $3, $4, $3)
           returning organisation, based_on, revision, updated_by, updated_at`,
          [JSON.stringify(organisation), basedOn, author.name, author.id ?? null],
        );
        return { ok: true, draft: toDraft(r.rows[0]) };
      });
    },

    async discardDraft() {
      await db.query(`delete from note_versions where status = 'draft'`);
    },

    publish(author, options = {}) {
      return db.transaction(async (tx): Promise<PublishResult> => {
        await tx.query(`select ${LOCK}`);
        const draft = await draftIn(tx, true);
        if (!draft) return { ok: false, reason: 'no-draft' };
        if (options.revision !== undefined && options.revision !== draft.revision)
          return { ok: false, reason: 'draft-changed' };
        await tx.query(`delete from note_versions where status = 'draft'`);
        const version = await insertPublished(tx, draft.organisation, author, {
          origin: 'composer',
          changeNote: options.changeNote,
        });
        return { ok: true, version };
      });
    },

    restore(number, author, changeNote) {
      return db.transaction(async (tx): Promise<PublishResult> => {
        await tx.query(`select ${LOCK}`);
        const old = (await published(tx, 'number = $1', [number]))[0];
        if (!old) return { ok: false, reason: 'not-found' };
        const version = await insertPublished(tx, old.organisation, author, {
          origin: 'rollback',
          restoredFrom: number,
          changeNote: changeNote ?? `Terug naar versie ${number}.`,
        });
        return { ok: true, version };
      });
    },

    importFile(organisation, fileHash, author) {
      return db.transaction(async (tx) => {
        await tx.query(`select ${LOCK}`);
        const last = await tx.query<{ file_hash: string | null }>(
          `select file_hash from note_versions where status = 'published' and origin = 'file'
            order by number desc limit 1`,
        );
        if (last.rows[0]?.file_hash === fileHash) return undefined;
        return insertPublished(tx, organisation, author, { origin: 'file', fileHash });
      });
    },
  };
}

// PGlite returns jsonb parsed; pg too. A string (a driver configured otherwise) is parsed here.
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

function toVersion(r: VersionRow): StoredVersion {
  return {
    number: r.number,
    organisation: json(r.organisation),
    origin: r.origin,
    ...(r.restored_from !== null ? { restoredFrom: r.restored_from } : {}),
    ...(r.change_note ? { changeNote: r.change_note } : {}),
    changes: json(r.changes),
    createdBy: r.created_by,
    createdAt: new Date(r.created_at),
  };
}

function toDraft(r: DraftRow): StoredDraft {
  return {
    organisation: json(r.organisation),
    basedOn: r.based_on,
    revision: r.revision,
    updatedBy: r.updated_by,
    updatedAt: new Date(r.updated_at),
  };
}
