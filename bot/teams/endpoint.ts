// The bot's HTTP endpoint on botbuilder: the CloudAdapter (authentication, the typing indicator,
// the end of a failed turn) and the proactive sender that uses the same adapter. bot/server.ts
// gets a request handler and a TeamsPort from here and never sees the SDK.
import { CloudAdapter, type Request, type Response } from 'botbuilder';
import type { BotConfig } from '../config';
import type { Logger } from '../log';
import type { AfspraakBot } from './afspraak-bot';
import { createAuthentication, type AuthenticationOverrides } from './authentication';
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
    process: (req, res, bot) => adapter.process(req, res, (context) => bot.run(context)),
  };
}
