// What each outbox row means in Teams: the desk card posted or updated, a reminder posted again,
// a 1:1 message to the requester. The text is rendered from the request's state at send time, so
// a late delivery never shows an old state.
import { pressRequestCard } from '../cards/press-request-card';
import { cardActivity } from '../teams/send-card';
import { pressStrings } from '../cards/press-strings';
import type { Storage } from '../storage';
import { getDeskChannel } from './desk-channel';
import { enqueue, markSent, type OutboxRow } from './outbox';
import type { TeamsPort } from '../teams/port';
import { toRequest } from './store';
import type { PressRequest } from './types';

export type DeliveryOutcome = { done: true } | { done: false; postponeMs: number; reason: string };

const NO_DESK_RETRY_MS = 60_000;
const REFRESH_IDS_TTL_MS = 5_000;

export function createDelivery(storage: Storage, sender: TeamsPort) {
  const load = async (id: number) => {
    const { rows } = await storage.query<Record<string, unknown>>(
      'select * from press_requests where id = $1',
      [id],
    );
    if (!rows[0]) return undefined;
    const reference = rows[0].requester_reference;
    return {
      request: toRequest(rows[0]),
      requesterReference: (typeof reference === 'string' ? JSON.parse(reference) : reference) as Record<
        string,
        unknown
      >,
      cardConversationId: rows[0].card_conversation_id as string | null,
    };
  };

  /** Desk members who acted before: their cards refresh by themselves (Teams allows 60). */
  let refreshCache: { at: number; ids: Promise<string[]> } | undefined;
  const refreshUserIds = (): Promise<string[]> => {
    // A few seconds old is fine: the list only grows when someone new acts on the desk.
    if (!refreshCache || Date.now() - refreshCache.at > REFRESH_IDS_TTL_MS)
      refreshCache = { at: Date.now(), ids: loadRefreshUserIds() };
    return refreshCache.ids;
  };
  const loadRefreshUserIds = async (): Promise<string[]> => {
    const { rows } = await storage.query<{ actor_id: string }>(
      `select actor_id from press_audit where action <> 'aangemaakt' and actor_id <> 'afspraak'
        group by actor_id order by max(id) desc limit 59`,
    );
    const desk = await getDeskChannel(storage);
    return [...new Set([...(desk ? [desk.setById] : []), ...rows.map((r) => r.actor_id)])].slice(0, 60);
  };

  const deskCard = async (request: PressRequest, reminder = false) =>
    cardActivity(pressRequestCard(request, { refreshUserIds: await refreshUserIds(), reminder }));

  return async function deliver(row: OutboxRow, signal?: AbortSignal): Promise<DeliveryOutcome> {
    const loaded = row.requestId === null ? undefined : await load(row.requestId);
    if (!loaded) {
      await markSent(storage, row.id, { skipped: 'request not found' });
      return { done: true };
    }
    const { request } = loaded;
    switch (row.kind) {
      case 'desk.post':
      case 'desk.reminder': {
        const desk = await getDeskChannel(storage);
        if (!desk) return { done: false, postponeMs: NO_DESK_RETRY_MS, reason: 'no press desk channel yet' };
        const sent = await sender.send(
          desk.reference,
          await deskCard(request, row.kind === 'desk.reminder'),
          signal,
        );
        const conversationId = (desk.reference.conversation as { id?: string } | undefined)?.id ?? null;
        await storage.transaction(async (tx) => {
          if (row.kind === 'desk.post') {
            const { rows } = await tx.query<{ version: number }>(
              `update press_requests set card_activity_id = $2, card_conversation_id = $3 where id = $1 returning version`,
              [request.id, sent.id ?? null, conversationId],
            );
            // The state changed while we were posting: bring the posted card up to date. Its own
            // key: the update the change queued may have gone already, skipped for want of a card.
            if (rows[0] && Number(rows[0].version) !== request.version)
              await enqueue(tx, {
                dedupeKey: `desk.update:${request.id}:v${rows[0].version}:after-post`,
                kind: 'desk.update',
                requestId: request.id,
              });
          }
          await markSent(tx, row.id, { activityId: sent.id ?? null });
        });
        return { done: true };
      }
      case 'desk.update': {
        const desk = await getDeskChannel(storage);
        // Not posted yet: the post renders the latest state itself.
        if (!request.cardActivityId || !desk) {
          await markSent(storage, row.id, { skipped: 'card not posted yet' });
          return { done: true };
        }
        const reference = {
          ...desk.reference,
          conversation: { ...(desk.reference.conversation as object), id: loaded.cardConversationId },
        };
        await sender.update(reference, request.cardActivityId, await deskCard(request), signal);
        await markSent(storage, row.id);
        return { done: true };
      }
      case 'requester.message': {
        const text = requesterText(request, String(row.payload.event));
        const sent = await sender.sendPersonal(
          loaded.requesterReference,
          request.requesterId,
          { type: 'message', text },
          signal,
        );
        await markSent(storage, row.id, { activityId: sent.id ?? null });
        return { done: true };
      }
    }
  };
}

function requesterText(r: PressRequest, event: string): string {
  const s = pressStrings.requester;
  switch (event) {
    case 'taken':
      return s.taken(r.number, r.ownerName);
    case 'closed':
      return s.closed(r.number, r.outcome ?? '');
    default:
      return s.handedBack(r.number, r.handbackNote);
  }
}
