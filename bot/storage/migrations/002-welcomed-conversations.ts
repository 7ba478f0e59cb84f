import type { Migration } from './types';

// Teams announces an install twice (conversationUpdate and installationUpdate): the welcome is
// sent once per conversation, and again after the app was removed and installed anew.
export const migration: Migration = {
  id: 2,
  name: 'welcomed-conversations',
  sql: `
    create table welcomed_conversations (
      conversation_id text primary key,
      welcomed_at timestamptz not null default now()
    );
  `,
};
