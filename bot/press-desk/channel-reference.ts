// The desk channel's reference, stored when the desk is set up.
import type { ConversationReference } from '../teams/port';

/** The channel's own conversation (new posts start a thread) rather than the thread of a reply. */
export function channelReference(reference: ConversationReference): ConversationReference {
  const original = reference.conversation as { id?: unknown } | undefined;
  const conversation = original ? { ...original } : undefined;
  if (typeof conversation?.id === 'string') conversation.id = conversation.id.replace(/;messageid=\d+$/, '');
  return JSON.parse(JSON.stringify({ ...reference, conversation, activityId: undefined }));
}
