// Reminders: a request without an owner whose deadline is near (or past) is posted to the desk
// again, once. Every instance runs this; FOR UPDATE SKIP LOCKED makes each request's reminder
// claimed by exactly one of them, in the same transaction as its outbox row and audit entry.
import type { Storage } from '../storage';
import { enqueue } from './outbox';

export const BOT_ACTOR = { id: 'afspraak', name: 'Afspraak' } as const;

/** Claims due reminders and queues them; resolves with the ids reminded. */
export async function queueDueReminders(storage: Storage, beforeMs: number, limit = 20): Promise<number[]> {
  return storage.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number | string }>(
      `select id from press_requests
        where status = 'open' and owner_id is null and reminded_at is null and deadline is not null
          and deadline <= now() + ($1::int * interval '1 millisecond')
        order by deadline
        limit $2
        for update skip locked`,
      [Math.round(beforeMs), limit],
    );
    const ids = rows.map((r) => Number(r.id));
    for (const id of ids) {
      await tx.query('update press_requests set reminded_at = now() where id = $1', [id]);
      await tx.query(
        `insert into press_audit (request_id, actor_id, actor_name, action, detail) values ($1, $2, $3, 'herinnering', '{}')`,
        [id, BOT_ACTOR.id, BOT_ACTOR.name],
      );
      await enqueue(tx, { dedupeKey: `desk.reminder:${id}`, kind: 'desk.reminder', requestId: id });
    }
    return ids;
  });
}

/**
 * The reminders the communication service set per request that are due: read from the database
 * on every round, so a reminder set before a restart still goes out after it. Each is claimed by
 * one instance and posted once to the desk (naming the owner, when someone has the request).
 */
export async function queueDueOwnReminders(storage: Storage, limit = 20): Promise<number[]> {
  return storage.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number | string; remind_at: Date | string }>(
      `select id, remind_at from press_requests
        where remind_at is not null and remind_sent_at is null and remind_at <= now()
          and status in ('open', 'genomen')
        order by remind_at
        limit $1
        for update skip locked`,
      [limit],
    );
    for (const row of rows) {
      const id = Number(row.id);
      const at = new Date(row.remind_at).toISOString();
      await tx.query('update press_requests set remind_sent_at = now() where id = $1', [id]);
      await tx.query(
        `insert into press_audit (request_id, actor_id, actor_name, action, detail) values ($1, $2, $3, 'herinnering', $4)`,
        [id, BOT_ACTOR.id, BOT_ACTOR.name, JSON.stringify({ at })],
      );
      await enqueue(tx, {
        dedupeKey: `desk.reminder:${id}:own:${at}`,
        kind: 'desk.reminder',
        requestId: id,
        payload: { own: true },
      });
    }
    return rows.map((r) => Number(r.id));
  });
}
