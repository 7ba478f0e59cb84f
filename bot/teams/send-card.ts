// A built card as a reply activity. The card carries the content once: Teams shows an activity's
// `text` above its card, so a text beside the card made users read everything twice. The plain
// reply goes where only card-less views look: the activity's `summary` (notifications, the chat
// list) and the card's `fallbackText` (clients that cannot render cards).
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { AdaptiveCard, BuiltCard } from '../cards/adaptive';

export function cardActivity(built: BuiltCard | { card: AdaptiveCard; text?: string }): Partial<Activity> {
  const summary = built.text ?? built.card.fallbackText;
  const card = { ...built.card, fallbackText: built.card.fallbackText || summary };
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // MessageFactory sets no text; keep it that way (no duplicate above the card).
  delete activity.text;
  if (summary) activity.summary = summary;
  return activity;
}
