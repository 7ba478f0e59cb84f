// The bot's port to Teams: the only types the press desk, feedback and server use to talk to a
// conversation. They are plain data and functions, no Bot Framework SDK types, so that everything
// outside bot/teams/ is free of botbuilder and a move to another SDK (the Microsoft 365 Agents SDK,
// see README.md here) is this folder's work. The botbuilder implementation: teams-turn.ts (a turn),
// proactive-sender.ts (posts outside a turn) and endpoint.ts (the HTTP endpoint and the adapter).

/** Where a conversation can be written to later; stored as JSON as it is. */
export type ConversationReference = Record<string, unknown>;

/** The parts of an incoming activity the routes read (a subset of the Bot Framework activity). */
export interface IncomingActivity {
  type: string;
  id?: string;
  /** The message a card action came from (the card's own activity id in Teams). */
  replyToId?: string;
  timestamp?: Date | string;
  channelId: string;
  text?: string;
  from: { id: string; name?: string; aadObjectId?: string };
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  recipient?: { id: string; name?: string };
  /** Teams' own data: the tenant, the team and channel. */
  channelData?: unknown;
  /** A card action's data (Action.Submit) or an invoke's value. */
  value?: unknown;
}

/** A message the bot sends: text, or a card as an attachment with a summary for notifications. */
export interface OutgoingActivity {
  type?: string;
  text?: string;
  summary?: string;
  attachments?: { contentType: string; content: unknown }[];
}

/** One turn of a conversation, as a route sees it. */
export interface Turn {
  readonly activity: IncomingActivity;
  /** A reply in the same conversation; resolves with the id Teams gave it. */
  sendActivity(reply: string | OutgoingActivity): Promise<{ id?: string } | undefined>;
  /** This conversation, to post into later (the desk channel, a requester's chat). */
  conversationReference(): ConversationReference;
  /** The sender's e-mail or UPN from the Teams roster; undefined outside Teams or when unknown. */
  senderEmail(): Promise<string | undefined>;
}

/**
 * The answer to a card button (Action.Execute invoke): replace the card, show a short message or
 * report an error. The same shape as the Bot Framework's adaptive card invoke response.
 */
export interface CardActionResponse {
  statusCode: number;
  type: string;
  value: Record<string, unknown>;
}

/** Posts outside a turn (proactive messages): the press desk's outbox uses nothing else. */
export interface TeamsPort {
  /** Posts a new message; resolves with the id Teams gave it. An abort stops the SDK's own retries. */
  send(
    reference: ConversationReference,
    activity: OutgoingActivity,
    signal?: AbortSignal,
  ): Promise<{ id?: string }>;
  /**
   * A message to one person in their personal chat with the bot. From a channel or group chat
   * reference, the personal conversation is created first.
   */
  sendPersonal(
    reference: ConversationReference,
    userId: string,
    activity: OutgoingActivity,
    signal?: AbortSignal,
  ): Promise<{ id?: string }>;
  /** Replaces a message the bot posted before (the desk card), for everyone. */
  update(
    reference: ConversationReference,
    activityId: string,
    activity: OutgoingActivity,
    signal?: AbortSignal,
  ): Promise<void>;
}
