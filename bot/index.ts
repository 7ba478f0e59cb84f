// `npm start`: read the configuration, start the server, stop cleanly on SIGINT/SIGTERM.
// A configuration or organisation file error ends the process with the variable or line named.
import { useBuiltExampleCorpus } from '../build/example-corpus-store';
import { useBuiltTerms } from '../build/stored-terms';
import { ConfigError, loadConfig } from './config';
import { consoleLogger } from './log';
import { createServer } from './server';

async function main(): Promise<void> {
  const log = consoleLogger();
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      log.error(`Configuration error: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }

  // The build analysed the example questions and agreement texts and indexed the shipped
  // organisations' examples already: start without doing it again.
  useBuiltTerms();
  useBuiltExampleCorpus();
  const running = await createServer(config, { log });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  // An invalid organisation file lists every problem (file:line: field: message), not only the first.
  const lines = (err as { lines?: unknown }).lines;
  const detail =
    Array.isArray(lines) && lines.length
      ? lines.join('\n')
      : err instanceof Error
        ? err.message
        : String(err);
  console.error(`[afspraak] could not start:\n${detail}`);
  process.exit(1);
});
