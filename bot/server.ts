// Composition root: configuration → organisation file → adapter → HTTP server → storage → the note
// in force → bot and routes.
// Nothing else lives here. The HTTP server listens first so /healthz can say 503 while the
// storage opens (PGlite's first start takes seconds); /api/messages answers 503 until then too.
import type { Server as HttpsServer } from 'node:https';
import { isIPv6, type AddressInfo } from 'node:net';
import restify from 'restify';
import { createHash } from 'node:crypto';
import { ask, prepareAsk } from '../shared/ask';
import type { EffectiveOrganisation } from '../shared/organisation';
import { describeConfig, type BotConfig } from './config';
import { consoleLogger, type Logger } from './log';
import { createPressDesk } from './press-desk';
import { openStorage, type Storage } from './storage';
import { createBot, type AfspraakBot, type AskFn } from './teams';
import type { AuthenticationOverrides } from './teams/authentication';
import { createTeamsEndpoint } from './teams/endpoint';
import type { TeamsPort } from './teams/port';
import { pressRequestRoutesFor, registerPressRequestRoutes } from './api/press-requests';
import { officeJsUrlFor, registerWebRoutes, tokenValidatorFor } from './web';
import { BODY_LIMITS } from './web/request-guard';
import { securityFilter } from './web/security';
import { organisationFromNote } from './web/organisation-source';
import { createNoteAccess } from './note/access';
import { openNoteSource, type NoteSource } from './note/note-source';
import { fileWatcher, readSeed, type OrganisationSeed } from './note/organisation-file';
import { registerNoteRoutes } from './note/routes';
import { createQuestionLog, type QuestionLog } from './questions/question-log';
import { recordingAsk } from './questions/record-ask';
import { createRetention } from './questions/retention';
import { registerQuestionRoutes } from './questions/routes';
import { listenHttps, officeDevCertificates } from './web/https';
import { validateActivityBody } from './teams/activity-body';
import { refuseServiceUrl } from './teams/service-url-guard';
import type { ActionRoute, MessageRoute } from './teams/routes';

/** What every part of the bot is built from; the press desk and the web routes receive it too. */
export interface BotDeps {
  config: BotConfig;
  storage: Storage;
  /** The note in force; replaced when a new version is published (see `note`). */
  organisation: EffectiveOrganisation;
  /** For proactive messages (the press desk's outbox): send, send personal, update. */
  teams: TeamsPort;
  /** The one organisation source: published versions in the database, followed live. */
  note: NoteSource;
  log: Logger;
}

/** A part that runs beside the bot (the press desk's outbox and reminders). */
export interface BackgroundService {
  start(): void;
  stop(): Promise<void>;
}

export interface ServerOptions {
  log?: Logger;
  /** An open storage to use (tests); createServer then leaves closing it to the caller. */
  storage?: Storage;
  /** The organisation to seed the note with instead of reading ORG_FILE (tests). */
  organisation?: EffectiveOrganisation;
  /** How often the note's version number is polled (default 2000 ms; NOTIFY is faster). */
  notePollMs?: number;
  /** The question answerer; default shared/ask. */
  ask?: AskFn;
  /** Other Bot Framework endpoints or credentials (a sovereign cloud, a test key server). */
  authentication?: AuthenticationOverrides;
  /** Called once the HTTP port is open, before storage is ready (health checks, tests). Awaited. */
  onListening?: (port: number) => void | Promise<void>;
}

export interface RunningServer {
  server: restify.Server;
  httpsServer?: HttpsServer;
  /** The port actually listened on (config.port may be 0). */
  port: number;
  httpsPort?: number;
  /** http://<HOST>:<port> (127.0.0.1 when listening on all interfaces) */
  url: string;
  deps: BotDeps;
  close(): Promise<void>;
}

export async function createServer(config: BotConfig, options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? consoleLogger();
  if (config.mode === 'local') log.warn(describeConfig(config));
  else log.info(describeConfig(config));

  // An invalid organisation file stops the start with file, line and field, before we listen. The
  // file seeds version 1 of the note; after that it is imported only when it changed.
  const seed: OrganisationSeed = options.organisation
    ? seedOf(options.organisation)
    : readSeed(config.orgFile);
  let note: NoteSource | undefined;

  const endpoint = createTeamsEndpoint({ config, authentication: options.authentication, log });

  let bot: AfspraakBot | undefined;
  let storage: Storage | undefined;

  const server = restify.createServer({ name: 'afspraak' });
  // Before routing and body parsing: security headers on every answer; foreign hosts, cross-site
  // requests and state-changing calls that are not JSON are refused here.
  server.pre(
    securityFilter({ config, officeJsUrl: officeJsUrlFor(config.mode), log: (line) => log.warn(line) }),
  );
  server.use(restify.plugins.bodyParser({ maxBodySize: BODY_LIMITS.apiBytes, mapParams: false }));

  // A load balancer asks this: ready means started and the database answering now.
  server.get('/healthz', async (_req, res) => {
    if (!bot || !storage) {
      res.json(503, { status: 'starting', storage: storage?.kind ?? null });
      return;
    }
    const reachable = await pingStorage(storage);
    res.json(reachable ? 200 : 503, {
      status: reachable ? 'ok' : 'storage-unavailable',
      storage: storage.kind,
    });
  });

  server.post('/api/messages', async (req, res) => {
    if (!bot) {
      res.header('Retry-After', '2');
      res.json(503, { error: 'starting' });
      return;
    }
    const problem = validateActivityBody(req.body);
    if (problem) {
      res.json(400, { error: problem });
      return;
    }
    const refused = refuseServiceUrl(config, (req.body as { serviceUrl: string }).serviceUrl);
    if (refused) {
      log.warn(`refused an activity: ${refused.error}`);
      res.json(400, refused);
      return;
    }
    try {
      await endpoint.process(req, res, bot);
    } catch (err) {
      // process() answers auth failures itself (401); what escapes is a bug or a bad body.
      log.error('POST /api/messages failed', err);
      if (!res.headersSent) res.json(500, { error: 'internal error' });
    }
  });

  // The task pane (/taskpane/), the Teams tab (/tab/) and the API they call (/api/organisation),
  // all from the note in force; the note's own API for the composer (/api/note/…).
  const validateToken = config.mode === 'production' ? tokenValidatorFor(config) : undefined;
  registerWebRoutes(server, {
    config,
    organisation: organisationFromNote(() => note?.current()),
    validateToken,
    log: (line) => log.info(line),
  });
  const noteAccess = createNoteAccess({
    mode: config.mode,
    validateToken,
    members: config.pressDeskMembers,
    organisation: () => note!.current().effective,
  });
  let questions: QuestionLog | undefined;
  registerNoteRoutes(server, { source: () => note, access: noteAccess, log: (line) => log.info(line) });
  registerQuestionRoutes(server, {
    source: () => note,
    questions: () => questions,
    access: noteAccess,
    log: (line) => log.info(line),
  });

  await listen(server, config.port, config.host);
  await options.onListening?.((server.address() as AddressInfo).port);
  // HTTPS (Word sideloading) feeds the same restify server: one route table for both.
  let httpsServer: HttpsServer | undefined;
  const closeHttp = async () => {
    if (httpsServer) await new Promise<void>((resolve) => httpsServer!.close(() => resolve()));
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  if (config.httpsPort !== undefined) {
    try {
      httpsServer = await listenHttps(server, config.httpsPort, await officeDevCertificates(), config.host);
    } catch (err) {
      await closeHttp();
      throw new Error(`HTTPS_PORT ${config.httpsPort}: could not serve HTTPS: ${(err as Error).message}`, {
        cause: err,
      });
    }
  }

  const services: BackgroundService[] = [];
  const closeAll = async () => {
    for (const s of services) await s.stop();
    await closeHttp();
    await note?.close();
    if (storage && !options.storage) await storage.close();
  };

  try {
    storage =
      options.storage ?? (await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
    note = await openNoteSource({
      storage,
      seed,
      ...(options.organisation
        ? {}
        : {
            watchFile: fileWatcher(config.orgFile, (lines) =>
              log.error(`ORG_FILE changed but invalid, not imported:\n${lines.join('\n')}`),
            ),
          }),
      prepare: prepareAsk,
      pollMs: options.notePollMs,
      log,
    });
    const organisation = note.current().effective;
    questions = createQuestionLog(storage);
    services.push(createRetention(questions, log));
    // Questions refused or answered unsure go to the Vragen page (without the asker).
    const currentNote = note;
    const answer = recordingAsk(options.ask ?? ask, questions, () => currentNote.current().number, log);
    const deps: BotDeps = {
      config,
      storage,
      organisation,
      teams: endpoint.port,
      note,
      log,
    };

    // Extension point: the press desk's routes go before the default ask route.
    const pressDesk = createPressDesk({
      storage,
      teams: deps.teams,
      config,
      org: () => deps.organisation,
      log,
    });
    services.push(pressDesk);
    registerPressRequestRoutes(
      server,
      pressRequestRoutesFor(
        config,
        () => deps.organisation,
        () => pressDesk.store,
        (line) => log.info(line),
      ),
    );
    const messageRoutes: MessageRoute[] = [...pressDesk.messageRoutes];
    const actionRoutes: ActionRoute[] = [...pressDesk.actionRoutes];

    // The bot is built for one version of the note and built again for the next: a turn in
    // progress finishes with the version it started with, the next one gets the new version.
    const buildBot = () => createBot({ ...deps, ask: answer }, { messageRoutes, actionRoutes });
    bot = buildBot();
    note.onChange((next) => {
      deps.organisation = next.effective;
      bot = buildBot();
    });
    for (const s of services) s.start();

    const port = (server.address() as AddressInfo).port;
    const httpsPort = httpsServer ? (httpsServer.address() as AddressInfo).port : undefined;
    const url = `http://${urlHost(config.host)}:${port}`;
    for (const line of startupLines(
      config,
      `${organisation.organisation.organisation.name}, version ${note.current().number}`,
      url,
      httpsPort,
    )) {
      log.info(line);
    }
    return {
      server,
      httpsServer,
      port,
      httpsPort,
      url,
      deps,
      close: closeAll,
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

/** An organisation given in code (tests) as the note's seed, identified by its content. */
function seedOf(org: EffectiveOrganisation): OrganisationSeed {
  const json = JSON.stringify(org.organisation);
  return {
    organisation: org.organisation,
    hash: createHash('sha256').update(json).digest('hex'),
    fileName: 'organisation',
  };
}

/** Whether the database answers a trivial query within two seconds. */
async function pingStorage(storage: Storage): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 2000)));
  try {
    return await Promise.race([storage.query('select 1').then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Where a client on this machine reaches a server listening on `host`. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '[::]') return '127.0.0.1';
  return isIPv6(host) ? `[${host}]` : host;
}

/** What an admin needs after `npm start`: the mode, where it listens, and the pages to open. */
function startupLines(
  config: BotConfig,
  organisationName: string,
  url: string,
  httpsPort?: number,
): string[] {
  const mode =
    config.mode === 'local'
      ? config.localModeExposed
        ? 'local mode (no authentication), EXPOSED to the network by HOST'
        : 'local mode (no authentication), loopback only'
      : 'production mode';
  const lines = [
    `Afspraak started in ${mode}, listening on ${config.host}:${url.split(':').pop()} (organisation: ${organisationName})`,
    `  bot endpoint: ${url}/api/messages`,
    `  task pane:    ${url}/taskpane/`,
    `  Teams tab:    ${url}/tab/`,
  ];
  if (httpsPort !== undefined) {
    const secure = url.replace(/^http:/, 'https:').replace(/:\d+$/, `:${httpsPort}`);
    lines.push(`  task pane over HTTPS (Word): ${secure}/taskpane/`);
  }
  return lines;
}

function listen(server: restify.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.removeListener('error', onError);
      resolve();
    });
  });
}
