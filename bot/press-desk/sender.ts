// The press desk's only contact with botbuilder for proactive messages: post a new message into a
// stored conversation (the desk channel, a requester's chat) and update a posted card. Everything
// else in the press desk works on plain references and activities, so tests and the bench can
// swap this for a recording sender, and a move to the Agents SDK touches this file only.
import {
  TeamsInfo,
  TurnContext,
  type Activity,
  type ChannelAccount,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
// Type only (botbuilder's own connector package): the client the adapter made for this conversation.
import type { ConnectorClient } from 'botframework-connector';

export interface TeamsSender {
  /** Posts a new message; resolves with the id Teams gave it. An abort stops the SDK's own retries. */
  send(
    reference: Record<string, unknown>,
    activity: Partial<Activity>,
    signal?: AbortSignal,
  ): Promise<{ id?: string }>;
  /**
   * A message to one person in their personal chat with the bot. From a channel or group chat
   * reference, the personal conversation is created first (createConversationAsync).
   */
  sendPersonal(
    reference: Record<string, unknown>,
    userId: string,
    activity: Partial<Activity>,
    signal?: AbortSignal,
  ): Promise<{ id?: string }>;
  /** Replaces a message the bot posted before (the desk card), for everyone. */
  update(
    reference: Record<string, unknown>,
    activityId: string,
    activity: Partial<Activity>,
    signal?: AbortSignal,
  ): Promise<void>;
}

/**
 * Runs a proactive turn so that its failure reaches the caller. The adapter runs `logic` in its
 * middleware pipeline, and when the bot has an onTurnError handler (bot/server.ts does) that
 * handler swallows the error: a post refused by an unreachable connector (ECONNREFUSED) would
 * resolve as if sent, and the outbox would mark it sent and never retry it. So the error is kept
 * here, out of the adapter's sight, and thrown after the turn; a turn whose logic never ran
 * (a middleware ended it) counts as not delivered either.
 */
function surfaced(run: (logic: (ctx: TurnContext) => Promise<void>) => Promise<void>) {
  return async (logic: (ctx: TurnContext) => Promise<void>): Promise<void> => {
    let ran = false;
    let failure: { error: unknown } | undefined;
    await run(async (ctx) => {
      ran = true;
      try {
        await logic(ctx);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
    if (!ran) throw new Error('the proactive turn ended before the message was sent');
  };
}

/** The audience of the public Azure Bot Service (tokens for the connector). */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

export function createTeamsSender(adapter: CloudAdapter, appId: string): TeamsSender {
  // The connector client the adapter made (and authenticated) for this conversation. We call it
  // directly: sendActivity would make a proactive post a reply to the made-up "continue"
  // activity, and it takes no abort signal, so a timed-out send could still arrive after our retry.
  const withClient = (
    reference: Record<string, unknown>,
    fn: (client: ConnectorClient, ref: Partial<ConversationReference>) => Promise<void>,
  ) =>
    surfaced((logic) =>
      adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, logic),
    )((ctx) =>
      fn(
        ctx.turnState.get<ConnectorClient>(ctx.adapter.ConnectorClientKey),
        reference as Partial<ConversationReference>,
      ),
    );
  const addressed = (ref: Partial<ConversationReference>, activity: Partial<Activity>) =>
    ({
      ...activity,
      type: activity.type ?? 'message',
      channelId: ref.channelId,
      serviceUrl: ref.serviceUrl,
      conversation: ref.conversation,
      from: ref.bot,
      recipient: ref.user,
    }) as Activity;

  return {
    async send(reference, activity, signal) {
      let id: string | undefined;
      await withClient(reference, async (client, ref) => {
        const sent = await client.conversations.sendToConversation(
          ref.conversation?.id ?? '',
          addressed(ref, activity),
          {
            abortSignal: signal,
          },
        );
        id = sent?.id;
      });
      return { id };
    },
    async sendPersonal(reference, userId, activity, signal) {
      const ref = reference as Partial<ConversationReference>;
      if (ref.conversation?.conversationType === 'personal' || !ref.conversation?.conversationType)
        return this.send(reference, activity, signal);
      const tenantId = ref.conversation.tenantId;
      let id: string | undefined;
      await surfaced((logic) =>
        adapter.createConversationAsync(
          appId,
          ref.channelId ?? 'msteams',
          ref.serviceUrl ?? '',
          BOT_FRAMEWORK_AUDIENCE,
          {
            isGroup: false,
            bot: ref.bot as ChannelAccount,
            members: [{ id: userId } as ChannelAccount],
            ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
          } as ConversationParameters,
          logic,
        ),
      )(async (ctx) => {
        const client = ctx.turnState.get<ConnectorClient>(ctx.adapter.ConnectorClientKey);
        const personal = TurnContext.getConversationReference(ctx.activity);
        const sent = await client.conversations.sendToConversation(
          personal.conversation?.id ?? '',
          addressed({ ...personal, user: { id: userId } as ChannelAccount }, activity),
          { abortSignal: signal },
        );
        id = sent?.id;
      });
      return { id };
    },
    async update(reference, activityId, activity, signal) {
      await withClient(reference, async (client, ref) => {
        await client.conversations.updateActivity(
          ref.conversation?.id ?? '',
          activityId,
          { ...addressed(ref, activity), id: activityId },
          { abortSignal: signal },
        );
      });
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
