// Every copy of a request's desk card in Teams. A post is recorded in two steps around the send:
// the intent before (no activity id yet), the id Teams gave it right after. A crash between the
// two leaves the intent without an id: that post is "in doubt" (Teams may or may not show it).
// Updates go to every copy whose id is known; a copy nobody recorded (the crash's window) makes
// itself known when a member views it (the card's refresh carries the message id) and is then
// updated like the others.
import type { Queryable } from '../storage';

export interface CardCopy {
  conversationId: string | null;
  activityId: string;
}

/** Before sending: the intent, so a crash during the send is visible afterwards. */
export async function recordIntent(
  db: Queryable,
  post: { requestId: number; outboxId: number; conversationId: string | null },
): Promise<number> {
  const { rows } = await db.query<{ id: number | string }>(
    `insert into press_card_posts (request_id, outbox_id, conversation_id) values ($1, $2, $3) returning id`,
    [post.requestId, post.outboxId, post.conversationId],
  );
  return Number(rows[0].id);
}

/** Right after the send, in one statement: the id Teams gave the copy. */
export async function recordPosted(
  db: Queryable,
  intentId: number,
  activityId: string | null,
): Promise<void> {
  await db.query(`update press_card_posts set activity_id = $2, posted_at = now() where id = $1`, [
    intentId,
    activityId,
  ]);
}

/** A send that Teams refused: nothing was posted, nothing is in doubt. */
export async function forgetIntent(db: Queryable, intentId: number): Promise<void> {
  await db.query(`delete from press_card_posts where id = $1 and posted_at is null`, [intentId]);
}

/** Earlier sends of this outbox row that started and never recorded an answer. */
export async function postsInDoubt(db: Queryable, outboxId: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from press_card_posts where outbox_id = $1 and posted_at is null`,
    [outboxId],
  );
  return rows[0].n;
}

/** Every copy of the request's card whose id is known, oldest first. */
export async function knownCopies(db: Queryable, requestId: number): Promise<CardCopy[]> {
  const { rows } = await db.query<{ conversation_id: string | null; activity_id: string }>(
    `select conversation_id, activity_id from press_card_posts
      where request_id = $1 and activity_id is not null order by id`,
    [requestId],
  );
  return rows.map((r) => ({ conversationId: r.conversation_id, activityId: r.activity_id }));
}

/**
 * A copy seen from Teams (a member's client refreshed it or clicked on it). Resolves true when it
 * was not known yet: an in-doubt post that did reach Teams, or a copy from before copies were kept.
 */
export async function learnCopy(
  db: Queryable,
  requestId: number,
  copy: { conversationId: string; activityId: string },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `insert into press_card_posts (request_id, conversation_id, activity_id, posted_at)
     select $1, $2, $3, now()
      where exists (select 1 from press_requests where id = $1)
        and not exists (select 1 from press_card_posts where conversation_id = $2 and activity_id = $3)
     on conflict do nothing`,
    [requestId, copy.conversationId, copy.activityId],
  );
  return rowCount > 0;
}
