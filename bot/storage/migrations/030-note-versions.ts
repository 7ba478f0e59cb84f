import type { Migration } from './types';

// The organisation's afsprakennota as versions (bot/note/): every published version stays, with who
// published it, when and what changed; the highest published number is the note every door
// follows. One draft at a time (number null), shared by the communication service; `revision`
// counts its saves so two editors cannot silently overwrite each other. A version imported from
// ORG_FILE keeps the file's hash, so a changed file is imported once as a new version.
export const migration: Migration = {
  id: 30,
  name: 'note-versions',
  sql: `
    create table note_versions (
      id bigserial primary key,
      number integer unique,
      status text not null check (status in ('draft', 'published')),
      organisation jsonb not null,
      based_on integer,
      revision integer not null default 1,
      origin text not null check (origin in ('file', 'composer', 'rollback')),
      restored_from integer,
      change_note text,
      changes jsonb not null default '[]'::jsonb,
      file_hash text,
      created_by text not null,
      created_by_id text,
      created_at timestamptz not null default now(),
      updated_by text,
      updated_at timestamptz not null default now(),
      check ((status = 'draft') = (number is null))
    );
    create unique index note_versions_one_draft on note_versions (status) where status = 'draft';
  `,
};
