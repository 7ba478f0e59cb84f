// The bot's route types. A message goes to the first MessageRoute whose `matches` is true (the
// default ask route is last and matches everything); a card action goes to the ActionRoute whose
// verbPrefix starts its verb. Routing never looks at button text.
import type { CardActionResponse, Turn } from './port';

export interface MessageRoute {
  /** For logs and tests ('help', 'ask', 'press.request' …). */
  name: string;
  /** `text` is the user's message with the bot's @mention removed, trimmed, never empty. */
  matches(text: string, context: Turn): boolean | Promise<boolean>;
  handle(context: Turn, text: string): Promise<void>;
}

/** The data every card action carries; the rest of it is the route's own. */
export interface ActionData {
  verb: string;
  [key: string]: unknown;
}

export interface ActionRoute {
  /** 'feedback.' handles feedback.helpful and feedback.not-helpful. */
  verbPrefix: string;
  /**
   * The response replaces the card (type application/vnd.microsoft.card.adaptive), shows a short
   * message (application/vnd.microsoft.activity.message) or reports an error
   * (application/vnd.microsoft.error). For an Action.Submit (a message carrying the data) the
   * same response is posted as a reply.
   */
  handle(context: Turn, data: ActionData): Promise<CardActionResponse>;
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
export const MESSAGE_CONTENT_TYPE = 'application/vnd.microsoft.activity.message';
export const ERROR_CONTENT_TYPE = 'application/vnd.microsoft.error';

/** Replace the card the user clicked with this one. */
export function cardResponse(card: Record<string, unknown>): CardActionResponse {
  return { statusCode: 200, type: CARD_CONTENT_TYPE, value: card };
}

/** Leave the card as it is and show a short message. */
export function messageResponse(text: string): CardActionResponse {
  return { statusCode: 200, type: MESSAGE_CONTENT_TYPE, value: text as unknown as Record<string, unknown> };
}

/** Refuse the action; `message` is shown to the user, so it is Dutch. */
export function errorResponse(
  statusCode: 400 | 403 | 404 | 409 | 500,
  code: string,
  message: string,
): CardActionResponse {
  return { statusCode, type: ERROR_CONTENT_TYPE, value: { code, message } };
}

export function findActionRoute(routes: readonly ActionRoute[], verb: string): ActionRoute | undefined {
  return routes.find((r) => verb.startsWith(r.verbPrefix));
}
