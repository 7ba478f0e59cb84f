// Builds the bot and its route map. The order of message routes is the order they are tried:
//   help            `help`, `hulp`, `wat kan je?`
//   …extra          routes from other parts (the press desk: persvraag, persdesk instellen,
//                   overzicht, press situations found by triage), before the default
//   ask             everything else is a who-may-do-what question
// Card actions by verb prefix:
//   feedback.       feedback.helpful / feedback.not-helpful → stored, card thanks the user
//   ask.            ask.more (another match), ask.question (an example question clicked)
//   …extra          e.g. press. for the press desk
import type { EffectiveOrganisation } from '../../shared/organisation';
import { createFeedbackStore } from '../feedback/feedback-store';
import type { Logger } from '../log';
import type { Storage } from '../storage';
import { AfspraakBot } from './afspraak-bot';
import { askActionRoute, askRoute, type AskFn } from './ask-route';
import { feedbackActionRoute } from './feedback-route';
import { helpRoute } from './help-route';
import type { ActionRoute, MessageRoute } from './routes';
import { createTenantFilter } from './tenant-filter';
import { createWelcomer } from './welcome';

export interface BotParts {
  storage: Storage;
  organisation: EffectiveOrganisation;
  config: { allowedTenants: readonly string[] };
  ask: AskFn;
  log: Logger;
}

export interface ExtraRoutes {
  messageRoutes?: readonly MessageRoute[];
  actionRoutes?: readonly ActionRoute[];
}

export function createBot(parts: BotParts, extra: ExtraRoutes = {}): AfspraakBot {
  const { storage, organisation, ask, log } = parts;
  const feedback = createFeedbackStore(storage);
  return new AfspraakBot({
    messageRoutes: [helpRoute, ...(extra.messageRoutes ?? []), askRoute({ ask, organisation })],
    actionRoutes: [
      feedbackActionRoute({ ask, organisation, feedback, log }),
      askActionRoute({ ask, organisation }),
      ...(extra.actionRoutes ?? []),
    ],
    welcomer: createWelcomer({ storage, organisation }),
    tenantFilter: createTenantFilter(parts.config.allowedTenants),
    log,
  });
}

export { AfspraakBot } from './afspraak-bot';
export type { ActionRoute, MessageRoute, ActionData } from './routes';
export type { AskFn } from './ask-route';
