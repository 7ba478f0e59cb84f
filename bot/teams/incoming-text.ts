// What the user typed, as the routes see it: the bot's @mention removed (channels and group
// chats), whitespace tidied, and a very long message cut to a part we can answer on.
import { TurnContext, type Activity } from 'botbuilder';

/** Questions and press situations fit easily; a pasted e-mail thread is cut here. */
export const MAX_TEXT_LENGTH = 2000;

/**
 * Beyond this a message is not a question or a situation but a document (Teams itself stops at
 * about 28 000 characters): it is refused as it arrives, before any processing of its text.
 */
export const MAX_MESSAGE_LENGTH = 30_000;

export type IncomingText =
  | { kind: 'text'; text: string; truncatedFrom?: number }
  /** Longer than MAX_MESSAGE_LENGTH: answered with a short reply, never read. */
  | { kind: 'too-long'; length: number }
  | { kind: 'empty' }
  /** Only a file or image, no words. */
  | { kind: 'attachment-only' };

export function readIncomingText(activity: Partial<Activity>): IncomingText {
  const length = typeof activity.text === 'string' ? activity.text.length : 0;
  if (length > MAX_MESSAGE_LENGTH) return { kind: 'too-long', length };
  const text = tidy(withoutRecipientMention(activity));
  if (!text) {
    const files = (activity.attachments ?? []).filter((a) => !isCardOrMarkup(a.contentType));
    return files.length ? { kind: 'attachment-only' } : { kind: 'empty' };
  }
  if (text.length <= MAX_TEXT_LENGTH) return { kind: 'text', text };
  return { kind: 'text', text: cut(text, MAX_TEXT_LENGTH), truncatedFrom: text.length };
}

/**
 * Removes every mention of the bot, wherever it stands ("<at>Afspraak</at> mag ik …" and
 * "mag ik … <at>Afspraak</at>?"). Other people's mentions stay: they can be part of the question.
 * Unlike TurnContext.removeMentionText this removes all of them and leaves the activity as it is.
 */
export function withoutRecipientMention(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  if (!text || !botId) return text;
  for (const mention of TurnContext.getMentions(activity)) {
    if (mention.mentioned?.id === botId && mention.text) text = text.split(mention.text).join(' ');
  }
  return text;
}

function tidy(text: string): string {
  return text
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/** Cuts at the last sentence end (or else word break) before `max`, so the part still reads. */
function cut(text: string, max: number): string {
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('\n'));
  if (sentenceEnd > max / 2) return head.slice(0, sentenceEnd + 1).trim();
  const space = head.lastIndexOf(' ');
  return (space > max / 2 ? head.slice(0, space) : head).trim();
}

// Teams adds an HTML copy of the text as an attachment; that is not a file the user sent.
function isCardOrMarkup(contentType: string | undefined): boolean {
  return contentType === 'text/html' || (contentType ?? '').startsWith('application/vnd.microsoft.card');
}
