import type { Migration } from './types';

// Answers rated in Teams (helpful / not helpful), kept with the question so the communication
// service can review which questions the agreements answer badly. A channel that redelivers the
// same click (same activity id) records it once.
export const migration: Migration = {
  id: 1,
  name: 'feedback',
  sql: `
    create table feedback (
      id bigserial primary key,
      question text not null,
      agreement integer,
      helpful boolean not null,
      user_id text not null,
      user_name text,
      conversation_id text not null,
      activity_id text not null,
      tenant_id text,
      created_at timestamptz not null default now(),
      unique (conversation_id, activity_id)
    );
    create index feedback_created_at on feedback (created_at);
    create index feedback_agreement on feedback (agreement);
  `,
};
