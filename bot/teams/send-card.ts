// A built card as a reply activity: the card as attachment and its plain text beside it, so
// clients without cards, notifications and the chat list show the answer too.
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import type { BuiltCard } from '../cards/adaptive';

export function cardActivity(built: BuiltCard): Partial<Activity> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(built.card));
  activity.text = built.text;
  return activity;
}
