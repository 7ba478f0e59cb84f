// The bot in-process on botbuilder's TestAdapter, for conversation tests: say something (or click
// a card button) and get back what the bot sent, without HTTP. The routes, cards and storage are
// the real ones; pass extra routes (the press desk) to test them in the same conversation.
import { ActivityTypes, TestAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { resolve } from 'node:path';
import { loadEffectiveOrganisation } from '../../cli/organisation-file';
import { ask } from '../../shared/ask';
import type { EffectiveOrganisation } from '../../shared/organisation';
import { silentLogger, type Logger } from '../../bot/log';
import type { Storage } from '../../bot/storage';
import { createBot, useBotMiddleware, type AskFn, type ExtraRoutes } from '../../bot/teams';

export const ZILVERBEEK_FILE = resolve(__dirname, '../../organisations/zilverbeek.yaml');

let zilverbeek: EffectiveOrganisation | undefined;
export function zilverbeekOrganisation(): EffectiveOrganisation {
  zilverbeek ??= loadEffectiveOrganisation(ZILVERBEEK_FILE);
  return zilverbeek;
}

export interface BotHarnessOptions {
  storage: Storage;
  organisation?: EffectiveOrganisation;
  allowedTenants?: string[];
  /** PRESS_DESK_MEMBERS: ids or e-mails counted as the communication service. */
  pressDeskMembers?: string[];
  ask?: AskFn;
  extra?: ExtraRoutes;
  log?: Logger;
  /** Typing indicator timing; the default shows it only for slow turns, as in production. */
  typing?: { delay: number; period: number };
}

/** An activity as tests write it: only the fields that matter, loosely typed. */
export type ActivityInput = Partial<Activity> | Record<string, unknown>;

export interface BotHarness {
  adapter: TestAdapter;
  organisation: EffectiveOrganisation;
  /** Sends a message (text or a partial activity) and returns every activity the bot sent. */
  say(input: string | ActivityInput): Promise<Partial<Activity>[]>;
  /** Clicks an Action.Execute button: the invoke response and any messages sent meanwhile. */
  execute(
    verb: string,
    data: Record<string, unknown>,
    activity?: ActivityInput,
  ): Promise<{ response: InvokeResponse | undefined; sent: Partial<Activity>[] }>;
  /** Errors that reached onTurnError. */
  errors: Error[];
}

export function createBotHarness(options: BotHarnessOptions): BotHarness {
  const organisation = options.organisation ?? zilverbeekOrganisation();
  const bot = createBot(
    {
      storage: options.storage,
      organisation,
      config: {
        allowedTenants: options.allowedTenants ?? [],
        pressDeskMembers: options.pressDeskMembers ?? [],
      },
      ask: options.ask ?? ask,
      log: options.log ?? silentLogger,
    },
    options.extra,
  );
  const errors: Error[] = [];
  const adapter = new TestAdapter((context: TurnContext) => bot.run(context));
  adapter.onTurnError = async (_context, error) => {
    errors.push(error);
  };
  useBotMiddleware(adapter, options.typing);

  const drain = () => adapter.activeQueue.splice(0, adapter.activeQueue.length);

  return {
    adapter,
    organisation,
    errors,
    async say(input) {
      drain();
      await adapter.processActivity(
        typeof input === 'string' ? { type: ActivityTypes.Message, text: input } : input,
      );
      return drain().filter((a) => a.type !== ActivityTypes.Trace);
    },
    async execute(verb, data, activity = {}) {
      drain();
      await adapter.processActivity({
        type: ActivityTypes.Invoke,
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb, data: { ...data, verb } } },
        ...activity,
      });
      const sent = drain();
      const response = sent.find((a) => a.type === ActivityTypes.InvokeResponse)?.value as
        InvokeResponse | undefined;
      return { response, sent: sent.filter((a) => a.type === ActivityTypes.Message) };
    },
  };
}

/**
 * Everything a user sees of an activity, one line per piece in reading order: its text (if any),
 * then its cards' text blocks, facts and button titles. Not the card's JSON, so quotes and line
 * breaks read as the user reads them.
 */
export function visibleText(activity: Partial<Activity>): string {
  const parts = activity.text ? [activity.text] : [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if ((o.type === 'TextBlock' || o.type === 'TextRun') && typeof o.text === 'string') parts.push(o.text);
      if (typeof o.type === 'string' && o.type.startsWith('Action.') && typeof o.title === 'string') {
        parts.push(o.title);
      }
      if (o.type === 'FactSet' && Array.isArray(o.facts)) {
        for (const f of o.facts as { title?: string; value?: string }[]) parts.push(`${f.title}: ${f.value}`);
      }
      for (const [key, value] of Object.entries(o))
        if (key !== 'fallback' && key !== 'fallbackText') walk(value);
    }
  };
  for (const attachment of activity.attachments ?? []) walk(attachment.content);
  return parts.join('\n');
}

/** The Adaptive Card of an activity, if it has one. */
export function cardOf(activity: Partial<Activity> | undefined): Record<string, unknown> | undefined {
  const attachment = activity?.attachments?.find(
    (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
  );
  return attachment?.content as Record<string, unknown> | undefined;
}

/** Every action in a card (top-level and in ActionSets), depth first. */
export function actionsOf(card: Record<string, unknown> | undefined): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Action.')) found.push(o);
      for (const [key, value] of Object.entries(o)) if (key !== 'fallback') walk(value);
    }
  };
  walk(card);
  return found;
}
