// The outbox: every Teams post of the press desk is a row written in the same transaction as the
// state change it reports. Workers (one per bot instance) claim due rows with FOR UPDATE SKIP
// LOCKED and a lease, so two instances never send the same row at once, and a row whose worker
// died is picked up again when its lease runs out. Failures are retried with exponential backoff,
// without end: nothing is dropped.
import type { Queryable, Storage } from '../storage';

export type OutboxKind = 'desk.post' | 'desk.update' | 'desk.reminder' | 'requester.message';

export interface OutboxRow {
  id: number;
  dedupeKey: string;
  kind: OutboxKind;
  requestId: number | null;
  payload: Record<string, unknown>;
  attempts: number;
}

/** Adds a row unless one with the same key exists (the same event is announced once). */
export async function enqueue(
  tx: Queryable,
  row: { dedupeKey: string; kind: OutboxKind; requestId?: number; payload?: Record<string, unknown> },
): Promise<void> {
  await tx.query(
    `insert into press_outbox (dedupe_key, kind, request_id, payload) values ($1, $2, $3, $4)
     on conflict (dedupe_key) do nothing`,
    [row.dedupeKey, row.kind, row.requestId ?? null, JSON.stringify(row.payload ?? {})],
  );
}

interface RawRow {
  id: number | string;
  dedupe_key: string;
  kind: OutboxKind;
  request_id: number | string | null;
  payload: Record<string, unknown> | string;
  attempts: number;
}

/** Outbox rows that post a new message (not idempotent: a repeat is a second copy in Teams). */
export const POST_KINDS: readonly OutboxKind[] = ['desk.post', 'desk.reminder'];

/**
 * Claims up to `limit` due rows for `leaseMs`; the attempt is counted at claim time. `posts`:
 * only rows that post a new card (true), only the others (false), or any (undefined).
 */
export async function claimDue(
  storage: Storage,
  limit: number,
  leaseMs: number,
  posts?: boolean,
): Promise<OutboxRow[]> {
  const kinds = posts === undefined ? '' : `and ${posts ? '' : 'not '}(kind = any($3::text[]))`;
  const { rows } = await storage.query<RawRow>(
    `update press_outbox o
        set claimed_until = now() + ($2::int * interval '1 millisecond'), attempts = o.attempts + 1
      where o.id in (
        select id from press_outbox
         where status = 'pending' and next_attempt_at <= now()
           and (claimed_until is null or claimed_until < now()) ${kinds}
         order by next_attempt_at, id
         limit $1
         for update skip locked)
      returning o.id, o.dedupe_key, o.kind, o.request_id, o.payload, o.attempts`,
    posts === undefined ? [limit, leaseMs] : [limit, leaseMs, POST_KINDS],
  );
  return rows
    .map((r) => ({
      id: Number(r.id),
      dedupeKey: r.dedupe_key,
      kind: r.kind,
      requestId: r.request_id === null ? null : Number(r.request_id),
      payload: typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload,
      attempts: r.attempts,
    }))
    .sort((a, b) => a.id - b.id);
}

export async function markSent(
  db: Queryable,
  id: number,
  result: Record<string, unknown> = {},
): Promise<void> {
  await db.query(
    `update press_outbox set status = 'sent', sent_at = now(), claimed_until = null, last_error = null, result = $2
      where id = $1`,
    [id, JSON.stringify(result)],
  );
}

/**
 * Gives the row back for a later attempt after `delayMs`. Only the claim that made `attempt` may:
 * a worker that timed out long ago does not reschedule a row another worker has claimed since.
 */
export async function markFailed(
  db: Queryable,
  id: number,
  error: string,
  delayMs: number,
  attempt: number,
): Promise<void> {
  await db.query(
    `update press_outbox
        set claimed_until = null, last_error = $2,
            next_attempt_at = now() + ($3::int * interval '1 millisecond')
      where id = $1 and attempts = $4 and status = 'pending'`,
    [id, error.slice(0, 2000), Math.round(delayMs), attempt],
  );
}

/**
 * Puts back a row without counting the attempt (e.g. no press desk channel yet). A row that waits
 * for the desk is due at once if a desk exists by the time it is put back: `persdesk instellen`
 * wakes only unclaimed rows, so a row the worker held while the desk was being set up would
 * otherwise wait a whole retry interval.
 */
export async function postpone(
  db: Queryable,
  id: number,
  delayMs: number,
  reason: string,
  untilDeskExists = false,
): Promise<void> {
  await db.query(
    `update press_outbox
        set claimed_until = null, attempts = greatest(attempts - 1, 0), last_error = $2,
            next_attempt_at = case
              when $4 and exists (select 1 from press_desk_channel) then now()
              else now() + ($3::int * interval '1 millisecond')
            end
      where id = $1`,
    [id, reason, Math.round(delayMs), untilDeskExists],
  );
}

/** Makes waiting rows due now (after the press desk channel was set up). */
export async function wakeWaiting(db: Queryable): Promise<void> {
  await db.query(
    `update press_outbox set next_attempt_at = now() where status = 'pending' and claimed_until is null`,
  );
}

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/** Exponential backoff with jitter: base · 2^(attempt-1), at most max, ±20 %. */
export function backoffDelay(
  attempts: number,
  { baseMs, maxMs }: BackoffOptions,
  random = Math.random,
): number {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(raw * (0.8 + 0.4 * random()));
}
