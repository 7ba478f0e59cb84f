// Press desk test helpers: the storage backends, a recording Teams sender that can fail, and
// request fixtures.
import { randomUUID } from 'node:crypto';
import { effectiveOrganisation } from '../../../shared/organisation';
import type { Storage } from '../../../bot/storage';
import type { TeamsPort } from '../../../bot/teams/port';
import type { Actor, NewRequest } from '../../../bot/press-desk/types';
import { silentLogger } from '../../../bot/log';
import { createDelivery } from '../../../bot/press-desk/delivery';
import { setDeskChannel } from '../../../bot/press-desk/desk-channel';
import { createOutboxWorker } from '../../../bot/press-desk/worker';
import { storageBackends } from '../../helpers/storage-backends';
import { zilverbeek } from '../../shared/triage/helpers';

export const org = effectiveOrganisation(zilverbeek());

/** Empties the press desk tables between tests (one database per test file keeps PGlite fast). */
export async function resetPressTables(storage: Storage): Promise<void> {
  await storage.exec(
    'truncate press_outbox, press_audit, press_card_posts, press_requests, press_sequence, press_desk_channel restart identity cascade',
  );
}

/** PGlite always, PostgreSQL when TEST_DATABASE_URL is set (test/helpers/storage-backends.ts). */
export const backends = storageBackends();

export const lies: Actor = { id: '29:lies', name: 'Lies Wouters', email: 'lies.wouters@zilverbeek.be' };
export const sam: Actor = { id: '29:sam', name: 'Sam Communicatie', aadObjectId: 'aad-sam' };
export const kim: Actor = { id: '29:kim', name: 'Kim Communicatie', aadObjectId: 'aad-kim' };
export const jan: Actor = { id: '29:jan', name: 'Jan Sportdienst', aadObjectId: 'aad-jan' };

/** PRESS_DESK_MEMBERS for the tests: Sam and Kim by Entra object id; Lies comes from the org file. */
export const MEMBERS = ['aad-sam', 'AAD-KIM'];

export function newRequest(over: Partial<NewRequest> = {}): NewRequest {
  return {
    sourceKey: `form:${randomUUID()}`,
    description: 'Een journalist van Het Nieuwsblad belt over de sluiting van het zwembad',
    kind: 'reactie-of-standpunt',
    route: 'communicatiedienst',
    agreements: [50],
    inform: [
      { role: 'communicatiedienst', label: 'de dienst Communicatie' },
      { role: 'burgemeester', label: 'burgemeester An Peeters' },
      { role: 'bevoegde-schepen', label: 'schepen Sofie Claes (sport)' },
    ],
    medium: 'Het Nieuwsblad',
    question: 'Waarom sluit het zwembad?',
    requester: jan,
    requesterReference: {
      serviceUrl: 'http://127.0.0.1:1/',
      channelId: 'msteams',
      conversation: { id: 'a:jan-personal', conversationType: 'personal' },
      user: { id: jan.id, name: jan.name },
      bot: { id: '28:bot', name: 'Afspraak' },
    },
    ...over,
  };
}

export interface Sent {
  kind: 'send' | 'update';
  conversationId: string;
  activityId?: string;
  text: string;
  card?: Record<string, unknown>;
  at: number;
}

/** A sender that records every post and fails the first `failFirst` calls (or those `fail` picks). */
export function recordingSender(
  options: { failFirst?: number; fail?: (n: number) => boolean; delayMs?: number } = {},
) {
  const sent: Sent[] = [];
  let calls = 0;
  let nextId = 1;
  const attempt = async () => {
    const n = ++calls;
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    if ((options.failFirst !== undefined && n <= options.failFirst) || options.fail?.(n))
      throw new Error(`injected failure ${n}`);
  };
  const record = (
    kind: Sent['kind'],
    reference: Record<string, unknown>,
    activity: Record<string, unknown>,
    id?: string,
  ) => {
    const attachments = activity.attachments as { content?: Record<string, unknown> }[] | undefined;
    sent.push({
      kind,
      conversationId: String((reference.conversation as { id?: string })?.id),
      activityId: id,
      text: String(activity.text ?? activity.summary ?? ''),
      card: attachments?.[0]?.content,
      at: Date.now(),
    });
  };
  const sender: TeamsPort = {
    async send(reference, activity) {
      await attempt();
      const id = `msg-${nextId++}`;
      record('send', reference, activity as Record<string, unknown>, id);
      return { id };
    },
    async sendPersonal(reference, userId, activity) {
      await attempt();
      const id = `msg-${nextId++}`;
      const conversation = reference.conversation as { id?: string; conversationType?: string } | undefined;
      const personal =
        conversation?.conversationType === 'personal'
          ? reference
          : { ...reference, conversation: { id: `a:personal-${userId}` } };
      record('send', personal, activity as Record<string, unknown>, id);
      return { id };
    },
    async update(reference, activityId, activity) {
      await attempt();
      record('update', reference, activity as Record<string, unknown>, activityId);
    },
  };
  return { sender, sent, calls: () => calls };
}

export const DESK_REFERENCE = {
  serviceUrl: 'http://127.0.0.1:1/',
  channelId: 'msteams',
  conversation: { id: '19:desk@thread.tacv2', conversationType: 'channel', isGroup: true },
  bot: { id: '28:bot', name: 'Afspraak' },
};

/** The desk channel as Sam of the communication service sets it up ("persdesk instellen"). */
export const setUpDesk = (storage: Storage) =>
  setDeskChannel(storage, { reference: DESK_REFERENCE, setById: sam.id, setByName: sam.name });

export const fastWorker = {
  pollMs: 5,
  batchSize: 10,
  leaseMs: 2000,
  timeoutMs: 1500,
  backoff: { baseMs: 2, maxMs: 20 },
};

export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Runs the outbox worker until nothing is pending, then stops it (waiting for sends in flight). */
export async function drainOutbox(storage: Storage, sender: TeamsPort): Promise<void> {
  const worker = createOutboxWorker(storage, createDelivery(storage, sender), silentLogger, fastWorker);
  worker.start();
  await until(
    async () =>
      (
        await storage.query<{ n: number }>(
          `select count(*)::int as n from press_outbox where status = 'pending'`,
        )
      ).rows[0].n === 0,
  );
  await worker.stop();
}
