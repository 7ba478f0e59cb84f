// The outbox worker of one bot instance: claims due rows, delivers them with a time limit, and
// gives failed rows back with exponential backoff. Started with the bot, stopped (after the
// deliveries in flight) on shutdown; after a restart it simply carries on with what is pending.
import type { Logger } from '../log';
import type { Storage } from '../storage';
import type { DeliveryOutcome } from './delivery';
import { backoffDelay, claimDue, markFailed, postpone, type BackoffOptions, type OutboxRow } from './outbox';

export interface WorkerOptions {
  /** How often to look for due rows when nothing woke the worker (ms). */
  pollMs: number;
  /** Deliveries in flight at once; a slow or failing one does not hold up the others. */
  batchSize: number;
  /**
   * New cards posted at once (of those deliveries). A post is the one send that is not idempotent:
   * a crash after Teams took it and before its id is stored leaves it in doubt, and a repeat is a
   * second card. One at a time leaves at most one post in doubt per crash (Teams paces a bot's
   * posts into one channel anyway).
   */
  postConcurrency: number;
  /** How long a claim holds; must exceed timeoutMs so a slow send is not claimed twice. */
  leaseMs: number;
  /** A send that takes longer counts as failed and is retried. */
  timeoutMs: number;
  backoff: BackoffOptions;
}

export const DEFAULT_WORKER_OPTIONS: WorkerOptions = {
  pollMs: 1000,
  batchSize: 25,
  postConcurrency: 1,
  leaseMs: 60_000,
  timeoutMs: 15_000,
  backoff: { baseMs: 1000, maxMs: 10 * 60_000 },
};

export interface OutboxWorker {
  start(): void;
  stop(): Promise<void>;
  /** Look now rather than at the next poll (after a commit that queued something). */
  kick(): void;
  /** Runs one claim-and-deliver round; resolves with the number of rows handled (tests). */
  runOnce(): Promise<number>;
}

class Timeout extends Error {}

/** Runs fn with a time limit; on timeout the signal aborts the send (and the SDK's own retries). */
function withTimeout<T>(fn: (signal: AbortSignal) => Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    fn(controller.signal),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new Timeout(`no answer from Teams within ${ms} ms`));
      }, ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export function createOutboxWorker(
  storage: Storage,
  deliver: (row: OutboxRow, signal?: AbortSignal) => Promise<DeliveryOutcome>,
  log: Logger,
  options: Partial<WorkerOptions> = {},
): OutboxWorker {
  const o = { ...DEFAULT_WORKER_OPTIONS, ...options };
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let kicked = false;

  const handle = async (row: OutboxRow) => {
    try {
      const outcome = await withTimeout((signal) => deliver(row, signal), o.timeoutMs);
      if (!outcome.done)
        await postpone(storage, row.id, outcome.postponeMs, outcome.reason, outcome.waitsForDesk);
    } catch (err) {
      const delay = backoffDelay(row.attempts, o.backoff);
      const message = err instanceof Error ? err.message : String(err);
      log.warn(
        `press desk: ${row.kind} ${row.dedupeKey} failed (attempt ${row.attempts}), retry in ${delay} ms: ${message}`,
      );
      await markFailed(storage, row.id, message, delay, row.attempts).catch((e) =>
        log.error('press desk: could not reschedule', e),
      );
    }
  };

  const runOnce = async () => {
    const others = await claimDue(storage, o.batchSize, o.leaseMs, false);
    const othersDone = Promise.all(others.map(handle));
    // Posts one after another, as the running worker does.
    let posts = 0;
    while (posts < o.batchSize) {
      const [row] = await claimDue(storage, 1, o.leaseMs, true);
      if (!row) break;
      await handle(row);
      posts++;
    }
    await othersDone;
    return others.length + posts;
  };

  const nudge = () => {
    if (wake) wake();
    else kicked = true;
  };

  // A pipeline rather than rounds: as soon as one delivery ends, the next due row is claimed.
  let inFlight = 0;
  const inFlightDone = new Set<Promise<void>>();

  const sleep = () =>
    new Promise<void>((resolve) => {
      if (kicked) {
        kicked = false;
        resolve();
        return;
      }
      const timer = setTimeout(done, o.pollMs);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  let postsInFlight = 0;
  const fill = async (): Promise<number> => {
    let free = o.batchSize - inFlight;
    if (free <= 0) return 0;
    const rows: OutboxRow[] = [];
    const postSlots = Math.min(free, o.postConcurrency - postsInFlight);
    if (postSlots > 0) rows.push(...(await claimDue(storage, postSlots, o.leaseMs, true)));
    const posts = new Set(rows);
    free -= rows.length;
    if (free > 0) rows.push(...(await claimDue(storage, free, o.leaseMs, false)));
    for (const row of rows) {
      const isPost = posts.has(row);
      inFlight++;
      if (isPost) postsInFlight++;
      const p: Promise<void> = handle(row).finally(() => {
        inFlight--;
        if (isPost) postsInFlight--;
        inFlightDone.delete(p);
        nudge();
      });
      inFlightDone.add(p);
    }
    return rows.length;
  };

  return {
    start() {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let claimed = 0;
          try {
            claimed = await fill();
          } catch (err) {
            log.error('press desk: outbox round failed', err);
          }
          // Full, or nothing due: wait for a delivery to end, a kick, or the next poll.
          if (running && (claimed === 0 || inFlight >= o.batchSize)) await sleep();
        }
        await Promise.all(inFlightDone);
      })();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      loop = undefined;
    },
    kick: nudge,
    runOnce,
  };
}
