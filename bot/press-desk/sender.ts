// The press desk's only contact with botbuilder for proactive messages: post a new message into a
// stored conversation (the desk channel, a requester's chat) and update a posted card. Everything
// else in the press desk works on plain references and activities, so tests and the bench can
// swap this for a recording sender, and a move to the Agents SDK touches this file only.
import {
  TeamsInfo,
  type Activity,
  type CloudAdapter,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';

export interface TeamsSender {
  /** Posts a new message; resolves with the id Teams gave it. */
  send(reference: Record<string, unknown>, activity: Partial<Activity>): Promise<{ id?: string }>;
  /** Replaces a message the bot posted before (the desk card), for everyone. */
  update(reference: Record<string, unknown>, activityId: string, activity: Partial<Activity>): Promise<void>;
}

export function createTeamsSender(adapter: CloudAdapter, appId: string): TeamsSender {
  return {
    async send(reference, activity) {
      let id: string | undefined;
      await adapter.continueConversationAsync(
        appId,
        reference as Partial<ConversationReference>,
        async (ctx) => {
          const sent = await ctx.sendActivity(activity);
          id = sent?.id;
        },
      );
      return { id };
    },
    async update(reference, activityId, activity) {
      await adapter.continueConversationAsync(
        appId,
        reference as Partial<ConversationReference>,
        async (ctx) => {
          await ctx.updateActivity({ ...activity, id: activityId, conversation: ctx.activity.conversation });
        },
      );
    },
  };
}

/** The e-mail or UPN of the user behind an activity, from the Teams roster (for PRESS_DESK_MEMBERS by e-mail). */
export async function lookupEmail(context: TurnContext): Promise<string | undefined> {
  if (context.activity.channelId !== 'msteams') return undefined;
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    return member.email ?? member.userPrincipalName ?? undefined;
  } catch {
    return undefined;
  }
}

/** The channel's own conversation (new posts start a thread) rather than the thread of a reply. */
export function channelReference(reference: Partial<ConversationReference>): Record<string, unknown> {
  const conversation = reference.conversation ? { ...reference.conversation } : undefined;
  if (conversation?.id) conversation.id = conversation.id.replace(/;messageid=\d+$/, '');
  return JSON.parse(JSON.stringify({ ...reference, conversation, activityId: undefined }));
}
