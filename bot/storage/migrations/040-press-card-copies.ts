import type { Migration } from './types';

// Issue 17. Every copy of a request's desk card that reached Teams, and the intent to post one:
// a row is written before the card is sent (activity_id null) and gets the id right after, so a
// crash between the two leaves a post "in doubt" that recovery can see, and every copy whose id is
// known is updated (not only the last). Also the communication service's own reminder per request.
export const migration: Migration = {
  id: 40,
  name: 'press-card-copies',
  sql: `
    create table press_card_posts (
      id bigserial primary key,
      request_id bigint not null references press_requests (id),
      outbox_id bigint references press_outbox (id),
      conversation_id text,
      -- null while in doubt: the send started and its answer was never recorded
      activity_id text,
      intent_at timestamptz not null default now(),
      posted_at timestamptz
    );
    create index press_card_posts_request on press_card_posts (request_id);
    create index press_card_posts_outbox on press_card_posts (outbox_id);
    create unique index press_card_posts_activity on press_card_posts (conversation_id, activity_id)
      where activity_id is not null;
    insert into press_card_posts (request_id, conversation_id, activity_id, posted_at)
      select id, card_conversation_id, card_activity_id, updated_at
        from press_requests where card_activity_id is not null;

    alter table press_requests
      add column remind_at timestamptz,
      add column remind_note text,
      add column remind_set_by text,
      add column remind_sent_at timestamptz;
    create index press_requests_remind_due on press_requests (remind_at)
      where remind_at is not null and remind_sent_at is null;
  `,
};
