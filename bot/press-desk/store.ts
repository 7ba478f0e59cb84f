// The press desk's store: the one place with the rules of a request's life. Cards (bot) and the
// Persdesk tab call this API; it checks membership, changes state with conditional updates (two
// people taking the same request: exactly one wins), writes the audit trail, and queues the Teams
// posts in the outbox in the same transaction.
//
//   create(new request)            → stored with the next PV-YYYY-NNNN number, queued for the desk
//   list({ filter: 'open' | 'mine' | 'deadline-today' | 'all', actor })
//   get(id | 'PV-2026-0042')       → the request and its audit trail
//   take(id, actor)                → 'genomen' by actor, only if nobody has it
//   handBack(id, actor, note?)     → 'teruggegeven' to the department
//   close(id, actor, outcome)      → 'gesloten' with a short outcome
//   toggleInformed(id, actor, role) → ticks a role to inform on or off
import type { InformRole } from '../../shared/triage/types';
import type { Queryable, Storage } from '../storage';
import { brusselsDay, brusselsYear } from './deadline';
import type { Membership } from './members';
import { enqueue } from './outbox';
import type {
  Actor,
  AuditAction,
  AuditEntry,
  ChangeFailure,
  ChangeResult,
  NewRequest,
  PressRequest,
  RequestStatus,
} from './types';

export type ListFilter = 'open' | 'mine' | 'deadline-today' | 'all';

export interface PressStore {
  create(input: NewRequest, now?: Date): Promise<{ request: PressRequest; created: boolean }>;
  list(options: { filter: ListFilter; actor?: Actor; now?: Date; limit?: number }): Promise<PressRequest[]>;
  get(idOrNumber: number | string): Promise<{ request: PressRequest; audit: AuditEntry[] } | undefined>;
  take(id: number, actor: Actor): Promise<ChangeResult>;
  handBack(id: number, actor: Actor, note?: string): Promise<ChangeResult>;
  close(id: number, actor: Actor, outcome: string): Promise<ChangeResult>;
  toggleInformed(id: number, actor: Actor, role: InformRole): Promise<ChangeResult>;
  /** Sets (or with null clears) the desk's own reminder for an open request. */
  setReminder(id: number, actor: Actor, at: Date | null, note?: string): Promise<ChangeResult>;
  isMember(actor: Actor): Promise<boolean>;
}

export const OUTCOME_MAX = 1000;
const OPEN_STATES: RequestStatus[] = ['open', 'genomen'];

class DuplicateSubmit extends Error {}

type Row = Record<string, unknown>;

const date = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string));
const json = <T>(v: unknown, fallback: T): T =>
  v === null || v === undefined ? fallback : typeof v === 'string' ? (JSON.parse(v) as T) : (v as T);
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toRequest(r: Row): PressRequest {
  return {
    id: Number(r.id),
    number: String(r.number),
    status: r.status as RequestStatus,
    kind: r.kind as PressRequest['kind'],
    route: r.route as PressRequest['route'],
    agreements: ((r.agreements as unknown[]) ?? []).map(Number),
    inform: json(r.inform, []),
    informed: json(r.informed, []),
    description: String(r.description),
    medium: str(r.medium),
    journalist: str(r.journalist),
    contact: str(r.contact),
    question: String(r.question),
    deadline: date(r.deadline),
    department: str(r.department),
    alreadySaid: str(r.already_said),
    requesterId: String(r.requester_id),
    requesterName: str(r.requester_name),
    ownerId: str(r.owner_id),
    ownerName: str(r.owner_name),
    takenAt: date(r.taken_at),
    outcome: str(r.outcome),
    closedAt: date(r.closed_at),
    handbackNote: str(r.handback_note),
    cardActivityId: str(r.card_activity_id),
    remindAt: date(r.remind_at),
    remindNote: str(r.remind_note),
    remindSentAt: date(r.remind_sent_at),
    version: Number(r.version),
    createdAt: date(r.created_at) as Date,
    updatedAt: date(r.updated_at) as Date,
  };
}

export function formatNumber(year: number, seq: number): string {
  return `PV-${year}-${String(seq).padStart(4, '0')}`;
}

async function audit(
  tx: Queryable,
  requestId: number,
  actor: Actor,
  action: AuditAction,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await tx.query(
    'insert into press_audit (request_id, actor_id, actor_name, action, detail) values ($1, $2, $3, $4, $5)',
    [requestId, actor.id, actor.name ?? null, action, JSON.stringify(detail)],
  );
}

/** Queue the card update everyone sees, and optionally a 1:1 message to the requester. */
async function announce(tx: Queryable, request: PressRequest, requesterEvent?: string): Promise<void> {
  await enqueue(tx, {
    dedupeKey: `desk.update:${request.id}:v${request.version}`,
    kind: 'desk.update',
    requestId: request.id,
  });
  if (requesterEvent)
    await enqueue(tx, {
      dedupeKey: `requester:${request.id}:${requesterEvent}`,
      kind: 'requester.message',
      requestId: request.id,
      payload: { event: requesterEvent },
    });
}

function failure(reason: ChangeFailure, message: string, request?: PressRequest): ChangeResult {
  return { ok: false, reason, message, ...(request ? { request } : {}) };
}

export interface PressStoreOptions {
  /**
   * Called after a commit that queued Teams posts (a new request, a take, a hand-back …), from
   * the cards and the Persdesk tab alike: the outbox worker delivers now instead of at its next poll.
   */
  onQueued?: () => void;
}

export function createPressStore(
  storage: Storage,
  membership: Membership,
  options: PressStoreOptions = {},
): PressStore {
  const queued = () => {
    try {
      options.onQueued?.();
    } catch {
      // A wake-up call only: the worker's poll delivers the rows anyway.
    }
  };
  const fetch = async (db: Queryable, id: number) => {
    const { rows } = await db.query<Row>('select * from press_requests where id = $1', [id]);
    return rows[0] ? toRequest(rows[0]) : undefined;
  };

  /** Explains why a conditional update changed nothing, from the request's current state. */
  const whyNot = async (db: Queryable, id: number): Promise<ChangeResult> => {
    const current = await fetch(db, id);
    if (!current) return failure('not-found', 'Deze persvraag bestaat niet (meer).');
    if (current.status === 'gesloten')
      return failure('closed', `${current.number} is al afgesloten.`, current);
    if (current.status === 'teruggegeven')
      return failure('closed', `${current.number} is al teruggegeven aan de dienst.`, current);
    return failure(
      'taken',
      `${current.ownerName ?? 'Een collega'} heeft ${current.number} al opgenomen.`,
      current,
    );
  };

  /** Membership first: someone outside the communication service changes nothing. */
  const change = async (
    actor: Actor,
    fn: (tx: Queryable) => Promise<ChangeResult>,
  ): Promise<ChangeResult> => {
    if (!(await membership.isMember(actor)))
      return failure('not-member', 'Alleen de communicatiedienst kan persvragen op de persdesk behandelen.');
    const result = await storage.transaction(fn);
    if (result.ok) queued();
    return result;
  };

  return {
    isMember: (actor) => membership.isMember(actor),

    async create(input, now = new Date()) {
      const existing = async () => {
        const { rows } = await storage.query<Row>('select * from press_requests where source_key = $1', [
          input.sourceKey,
        ]);
        return rows[0] ? toRequest(rows[0]) : undefined;
      };
      const before = await existing();
      if (before) return { request: before, created: false };
      try {
        const request = await storage.transaction(async (tx) => {
          const year = brusselsYear(now);
          // The upsert locks the year's row until commit: concurrent requests queue for a number.
          const seq = await tx.query<{ last: number }>(
            `insert into press_sequence (year, last) values ($1, 1)
             on conflict (year) do update set last = press_sequence.last + 1 returning last`,
            [year],
          );
          const number = formatNumber(year, Number(seq.rows[0].last));
          const { rows } = await tx.query<Row>(
            `insert into press_requests (number, year, seq, source_key, status, kind, route, agreements, inform,
               description, medium, journalist, contact, question, deadline, department, already_said,
               requester_id, requester_aad_id, requester_name, requester_reference)
             values ($1, $2, $3, $4, 'open', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
             on conflict (source_key) do nothing
             returning *`,
            [
              number,
              year,
              Number(seq.rows[0].last),
              input.sourceKey,
              input.kind,
              input.route,
              input.agreements,
              JSON.stringify(input.inform),
              input.description,
              input.medium ?? null,
              input.journalist ?? null,
              input.contact ?? null,
              input.question,
              input.deadline ?? null,
              input.department ?? null,
              input.alreadySaid ?? null,
              input.requester.id,
              input.requester.aadObjectId ?? null,
              input.requester.name ?? null,
              JSON.stringify(input.requesterReference),
            ],
          );
          // Another submit of the same form won the race: roll back, so the number is not used up.
          if (!rows[0]) throw new DuplicateSubmit();
          const request = toRequest(rows[0]);
          await audit(tx, request.id, input.requester, 'aangemaakt', { number, kind: input.kind });
          await enqueue(tx, {
            dedupeKey: `desk.post:${request.id}`,
            kind: 'desk.post',
            requestId: request.id,
          });
          return request;
        });
        queued();
        return { request, created: true };
      } catch (e) {
        if (!(e instanceof DuplicateSubmit) && !isUniqueViolation(e)) throw e;
        const after = await existing();
        if (!after) throw e;
        return { request: after, created: false };
      }
    },

    async list({ filter, actor, now = new Date(), limit = 200 }) {
      const where: string[] = [];
      const params: unknown[] = [];
      const p = (v: unknown) => {
        params.push(v);
        return `$${params.length}`;
      };
      if (filter !== 'all') where.push(`status = any(${p(OPEN_STATES)})`);
      if (filter === 'mine') {
        if (!actor) return [];
        // The Entra object id matches too (the tab knows the user by it, Teams by the 29: id);
        // an actor without one (local mode, the Emulator) is matched on its id alone.
        where.push(
          actor.aadObjectId
            ? `(owner_id = ${p(actor.id)} or owner_aad_id = ${p(actor.aadObjectId)})`
            : `owner_id = ${p(actor.id)}`,
        );
      }
      if (filter === 'deadline-today') {
        const { start, end } = brusselsDay(now);
        where.push(`deadline >= ${p(start)} and deadline < ${p(end)}`);
      }
      const { rows } = await storage.query<Row>(
        `select * from press_requests ${where.length ? `where ${where.join(' and ')}` : ''}
          order by deadline asc nulls last, created_at asc limit ${p(limit)}`,
        params,
      );
      return rows.map(toRequest);
    },

    async get(idOrNumber) {
      const byNumber = typeof idOrNumber === 'string';
      const { rows } = await storage.query<Row>(
        `select * from press_requests where ${byNumber ? 'upper(number) = upper($1)' : 'id = $1'}`,
        [idOrNumber],
      );
      if (!rows[0]) return undefined;
      const request = toRequest(rows[0]);
      const trail = await storage.query<Row>(
        'select id, at, actor_id, actor_name, action, detail from press_audit where request_id = $1 order by id',
        [request.id],
      );
      return {
        request,
        audit: trail.rows.map((a) => ({
          id: Number(a.id),
          at: new Date(a.at as string),
          actorId: String(a.actor_id),
          actorName: str(a.actor_name),
          action: a.action as AuditAction,
          detail: json(a.detail, {}),
        })),
      };
    },

    take: (id, actor) =>
      change(actor, async (tx) => {
        const { rows } = await tx.query<Row>(
          `update press_requests
              set status = 'genomen', owner_id = $2, owner_aad_id = $3, owner_name = $4, taken_at = now(),
                  version = version + 1, updated_at = now()
            where id = $1 and owner_id is null and status = 'open'
            returning *`,
          [id, actor.id, actor.aadObjectId ?? null, actor.name ?? null],
        );
        if (!rows[0]) {
          const why = await whyNot(tx, id);
          // The same person taking it again (a redelivered click, or the tab after the card) is
          // not an error: Teams knows them by their 29: id, the tab by their Entra object id.
          if (!why.ok && why.request?.status === 'genomen' && (await ownedBy(tx, id, actor)))
            return { ok: true, request: why.request };
          return why;
        }
        const request = toRequest(rows[0]);
        await audit(tx, id, actor, 'opgenomen');
        await announce(tx, request, 'taken');
        return { ok: true, request };
      }),

    handBack: (id, actor, note) =>
      change(actor, async (tx) => {
        const clean = note?.trim().slice(0, OUTCOME_MAX) || null;
        const { rows } = await tx.query<Row>(
          `update press_requests
              set status = 'teruggegeven', handback_note = $2, owner_id = coalesce(owner_id, $3),
                  owner_aad_id = case when owner_id is null then $5 else owner_aad_id end,
                  owner_name = coalesce(owner_name, $4), version = version + 1, updated_at = now()
            where id = $1 and status in ('open', 'genomen')
            returning *`,
          [id, clean, actor.id, actor.name ?? null, actor.aadObjectId ?? null],
        );
        if (!rows[0]) return whyNot(tx, id);
        const request = toRequest(rows[0]);
        await audit(tx, id, actor, 'teruggegeven', clean ? { note: clean } : {});
        await announce(tx, request, 'handed-back');
        return { ok: true, request };
      }),

    close: (id, actor, outcome) =>
      change(actor, async (tx) => {
        const clean = outcome?.trim() ?? '';
        if (!clean)
          return failure('invalid', 'Schrijf kort hoe de persvraag afgehandeld is, dan kan je ze afsluiten.');
        if (clean.length > OUTCOME_MAX)
          return failure('invalid', `Houd de uitkomst kort (hoogstens ${OUTCOME_MAX} tekens).`);
        const { rows } = await tx.query<Row>(
          `update press_requests
              set status = 'gesloten', outcome = $2, closed_at = now(), owner_id = coalesce(owner_id, $3),
                  owner_aad_id = case when owner_id is null then $5 else owner_aad_id end,
                  owner_name = coalesce(owner_name, $4), version = version + 1, updated_at = now()
            where id = $1 and status in ('open', 'genomen', 'teruggegeven')
            returning *`,
          [id, clean, actor.id, actor.name ?? null, actor.aadObjectId ?? null],
        );
        if (!rows[0]) return whyNot(tx, id);
        const request = toRequest(rows[0]);
        await audit(tx, id, actor, 'gesloten', { outcome: clean });
        await announce(tx, request, 'closed');
        return { ok: true, request };
      }),

    toggleInformed: (id, actor, role) =>
      change(actor, async (tx) => {
        const current = await fetch(tx, id);
        if (!current) return failure('not-found', 'Deze persvraag bestaat niet (meer).');
        if (!current.inform.some((i) => i.role === role))
          return failure(
            'invalid',
            'Die rol staat niet op de lijst van wie geïnformeerd moet worden.',
            current,
          );
        const { rows } = await tx.query<Row>(
          `update press_requests
              set informed = case when informed ? $2 then informed - $2 else informed || to_jsonb($2::text) end,
                  version = version + 1, updated_at = now()
            where id = $1
            returning *`,
          [id, role],
        );
        const request = toRequest(rows[0]);
        const nowInformed = request.informed.includes(role);
        await audit(tx, id, actor, nowInformed ? 'geinformeerd' : 'niet-meer-geinformeerd', { role });
        await announce(tx, request);
        return { ok: true, request };
      }),

    setReminder: (id, actor, at, note) =>
      change(actor, async (tx) => {
        const clean = note?.trim().slice(0, 300) || null;
        const { rows } = await tx.query<Row>(
          `update press_requests
              set remind_at = $2, remind_note = $3, remind_set_by = $4, remind_sent_at = null,
                  version = version + 1, updated_at = now()
            where id = $1 and status in ('open', 'genomen')
            returning *`,
          [id, at, at ? clean : null, actor.id],
        );
        if (!rows[0]) return whyNot(tx, id);
        const request = toRequest(rows[0]);
        await audit(
          tx,
          id,
          actor,
          'herinnering-ingesteld',
          at ? { at: at.toISOString(), ...(clean ? { note: clean } : {}) } : {},
        );
        await announce(tx, request);
        return { ok: true, request };
      }),
  };
}

/** Whether `actor` owns the request, by Teams id or by Entra object id (as the "mine" list matches). */
async function ownedBy(tx: Queryable, id: number, actor: Actor): Promise<boolean> {
  const { rows } = await tx.query(
    'select 1 from press_requests where id = $1 and (owner_id = $2 or owner_aad_id = $3)',
    [id, actor.id, actor.aadObjectId ?? null],
  );
  return rows.length > 0;
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: string }).code === '23505';
}

export { audit as writeAudit };
