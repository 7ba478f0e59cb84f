// The TeamsPort (port.ts) on botbuilder: post a new message into a stored conversation (the desk
// channel, a requester's chat) and update a posted card, outside any turn. The press desk works on
// plain references and activities only, so tests and the bench swap this for a recording sender.
import {
  TurnContext,
  type Activity,
  type ChannelAccount,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
// Type only (botbuilder's own connector package): the client the adapter made for this conversation.
import type { ConnectorClient } from 'botframework-connector';
import type { OutgoingActivity, TeamsPort } from './port';

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

export function createTeamsSender(adapter: CloudAdapter, appId: string): TeamsPort {
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
  const addressed = (ref: Partial<ConversationReference>, activity: OutgoingActivity) =>
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
