// A built card as a reply activity. The card carries the content once: Teams shows an activity's
// `text` above its card, so a text beside the card made users read everything twice. The plain
// reply goes where only card-less views look: the activity's `summary` (notifications, the chat
// list) and the card's `fallbackText` (clients that cannot render cards).
import type { AdaptiveCard, BuiltCard } from '../cards/adaptive';
import type { OutgoingActivity } from './port';
import { CARD_CONTENT_TYPE } from './routes';

export function cardActivity(built: BuiltCard | { card: AdaptiveCard; text?: string }): OutgoingActivity {
  const summary = built.text ?? built.card.fallbackText;
  const card = { ...built.card, fallbackText: built.card.fallbackText || summary };
  // No `text`: it would be shown above the card, a duplicate.
  return {
    type: 'message',
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }],
    ...(summary ? { summary } : {}),
  };
}
