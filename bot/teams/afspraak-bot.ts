// The Teams activity handler: every message, card action and install event of the bot enters
// here and is handed to a route. Route map (built in bot/teams/index.ts):
//   message         → tenant check → text without @mention → first matching MessageRoute
//                     (press desk routes, help, … and the default ask route last)
//   message + value → an Action.Submit from a card: routed on its verb like an invoke
//   adaptiveCard/action invoke (Action.Execute) → ActionRoute by verb prefix
//   conversationUpdate / installationUpdate add → welcome (1:1) or a short hello (team, group chat)
// Errors are not caught here: they reach the adapter's onTurnError (bot/server.ts).
import {
  ActivityTypes,
  StatusCodes,
  TeamsActivityHandler,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { AdaptiveCard } from '../cards/adaptive';
import { strings } from '../cards/strings';
import type { Logger } from '../log';
import { readIncomingText } from './incoming-text';
import type { CardActionResponse } from './port';
import {
  CARD_CONTENT_TYPE,
  ERROR_CONTENT_TYPE,
  errorResponse,
  findActionRoute,
  MESSAGE_CONTENT_TYPE,
  type ActionData,
  type ActionRoute,
  type MessageRoute,
} from './routes';
import { cardActivity } from './send-card';
import { teamsTurn } from './teams-turn';
import type { TenantFilter } from './tenant-filter';

export interface Welcomer {
  /** Personal chat: the welcome card with example questions. */
  welcomePersonal(context: TurnContext): Promise<void>;
  /** The bot was added to a team or group chat: a short hello that explains @mentions. */
  welcomeTeam(context: TurnContext): Promise<void>;
  /** The app was removed from this conversation: a later install welcomes again. */
  forget(context: TurnContext): Promise<void>;
}

export interface AfspraakBotOptions {
  /** In order; the first whose matches() is true handles the message. The last should match all. */
  messageRoutes: readonly MessageRoute[];
  actionRoutes: readonly ActionRoute[];
  welcomer: Welcomer;
  tenantFilter: TenantFilter;
  log: Logger;
}

export class AfspraakBot extends TeamsActivityHandler {
  constructor(private readonly options: AfspraakBotOptions) {
    super();

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      await this.handleMembersAdded(context);
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });

    this.onInstallationUpdateRemove(async (context, next) => {
      await this.options.welcomer.forget(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    if (this.options.tenantFilter.allows(context.activity)) {
      await super.run(context);
      return;
    }
    await this.refuseTenant(context);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const data = readExecuteData(context.activity.value);
    if (!data) {
      return invokeResponse(errorResponse(400, 'BadRequest', strings.errors.badAction));
    }
    return invokeResponse(await this.dispatchAction(context, data));
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    // Action.Submit (older clients, the Emulator) arrives as a message whose value holds the data.
    const submitted = readSubmitData(context.activity.value);
    if (submitted) {
      await this.replyWith(context, await this.dispatchAction(context, submitted));
      return;
    }

    const incoming = readIncomingText(context.activity);
    if (incoming.kind === 'empty') {
      await context.sendActivity(strings.input.empty);
      return;
    }
    if (incoming.kind === 'attachment-only') {
      await context.sendActivity(strings.input.attachmentOnly);
      return;
    }
    if (incoming.kind === 'too-long') {
      await context.sendActivity(strings.input.tooLong(incoming.length));
      return;
    }
    if (incoming.truncatedFrom !== undefined) {
      await context.sendActivity(strings.input.truncated(incoming.truncatedFrom, incoming.text.length));
    }
    const turn = teamsTurn(context);
    for (const route of this.options.messageRoutes) {
      if (await route.matches(incoming.text, turn)) {
        await route.handle(turn, incoming.text);
        return;
      }
    }
    // Unreachable while the default ask route is last; logged so a wiring mistake is visible.
    this.options.log.warn(`no message route matched "${incoming.text.slice(0, 80)}"`);
  }

  private async dispatchAction(context: TurnContext, data: ActionData): Promise<CardActionResponse> {
    const route = findActionRoute(this.options.actionRoutes, data.verb);
    if (!route) {
      this.options.log.warn(`unknown card verb "${data.verb}"`);
      return errorResponse(400, 'UnknownVerb', strings.errors.unknownAction(data.verb));
    }
    return route.handle(teamsTurn(context), data);
  }

  /** An Action.Submit has no invoke response: what would replace the card is posted as a reply. */
  private async replyWith(context: TurnContext, response: CardActionResponse): Promise<void> {
    if (response.type === CARD_CONTENT_TYPE) {
      const card = response.value as AdaptiveCard;
      await context.sendActivity(cardActivity({ card }));
    } else if (response.type === MESSAGE_CONTENT_TYPE) {
      await context.sendActivity(String(response.value));
    } else if (response.type === ERROR_CONTENT_TYPE) {
      const message = (response.value as { message?: unknown }).message;
      await context.sendActivity(typeof message === 'string' ? message : strings.errors.badAction);
    }
  }

  private async handleMembersAdded(context: TurnContext): Promise<void> {
    const added = context.activity.membersAdded ?? [];
    const botId = context.activity.recipient?.id;
    const botAdded = added.some((m) => m.id === botId);
    const conversationType = context.activity.conversation?.conversationType;
    const personal = conversationType === 'personal' || conversationType === undefined;
    // In a team or group chat, new colleagues joining get no message from us: that would be noise.
    if (personal ? added.length > 0 : botAdded) await this.welcome(context);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const conversationType = context.activity.conversation?.conversationType;
    if (conversationType === 'channel' || conversationType === 'groupChat') {
      await this.options.welcomer.welcomeTeam(context);
    } else {
      await this.options.welcomer.welcomePersonal(context);
    }
  }

  private async refuseTenant(context: TurnContext): Promise<void> {
    const { type, name } = context.activity;
    this.options.log.warn(`refused ${type} from tenant not in ALLOWED_TENANTS`);
    if (type === ActivityTypes.Invoke) {
      const body =
        name === 'adaptiveCard/action'
          ? errorResponse(403, 'Forbidden', strings.errors.tenantRefused)
          : undefined;
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: { status: StatusCodes.OK, body } satisfies InvokeResponse,
      });
    } else if (type === ActivityTypes.Message) {
      await context.sendActivity(strings.errors.tenantRefused);
    }
  }
}

function invokeResponse(body: CardActionResponse): InvokeResponse {
  return { status: StatusCodes.OK, body };
}

/** Action.Execute: value.action.verb and value.action.data. */
function readExecuteData(value: unknown): ActionData | undefined {
  if (!isObject(value) || !isObject(value.action)) return undefined;
  const { verb, data } = value.action;
  if (typeof verb !== 'string' || !verb) return undefined;
  return { ...(isObject(data) ? data : {}), verb };
}

/** Action.Submit: the card's data object, with our verb in it. */
function readSubmitData(value: unknown): ActionData | undefined {
  if (!isObject(value) || typeof value.verb !== 'string' || !value.verb) return undefined;
  return { ...value, verb: value.verb };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
