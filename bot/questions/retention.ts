// Keeps the Vragen page's material no longer than RETENTION_DAYS: every six hours (and once at
// start) questions and feedback older than that are deleted. On several instances each runs it;
// a delete is idempotent.
import type { Logger } from '../log';
import { RETENTION_DAYS, type QuestionLog } from './question-log';

export const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;

export function createRetention(log: QuestionLog, logger: Logger, days = RETENTION_DAYS) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= log
      .deleteOlderThan(days)
      .then((n) => {
        if (n) logger.info(`retention: deleted ${n} questions and ratings older than ${days} days`);
      })
      .catch((err: unknown) => logger.warn(`retention: delete failed: ${(err as Error).message}`))
      .finally(() => (running = undefined));
    return running;
  };
  return {
    run,
    start() {
      void run();
      timer = setInterval(() => void run(), RETENTION_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
