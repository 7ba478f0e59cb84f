// Small typed helpers for Adaptive Card JSON (schema 1.5; Teams runs universal actions from 1.4).
// Builders stay pure functions from a domain value to JSON: no botbuilder here.

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  /** Shown by clients that cannot render the card. */
  fallbackText: string;
  msteams?: { width: 'Full' };
  [key: string]: unknown;
}

/** A card and the plain text reply sent with it (clients without cards, notifications, search). */
export interface BuiltCard {
  card: AdaptiveCard;
  text: string;
}

/** Card action data: routed on `verb` (bot/teams/routes.ts), never on the button's title. */
export interface CardActionData {
  verb: string;
  [key: string]: unknown;
}

export function adaptiveCard(
  body: CardElement[],
  fallbackText: string,
  actions?: CardElement[],
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions?.length ? { actions } : {}),
    fallbackText,
    msteams: { width: 'Full' },
  };
}

export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

export function heading(text: string, size: 'Medium' | 'Large' = 'Medium'): CardElement {
  return textBlock(text, { weight: 'Bolder', size, style: 'heading' });
}

export function container(items: CardElement[], options: Record<string, unknown> = {}): CardElement {
  return { type: 'Container', items, ...options };
}

export function actionSet(actions: CardElement[]): CardElement {
  return { type: 'ActionSet', actions };
}

/**
 * A universal action (Action.Execute): the bot's answer can replace the card in Teams. Hosts
 * without universal actions (the Bot Framework Emulator, older clients) fall back to an
 * Action.Submit carrying the same data, which reaches the bot as a message with a value.
 */
export function executeAction(
  title: string,
  data: CardActionData,
  options: Record<string, unknown> = {},
): CardElement {
  return {
    type: 'Action.Execute',
    title,
    verb: data.verb,
    data,
    ...options,
    fallback: { type: 'Action.Submit', title, data, ...options },
  };
}

/**
 * An example question the user can click to ask it. The whole block is the button (selectAction),
 * so a long question wraps and stays readable: Teams cuts a button title after one line. The
 * action is an Action.Execute (with the Action.Submit fallback) like every other button: an
 * Action.Submit whose data is `msteams.type: messageBack` sent nothing in Microsoft's Agents
 * Playground. The bot answers with a new answer card; Teams shows "Je vraag: …" on the card.
 */
export function askChoice(question: string, data: CardActionData): CardElement {
  return container([textBlock(question, { color: 'Accent', weight: 'Bolder' })], {
    style: 'emphasis',
    spacing: 'Small',
    selectAction: executeAction(question, data),
  });
}
