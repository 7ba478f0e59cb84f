// The one Teams channel that is the press desk, set with `persdesk instellen`.
import type { Queryable } from '../storage';

export interface DeskChannel {
  reference: Record<string, unknown>;
  channelName: string | null;
  setById: string;
  setByName: string | null;
  setAt: Date;
}

export async function getDeskChannel(db: Queryable): Promise<DeskChannel | undefined> {
  const { rows } = await db.query<{
    reference: Record<string, unknown> | string;
    channel_name: string | null;
    set_by_id: string;
    set_by_name: string | null;
    set_at: Date;
  }>('select reference, channel_name, set_by_id, set_by_name, set_at from press_desk_channel where id = 1');
  const r = rows[0];
  if (!r) return undefined;
  return {
    reference: typeof r.reference === 'string' ? JSON.parse(r.reference) : r.reference,
    channelName: r.channel_name,
    setById: r.set_by_id,
    setByName: r.set_by_name,
    setAt: new Date(r.set_at),
  };
}

export async function setDeskChannel(
  db: Queryable,
  desk: { reference: Record<string, unknown>; channelName?: string; setById: string; setByName?: string },
): Promise<void> {
  await db.query(
    `insert into press_desk_channel (id, reference, channel_name, set_by_id, set_by_name, set_at)
     values (1, $1, $2, $3, $4, now())
     on conflict (id) do update set reference = excluded.reference, channel_name = excluded.channel_name,
       set_by_id = excluded.set_by_id, set_by_name = excluded.set_by_name, set_at = now()`,
    [JSON.stringify(desk.reference), desk.channelName ?? null, desk.setById, desk.setByName ?? null],
  );
}

/**
 * After the desk is set up in a channel: every request still open (new or taken) that has no card
 * there yet is queued to be posted in it, showing its current state and checklist. Closed and
 * handed-back requests stay where they were; a request whose first post is still waiting is
 * posted by that post.
 */
export async function queueOpenRequestsFor(db: Queryable, conversationId: string): Promise<number> {
  const { rowCount } = await db.query(
    `insert into press_outbox (dedupe_key, kind, request_id)
     select 'desk.post:' || r.id || ':channel:' || $1, 'desk.post', r.id
       from press_requests r
      where r.status in ('open', 'genomen')
        and not exists (select 1 from press_card_posts c where c.request_id = r.id and c.conversation_id = $1)
        and not exists (select 1 from press_outbox o
                         where o.request_id = r.id and o.kind = 'desk.post' and o.status = 'pending')
      order by r.deadline asc nulls last, r.id
     on conflict (dedupe_key) do nothing`,
    [conversationId],
  );
  return rowCount;
}
