// What each outbox row means in Teams: the desk card posted or updated, a reminder posted again,
// a 1:1 message to the requester. The text is rendered from the request's state at send time, so
// a late delivery never shows an old state.
import { pressRequestCard } from '../cards/press-request-card';
import { cardActivity } from '../teams/send-card';
import { pressStrings } from '../cards/press-strings';
import type { Storage } from '../storage';
import { forgetIntent, knownCopies, postsInDoubt, recordIntent, recordPosted } from './card-copies';
import { getDeskChannel } from './desk-channel';
import { enqueue, markSent, type OutboxRow } from './outbox';
import type { TeamsPort } from '../teams/port';
import { toRequest } from './store';
import type { PressRequest } from './types';

export type DeliveryOutcome =
  { done: true } | { done: false; postponeMs: number; reason: string; waitsForDesk?: boolean };

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

  const deskCard = async (request: PressRequest, reminder: boolean | 'own' = false) =>
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
        // Closed or handed back before its card reached the desk: nothing left for the desk to do.
        if (request.status === 'gesloten' || request.status === 'teruggegeven') {
          await markSent(storage, row.id, { skipped: `request ${request.status}` });
          return { done: true };
        }
        const desk = await getDeskChannel(storage);
        if (!desk)
          return {
            done: false,
            postponeMs: NO_DESK_RETRY_MS,
            reason: 'no press desk channel yet',
            waitsForDesk: true,
          };
        const conversationId = (desk.reference.conversation as { id?: string } | undefined)?.id ?? null;
        // An earlier attempt started a send and never heard back (a crash, a timeout): Teams may
        // show that card. A reminder is then left at that; the card itself must reach the desk, so
        // it is posted again (at worst a second copy, which the refresh keeps current).
        const inDoubt = await postsInDoubt(storage, row.id);
        if (inDoubt && row.kind === 'desk.reminder') {
          await markSent(storage, row.id, { skipped: 'reminder in doubt' });
          return { done: true };
        }
        // Everything slow happens before the intent is recorded: between the intent and the id
        // only the send itself remains (the window in which a crash leaves a post in doubt).
        const card = await deskCard(
          request,
          row.kind === 'desk.reminder' ? (row.payload.own === true ? 'own' : true) : false,
        );
        const intent = await recordIntent(storage, {
          requestId: request.id,
          outboxId: row.id,
          conversationId,
        });
        let sent: { id?: string };
        try {
          sent = await sender.send(desk.reference, card, signal);
        } catch (err) {
          // Refused by Teams: nothing was posted. Timed out (aborted): it may have been, so the
          // intent stays in doubt.
          if (!signal?.aborted) await forgetIntent(storage, intent);
          throw err;
        }
        await recordPosted(storage, intent, sent.id ?? null);
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
          await markSent(tx, row.id, { activityId: sent.id ?? null, ...(inDoubt ? { inDoubt } : {}) });
        });
        return { done: true };
      }
      case 'desk.update': {
        const desk = await getDeskChannel(storage);
        const copies = await knownCopies(storage, request.id);
        // Not posted yet: the post renders the latest state itself.
        if (!copies.length || !desk) {
          await markSent(storage, row.id, { skipped: 'card not posted yet' });
          return { done: true };
        }
        // Every copy Teams shows (a post repeated after a crash included), not only the last.
        const card = await deskCard(request);
        for (const copy of copies) {
          const reference = {
            ...desk.reference,
            conversation: {
              ...(desk.reference.conversation as object),
              id: copy.conversationId ?? loaded.cardConversationId,
            },
          };
          await sender.update(reference, copy.activityId, card, signal);
        }
        await markSent(storage, row.id, { copies: copies.length });
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
