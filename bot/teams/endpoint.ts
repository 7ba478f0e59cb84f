// The bot's HTTP endpoint on botbuilder: the CloudAdapter (authentication, the typing indicator,
// the end of a failed turn) and the proactive sender that uses the same adapter. bot/server.ts
// gets a request handler and a TeamsPort from here and never sees the SDK.
import { CloudAdapter, type Request, type Response } from 'botbuilder';
import type { BotConfig } from '../config';
import type { Logger } from '../log';
import type { AfspraakBot } from './afspraak-bot';
import {
  AUTHENTICATION_UNAVAILABLE,
  createAuthentication,
  type AuthenticationOverrides,
} from './authentication';
import { useBotMiddleware } from './index';
import type { TeamsPort } from './port';
import { createTeamsSender } from './proactive-sender';
import { onTurnError } from './turn-error';
import type { TypingTiming } from './typing-indicator';

export interface TeamsEndpointOptions {
  config: BotConfig;
  /** Other Bot Framework endpoints or credentials (a sovereign cloud, a test key server). */
  authentication?: AuthenticationOverrides;
  log: Logger;
  /** Replaces the default end of a failed turn (log and apologise); a test host may rethrow. */
  onTurnError?: (error: Error) => void | Promise<void>;
  typing?: TypingTiming;
}

export interface TeamsEndpoint {
  /** Posts outside a turn (the press desk's outbox), through the same adapter and credentials. */
  port: TeamsPort;
  /**
   * Answers one POST /api/messages: authenticates it, runs the bot's turn and writes the HTTP
   * response (an invoke's body too). Throws only what the adapter could not answer itself.
   */
  process(req: Request, res: Response, bot: AfspraakBot): Promise<void>;
}

export function createTeamsEndpoint(options: TeamsEndpointOptions): TeamsEndpoint {
  const { log } = options;
  const adapter = new CloudAdapter(createAuthentication(options.config, options.authentication));
  const custom = options.onTurnError;
  adapter.onTurnError = custom
    ? async (_context, error) => custom(error)
    : (context, error) => onTurnError(context, error, log);
  useBotMiddleware(adapter, options.typing, log);
  return {
    port: createTeamsSender(adapter, options.config.credentials?.appId ?? ''),
    process: (req, res, bot) =>
      adapter.process(req, withoutInternalDetail(res, log), (context) => bot.run(context)),
  };
}

/**
 * The response as CloudAdapter writes it, except its failures: the adapter puts the error's
 * message in the body (a fetch error naming internal hosts, a library's wording). A token refused
 * stays 401 with a short JSON error; keys that could not be fetched become 503 with Retry-After;
 * anything else a 500 with a generic message. Success answers (invoke bodies) pass unchanged.
 */
function withoutInternalDetail(res: Response, log: Logger): Response {
  let status = 200;
  let body: unknown;
  const wrapped = Object.create(res) as Response;
  wrapped.status = (code: number) => {
    status = code;
    return wrapped;
  };
  wrapped.send = (value?: unknown) => {
    body = value;
    return wrapped;
  };
  wrapped.end = (...args: unknown[]) => {
    if (status >= 500 && body === AUTHENTICATION_UNAVAILABLE) {
      log.warn('POST /api/messages: Bot Framework signing keys unavailable, answered 503');
      res.header('Retry-After', '10');
      res.status(503);
      res.send({
        error: {
          code: 'authentication_unavailable',
          message: 'Authentication is temporarily unavailable. Try again later.',
        },
      });
    } else if (status >= 500) {
      res.status(status);
      res.send({ error: { code: 'internal', message: 'Internal error.' } });
    } else if (status === 401 || status === 403) {
      res.status(status);
      res.send({ error: { code: 'unauthorized', message: 'Unauthorized.' } });
    } else {
      res.status(status);
      if (body !== undefined) res.send(body);
    }
    return res.end(...args);
  };
  return wrapped;
}
