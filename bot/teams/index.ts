// Builds the bot and its route map. The order of message routes is the order they are tried:
//   help            `help`, `hulp`, `wat kan je?`
//   small-talk      a greeting alone (welcome card) or a thank-you
//   feedback.review `feedback`, `reacties`: the ratings, for the communication service only
//   …extra          routes from other parts (the press desk: persvraag, persdesk instellen,
//                   overzicht, press situations found by triage), before the default
//   ask             everything else is a who-may-do-what question
// Card actions by verb prefix:
//   feedback.       feedback.helpful / feedback.not-helpful → stored, card thanks the user
//   ask.            ask.more (another match), ask.question (an example question clicked)
//   …extra          e.g. press. for the press desk
import type { BotAdapter } from 'botbuilder';
import type { EffectiveOrganisation } from '../../shared/organisation';
import { createFeedbackStore } from '../feedback/feedback-store';
import { feedbackReviewRoute } from '../feedback/review-route';
import type { Logger } from '../log';
import type { Storage } from '../storage';
import { AfspraakBot } from './afspraak-bot';
import { askActionRoute, askRoute, type AskFn } from './ask-route';
import { feedbackActionRoute } from './feedback-route';
import { helpRoute } from './help-route';
import type { ActionRoute, MessageRoute } from './routes';
import { smallTalkRoute } from './small-talk-route';
import { createTenantFilter } from './tenant-filter';
import { TypingIndicator, type TypingTiming } from './typing-indicator';
import { createWelcomer } from './welcome';

export interface BotParts {
  storage: Storage;
  organisation: EffectiveOrganisation;
  config: {
    allowedTenants: readonly string[];
    pressDeskMembers?: readonly string[];
    /** With it, answer cards get "Open in Afspraken" (a deep link into the tab). */
    teamsAppId?: string;
    publicHostname?: string;
  };
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
  const { teamsAppId, publicHostname } = parts.config;
  const links = teamsAppId ? { teamsAppId, publicHostname } : undefined;
  return new AfspraakBot({
    messageRoutes: [
      helpRoute,
      smallTalkRoute(organisation),
      feedbackReviewRoute({ feedback, organisation, pressDeskMembers: parts.config.pressDeskMembers ?? [] }),
      ...(extra.messageRoutes ?? []),
      askRoute({ ask, organisation, links }),
    ],
    actionRoutes: [
      feedbackActionRoute({ ask, organisation, feedback, log, links }),
      askActionRoute({ ask, organisation, links }),
      ...(extra.actionRoutes ?? []),
    ],
    welcomer: createWelcomer({ storage, organisation }),
    tenantFilter: createTenantFilter(parts.config.allowedTenants),
    log,
  });
}

/**
 * Middleware every adapter running the bot gets. Typing indicator: shown when an answer takes
 * longer than a glance (a press request written to the database, a slow connector), repeated
 * while the work goes on, never after the reply; an instant answer shows no flicker.
 */
export function useBotMiddleware(
  adapter: BotAdapter,
  typing: TypingTiming = { delay: 250, period: 2000 },
  log?: Logger,
): void {
  adapter.use(new TypingIndicator(typing, log));
}

export { AfspraakBot } from './afspraak-bot';
export type { ActionRoute, MessageRoute, ActionData } from './routes';
export type { AskFn } from './ask-route';
