import type { Migration } from './types';

// Questions the bot refused or answered unsure, for the communication service's Vragen page. No
// asker: only the question, why it is here, what the bot proposed and when. Rows older than the
// retention period (bot/questions/retention.ts) are deleted.
export const migration: Migration = {
  id: 31,
  name: 'question-log',
  sql: `
    create table question_log (
      id bigserial primary key,
      question text not null,
      reason text not null check (reason in ('refused', 'unsure')),
      agreement integer,
      confidence real,
      note_version integer,
      created_at timestamptz not null default now()
    );
    create index question_log_created_at on question_log (created_at);
  `,
};
