// A botbuilder turn as the port's Turn (port.ts): what the routes outside bot/teams/ receive.
import { TeamsInfo, TurnContext } from 'botbuilder';
import type { Turn } from './port';

export function teamsTurn(context: TurnContext): Turn {
  return {
    activity: context.activity,
    sendActivity: (reply) => context.sendActivity(reply),
    // A plain JSON copy: it is stored, and botbuilder's object carries undefined fields.
    conversationReference: () =>
      JSON.parse(JSON.stringify(TurnContext.getConversationReference(context.activity))) as Record<
        string,
        unknown
      >,
    senderEmail: () => lookupEmail(context),
  };
}

/** The e-mail or UPN of the user behind an activity, from the Teams roster (PRESS_DESK_MEMBERS by e-mail). */
async function lookupEmail(context: TurnContext): Promise<string | undefined> {
  if (context.activity.channelId !== 'msteams') return undefined;
  try {
    const member = await TeamsInfo.getMember(context, context.activity.from.id);
    return member.email ?? member.userPrincipalName ?? undefined;
  } catch {
    return undefined;
  }
}
