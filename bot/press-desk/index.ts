// The press desk (issue 5): triage in chat, the hand-over form, the desk channel with its cards,
// and the outbox worker and reminder scheduler that run beside the bot. bot/server.ts wires it:
//   const desk = createPressDesk({ storage, teams, config, org, log });
//   routes: desk.messageRoutes before the ask route, desk.actionRoutes; services: desk
import type { EffectiveOrganisation } from '../../shared/organisation';
import { silentLogger, type Logger } from '../log';
import type { Storage } from '../storage';
import type { TeamsPort } from '../teams/port';
import type { ActionRoute, MessageRoute } from '../teams/routes';
import { createDelivery } from './delivery';
import { createMembership } from './members';
import { queueDueOwnReminders, queueDueReminders } from './reminders';
import { createPressRoutes } from './routes';
import { createPressStore, type PressStore } from './store';
import { createOutboxWorker, type OutboxWorker, type WorkerOptions } from './worker';

export interface PressDeskOptions {
  worker?: Partial<WorkerOptions>;
  /** Remind when the deadline is this close and nobody took the request (default 2 hours). */
  reminderBeforeMs?: number;
  /** How often to look for due reminders (default 1 minute). */
  reminderPollMs?: number;
}

export interface PressDeskDeps {
  storage: Storage;
  /** Proactive posts into Teams (a recording sender in tests and the bench). */
  teams: TeamsPort;
  config: { pressDeskMembers: readonly string[]; pressDeskEveryone?: boolean };
  /** The note in force (a getter follows every published version). */
  org: EffectiveOrganisation | (() => EffectiveOrganisation);
  log?: Logger;
  options?: PressDeskOptions;
}

export interface PressDesk {
  messageRoutes: MessageRoute[];
  actionRoutes: ActionRoute[];
  /** The rules of a request's life, shared with the Persdesk tab. */
  store: PressStore;
  worker: OutboxWorker;
  start(): void;
  stop(): Promise<void>;
}

export function createPressDesk(deps: PressDeskDeps): PressDesk {
  const log = deps.log ?? silentLogger;
  const options = deps.options ?? {};
  const membership = createMembership(
    deps.config.pressDeskMembers,
    deps.org,
    undefined,
    deps.config.pressDeskEveryone === true,
  );
  const worker = createOutboxWorker(
    deps.storage,
    createDelivery(deps.storage, deps.teams),
    log,
    options.worker,
  );
  // Every change that queued a post wakes the worker, from the cards and the Persdesk tab alike.
  const store = createPressStore(deps.storage, membership, { onQueued: () => worker.kick() });
  const routes = createPressRoutes({
    storage: deps.storage,
    store,
    membership,
    org: deps.org,
    log,
    kick: () => worker.kick(),
  });

  const reminderBeforeMs = options.reminderBeforeMs ?? 2 * 3600_000;
  const reminderPollMs = options.reminderPollMs ?? 60_000;
  let reminderTimer: NodeJS.Timeout | undefined;
  let reminderRun: Promise<void> | undefined;
  const remind = () => {
    reminderRun = Promise.all([
      queueDueReminders(deps.storage, reminderBeforeMs),
      queueDueOwnReminders(deps.storage),
    ])
      .then(([near, own]) => {
        if (near.length || own.length) worker.kick();
      })
      .catch((err) => log.error('press desk: reminder round failed', err));
  };

  return {
    ...routes,
    store,
    worker,
    start() {
      worker.start();
      if (!reminderTimer) {
        remind();
        reminderTimer = setInterval(remind, reminderPollMs);
      }
    },
    async stop() {
      if (reminderTimer) clearInterval(reminderTimer);
      reminderTimer = undefined;
      await reminderRun;
      await worker.stop();
    },
  };
}

export type { PressStore } from './store';
