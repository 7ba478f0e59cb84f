// The Persdesk tab's HTTP API over the press desk store (bot/press-desk/store.ts): the store keeps
// the rules (membership, conditional take, audit trail, outbox); this module only translates HTTP
// to store calls and store values to what the tab shows.
//
//   GET  /api/press-requests?filter=open|mine|today|closed   the list, for the communication service
//   GET  /api/press-requests/:id                             one request with its audit trail
//   POST /api/press-requests/:id/take | /hand-back | /close  the card actions ({ outcome } for close)
//   POST /api/press-requests/:id/inform  { role, informed: true|false }  tick (or undo) who was informed
//   POST /api/press-requests/:id/reminder  { at: ISO | null, note? }  the desk's own reminder
//   GET  /api/press-requests.csv?from=yyyy-mm-dd&to=yyyy-mm-dd  requests made in a period (yearly report)
//
// In production every call needs a valid Entra ID token (bot/api/auth.ts) and the caller must be
// on the press desk; in local mode there is no sign-in and the caller is the local user.
import type { Next, Request, Response, Server } from 'restify';
import { brusselsDay } from '../press-desk/deadline';
import { deskInformList } from '../press-desk/inform';
import { parseRequestId } from '../press-desk/request-id';
import type { InformRole } from '../../shared/triage/types';
import type { PressStore } from '../press-desk/store';
import type { Actor, AuditEntry, ChangeResult, PressRequest } from '../press-desk/types';
import { peopleByRole } from '../../shared/organisation/people';
import type { EffectiveOrganisation } from '../../shared/organisation/types';
import type { BotConfig } from '../config';
import { triageAdvice } from '../cards/press-triage-card';
import { requestTriage } from '../press-desk/request-triage';
import { AuthError, createTokenValidator, type TokenValidator } from './auth';

/** 'handed-back': returned to the department that reported it (the desk's part is done). */
export type PressRequestStatus = 'open' | 'taken' | 'handed-back' | 'closed';
export type PressRequestFilter = 'open' | 'mine' | 'today' | 'closed';

/** A press request as the tab shows it. */
export interface PressRequestView {
  id: string;
  /** Human reference ("PV-2026-0012"), when the store gives one. */
  reference?: string;
  summary: string;
  medium?: string;
  journalist?: string;
  requester?: string;
  status: PressRequestStatus;
  assignee?: { id: string; name: string };
  createdAt: string;
  deadline?: string;
  /** The deadline falls on today (Brussels time). */
  dueToday: boolean;
  closedAt?: string;
  outcome?: string;
  agreements: number[];
  /** Taken by the caller. */
  mine: boolean;
  /** When the desk's own reminder goes out (not yet sent), and its note. */
  reminder?: string;
  reminderNote?: string;
  /** overdue (deadline passed), today, later, none (no deadline); closed requests: none. */
  urgency: 'overdue' | 'today' | 'later' | 'none';
  /** The journalist's phone and e-mail as the staff member wrote them. */
  contact?: string;
  department?: string;
  /** What the staff member already said or promised. */
  alreadySaid?: string;
  /** The situation in the staff member's words. */
  description: string;
  /** Who must be informed (names from the note) and whether that is done. */
  inform: { role: string; label: string; informed: boolean }[];
}

/** What to do now, as the triage advised the staff member (detail only). */
export interface PressRequestAdvice {
  advice: string[];
}

export interface AuditEntryView {
  at: string;
  actor: string;
  /** Dutch verb phrase: "nam de persvraag op". */
  action: string;
  detail?: string;
}

export interface PressRequestList {
  filter: PressRequestFilter;
  /** How many requests each filter holds now: "Open 3 · Van mij 1 · Vandaag 2". */
  counts: { open: number; mine: number; today: number };
  user: { id: string; name: string };
  requests: PressRequestView[];
}

export interface PressRequestDetail {
  request: PressRequestView & PressRequestAdvice;
  audit: AuditEntryView[];
}

/** The caller in local mode (no sign-in): one local user, so "mine" works when trying it out. */
export const LOCAL_ACTOR: Actor = {
  id: 'lokale-gebruiker',
  aadObjectId: 'lokale-gebruiker',
  name: 'Lokale gebruiker',
};

/**
 * The local user acts with the e-mail of the organisation file's communicatieverantwoordelijke,
 * whom the press desk counts as a member: trying the Persdesk locally needs no PRESS_DESK_MEMBERS.
 */
export function localActorFor(org: EffectiveOrganisation): Actor {
  const email = peopleByRole(org, 'communicatieverantwoordelijke').find((p) => p.email)?.email;
  return email ? { ...LOCAL_ACTOR, email } : LOCAL_ACTOR;
}

/** The routes' settings from the bot's configuration: the token validator in production. */
export function pressRequestRoutesFor(
  config: Pick<BotConfig, 'mode' | 'credentials' | 'allowedTenants' | 'publicHostname' | 'ssoAppId'>,
  org: EffectiveOrganisation | (() => EffectiveOrganisation),
  store: () => PressStore | undefined,
  log?: (line: string) => void,
): PressRequestRoutesDeps {
  const c = config.credentials;
  return {
    mode: config.mode,
    store,
    localActor: () => localActorFor(typeof org === 'function' ? org() : org),
    log,
    advice: (r) =>
      triageAdvice(
        requestTriage(
          typeof org === 'function' ? org() : org,
          r.description,
          r.question,
          r.department ?? undefined,
          // The kind stored settles what the description may have left open (facts or a view).
          r.kind,
        ).result.reply,
      ),
    ...(config.mode === 'production' && c
      ? {
          validateToken: createTokenValidator({
            appId: c.appId,
            tenants: config.allowedTenants.length ? config.allowedTenants : [c.tenantId],
            publicHostname: config.publicHostname,
            ssoAppId: config.ssoAppId,
          }),
        }
      : {}),
  };
}

export interface PressRequestRoutesDeps {
  mode: 'local' | 'production';
  /** The store once storage is open; undefined while the server starts (answered with 503). */
  store: () => PressStore | undefined;
  /** Required in production. */
  validateToken?: TokenValidator;
  /** Who calls in local mode (default LOCAL_ACTOR). */
  /** In local mode: who acts (the note's communicatieverantwoordelijke, read per request). */
  localActor?: Actor | (() => Actor);
  now?: () => Date;
  log?: (line: string) => void;
  /** What the triage advised for a request (the detail view shows it as the card's form did). */
  advice?: (request: PressRequest) => string[];
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const FILTERS: Record<PressRequestFilter, 'open' | 'mine' | 'deadline-today' | 'all'> = {
  open: 'open',
  mine: 'mine',
  today: 'deadline-today',
  closed: 'all',
};
const LIST_LIMIT = 500;
/** Enough for a municipality's year of press requests; the export reads them in one go. */
const EXPORT_LIMIT = 20_000;

const STATUS: Record<PressRequest['status'], PressRequestStatus> = {
  open: 'open',
  genomen: 'taken',
  teruggegeven: 'handed-back',
  gesloten: 'closed',
};

const AUDIT_PHRASES: Record<AuditEntry['action'], string> = {
  aangemaakt: 'meldde de persvraag',
  opgenomen: 'nam de persvraag op',
  teruggegeven: 'gaf de persvraag terug aan de dienst',
  gesloten: 'sloot de persvraag af',
  geinformeerd: 'duidde aan wie geïnformeerd is',
  'niet-meer-geinformeerd': 'haalde een vinkje "geïnformeerd" weg',
  herinnering: 'stuurde een herinnering',
  'herinnering-ingesteld': 'stelde een herinnering in',
  geweigerd: 'probeerde een actie zonder toegang',
};

function urgencyOf(r: PressRequest, now: Date, end: Date): PressRequestView['urgency'] {
  if (!r.deadline || r.status === 'gesloten' || r.status === 'teruggegeven') return 'none';
  if (r.deadline < now) return 'overdue';
  return r.deadline < end ? 'today' : 'later';
}

function view(r: PressRequest, mine: boolean, now: Date): PressRequestView {
  const { start, end } = brusselsDay(now);
  return {
    id: String(r.id),
    reference: r.number,
    summary: r.question || r.description,
    ...(r.medium ? { medium: r.medium } : {}),
    ...(r.journalist ? { journalist: r.journalist } : {}),
    ...(r.requesterName ? { requester: r.requesterName } : {}),
    status: STATUS[r.status],
    ...(r.ownerId && r.status !== 'open'
      ? { assignee: { id: r.ownerId, name: r.ownerName ?? 'een collega' } }
      : {}),
    createdAt: r.createdAt.toISOString(),
    ...(r.deadline ? { deadline: r.deadline.toISOString() } : {}),
    dueToday: Boolean(r.deadline && r.deadline >= start && r.deadline < end),
    ...(r.closedAt ? { closedAt: r.closedAt.toISOString() } : {}),
    ...(r.outcome ? { outcome: r.outcome } : r.handbackNote ? { outcome: r.handbackNote } : {}),
    agreements: r.agreements,
    mine,
    urgency: urgencyOf(r, now, end),
    ...(r.remindAt && !r.remindSentAt ? { reminder: r.remindAt.toISOString() } : {}),
    ...(r.remindAt && !r.remindSentAt && r.remindNote ? { reminderNote: r.remindNote } : {}),
    ...(r.contact ? { contact: r.contact } : {}),
    ...(r.department ? { department: r.department } : {}),
    ...(r.alreadySaid ? { alreadySaid: r.alreadySaid } : {}),
    description: r.description,
    inform: deskInformList(r.inform).map((i) => ({
      role: i.role,
      label: i.label,
      informed: r.informed.includes(i.role),
    })),
  };
}

function auditView(a: AuditEntry): AuditEntryView {
  const d = a.detail;
  const detail =
    typeof d.outcome === 'string'
      ? d.outcome
      : typeof d.note === 'string'
        ? d.note
        : typeof d.role === 'string'
          ? d.role
          : undefined;
  return {
    at: a.at.toISOString(),
    actor: a.actorName ?? 'iemand',
    action: AUDIT_PHRASES[a.action] ?? a.action,
    ...(detail ? { detail } : {}),
  };
}

const FAILURE_STATUS: Record<Exclude<ChangeResult, { ok: true }>['reason'], number> = {
  'not-member': 403,
  'not-found': 404,
  taken: 409,
  closed: 409,
  invalid: 400,
};

/** What a spreadsheet may read as the start of a formula (full-width signs included). */
const FORMULA_START = /^(?:[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;

const CSV_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Brussels',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** CSV for Excel as Flemish offices use it: semicolons, a UTF-8 byte order mark, quoted text. */
export function pressRequestsCsv(requests: readonly PressRequest[]): string {
  const cell = (v: string | number | null | undefined) => {
    let text = v === null || v === undefined ? '' : String(v);
    // A cell starting with = + - @ would run as a formula in Excel (CSV injection), also after
    // leading blanks, tabs or line breaks, which spreadsheets skip; a leading tab or CR is escaped too.
    if (FORMULA_START.test(text)) text = `'${text}`;
    return /[;"\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  // Brussels local time as "2026-11-25 13:42": Excel reads it as a date in any locale.
  const when = (d: Date | null) => (d ? CSV_TIME.format(d).replace(',', '') : '');
  const header = [
    'nummer',
    'gemeld op',
    'gemeld door',
    'soort',
    'medium',
    'journalist',
    'vraag',
    'deadline',
    'status',
    'behandeld door',
    'afgesloten op',
    'afhandeling',
    'afspraken',
  ];
  const lines = requests.map((r) =>
    [
      r.number,
      when(r.createdAt),
      r.requesterName,
      r.kind,
      r.medium,
      r.journalist,
      r.question || r.description,
      when(r.deadline),
      r.status,
      r.ownerName,
      when(r.closedAt),
      r.outcome ?? r.handbackNote,
      r.agreements.join(', '),
    ]
      .map(cell)
      .join(';'),
  );
  return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether yyyy-mm-dd is a day of the calendar (not 2026-13-45 or 2026-02-30). */
function realDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
}

function dayRange(from: unknown, to: unknown): { start: Date; end: Date } {
  if (typeof from !== 'string' || typeof to !== 'string' || !DAY.test(from) || !DAY.test(to)) {
    throw new HttpError(400, 'bad_period', 'Geef een periode op met een begin- en einddatum (jjjj-mm-dd).');
  }
  for (const day of [from, to])
    if (!realDay(day))
      throw new HttpError(400, 'bad_period', `De datum ${day} bestaat niet. Geef een datum als jjjj-mm-dd.`);
  if (from > to) throw new HttpError(400, 'bad_period', 'De begindatum valt na de einddatum.');
  // Noon UTC is always the same calendar day in Brussels.
  const start = brusselsDay(new Date(`${from}T12:00:00Z`)).start;
  const end = brusselsDay(new Date(`${to}T12:00:00Z`)).end;
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) {
    throw new HttpError(400, 'bad_period', 'Die datum bestaat niet.');
  }
  return { start, end };
}

export function registerPressRequestRoutes(server: Server, deps: PressRequestRoutesDeps): void {
  if (deps.mode === 'production' && !deps.validateToken) {
    throw new Error('registerPressRequestRoutes: production mode needs a token validator');
  }
  const now = deps.now ?? (() => new Date());

  const caller = async (req: Request): Promise<Actor> => {
    if (deps.mode === 'local')
      return (typeof deps.localActor === 'function' ? deps.localActor() : deps.localActor) ?? LOCAL_ACTOR;
    const identity = await deps.validateToken!(req.headers.authorization);
    return {
      id: identity.objectId,
      aadObjectId: identity.objectId,
      name: identity.name,
      email: identity.username,
    };
  };
  const storeOrFail = (): PressStore => {
    const store = deps.store();
    if (!store)
      throw new HttpError(
        503,
        'starting',
        'De persdesk start nog op. Probeer het over enkele seconden opnieuw.',
      );
    return store;
  };
  /** Reading is for the press desk too: the requests name journalists and colleagues. */
  const member = async (store: PressStore, actor: Actor) => {
    if (deps.mode === 'local') return;
    if (!(await store.isMember(actor))) {
      throw new HttpError(
        403,
        'not_press_desk_member',
        'De Persdesk is er alleen voor de communicatiedienst.',
      );
    }
  };
  const mineIds = async (store: PressStore, actor: Actor) =>
    new Set((await store.list({ filter: 'mine', actor, now: now(), limit: LIST_LIMIT })).map((r) => r.id));
  const requestId = (req: Request): number => {
    const id = parseRequestId((req.params as { id?: string }).id);
    if (id === undefined) throw new HttpError(404, 'not_found', 'Deze persvraag bestaat niet (meer).');
    return id;
  };

  const route =
    (handler: (req: Request, res: Response) => Promise<void>) =>
    (req: Request, res: Response, next: Next) => {
      handler(req, res).then(
        () => next(),
        (error: unknown) => {
          if (error instanceof AuthError) {
            if (error.status === 401) res.setHeader('WWW-Authenticate', `Bearer error="${error.code}"`);
            sendJson(res, error.status, { error: { code: error.code, message: error.userMessage } });
          } else if (error instanceof HttpError) {
            sendJson(res, error.status, { error: { code: error.code, message: error.message } });
          } else {
            deps.log?.(`press-requests API failed: ${(error as Error).stack ?? String(error)}`);
            sendJson(res, 500, {
              error: { code: 'internal', message: 'Er ging iets mis op de server. Probeer het opnieuw.' },
            });
          }
          next();
        },
      );
    };

  // Registered before '/api/press-requests/:id' so restify does not read "press-requests.csv" as an id.
  server.get(
    '/api/press-requests.csv',
    route(async (req, res) => {
      const actor = await caller(req);
      const store = storeOrFail();
      await member(store, actor);
      const query = new URL(req.url ?? '', 'http://x').searchParams;
      const from = query.get('from');
      const to = query.get('to');
      const { start, end } = dayRange(from, to);
      const all = await store.list({ filter: 'all', actor, now: now(), limit: EXPORT_LIMIT });
      const inPeriod = all
        .filter((r) => r.createdAt >= start && r.createdAt < end)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      const body = pressRequestsCsv(inPeriod);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="persvragen-${from}-tot-${to}.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      res.writeHead(200);
      res.end(body);
    }),
  );

  server.get(
    '/api/press-requests',
    route(async (req, res) => {
      const actor = await caller(req);
      const store = storeOrFail();
      await member(store, actor);
      const asked = new URL(req.url ?? '', 'http://x').searchParams.get('filter') ?? 'open';
      // Own keys only: "__proto__" or "constructor" is no filter either.
      if (!Object.hasOwn(FILTERS, asked))
        throw new HttpError(400, 'bad_filter', `Onbekende filter "${asked}".`);
      const filter = asked as PressRequestFilter;
      const at = now();
      let requests = await store.list({
        filter: FILTERS[filter],
        actor,
        now: at,
        limit: filter === 'closed' ? EXPORT_LIMIT : LIST_LIMIT,
      });
      if (filter === 'closed') {
        requests = requests
          .filter((r) => r.status === 'gesloten' || r.status === 'teruggegeven')
          .sort((a, b) => (b.closedAt ?? b.updatedAt).getTime() - (a.closedAt ?? a.updatedAt).getTime())
          .slice(0, LIST_LIMIT);
      }
      const mine = await mineIds(store, actor);
      const [open, today] = await Promise.all(
        (['open', 'deadline-today'] as const).map((f) =>
          store.list({ filter: f, actor, now: at, limit: LIST_LIMIT }),
        ),
      );
      const list: PressRequestList = {
        filter,
        counts: { open: open.length, mine: mine.size, today: today.length },
        user: { id: actor.id, name: actor.name ?? '' },
        requests: requests.map((r) => view(r, mine.has(r.id), at)),
      };
      sendJson(res, 200, list);
    }),
  );

  server.get(
    '/api/press-requests/:id',
    route(async (req, res) => {
      const actor = await caller(req);
      const store = storeOrFail();
      await member(store, actor);
      const found = await store.get(requestId(req));
      if (!found) throw new HttpError(404, 'not_found', 'Deze persvraag bestaat niet (meer).');
      const mine = await mineIds(store, actor);
      const detail: PressRequestDetail = {
        request: {
          ...view(found.request, mine.has(found.request.id), now()),
          advice: deps.advice?.(found.request) ?? [],
        },
        audit: found.audit.map(auditView),
      };
      sendJson(res, 200, detail);
    }),
  );

  const action = (
    name: string,
    run: (
      store: PressStore,
      id: number,
      actor: Actor,
      body: Record<string, unknown>,
    ) => Promise<ChangeResult>,
  ) =>
    server.post(
      `/api/press-requests/:id/${name}`,
      route(async (req, res) => {
        const actor = await caller(req);
        const store = storeOrFail();
        const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
        const result = await run(store, requestId(req), actor, body);
        if (!result.ok) {
          const code =
            result.reason === 'not-member' ? 'not_press_desk_member' : result.reason.replace(/-/g, '_');
          throw new HttpError(FAILURE_STATUS[result.reason], code, result.message);
        }
        const mine = await mineIds(store, actor);
        sendJson(res, 200, view(result.request, mine.has(result.request.id), now()));
      }),
    );
  action('take', (store, id, actor) => store.take(id, actor));
  action('hand-back', (store, id, actor, body) =>
    store.handBack(id, actor, typeof body.note === 'string' ? body.note : undefined),
  );
  action('close', (store, id, actor, body) =>
    store.close(id, actor, typeof body.outcome === 'string' ? body.outcome : ''),
  );
  // { role, informed }: sets whether a role was informed; asking for the state it has changes nothing.
  action('inform', async (store, id, actor, body) => {
    const role = typeof body.role === 'string' ? (body.role as InformRole) : undefined;
    if (!role) throw new HttpError(400, 'bad_role', 'Zeg wie er geïnformeerd is (role).');
    const current = await store.get(id);
    if (
      current &&
      typeof body.informed === 'boolean' &&
      current.request.informed.includes(role) === body.informed
    ) {
      if (!(await store.isMember(actor)))
        throw new HttpError(
          403,
          'not_press_desk_member',
          'De Persdesk is er alleen voor de communicatiedienst.',
        );
      return { ok: true, request: current.request };
    }
    return store.toggleInformed(id, actor, role);
  });
  // { at: ISO date-time | null, note? }: the desk's own reminder for an open request (null clears it).
  action('reminder', (store, id, actor, body) => {
    const at = body.at === null ? null : typeof body.at === 'string' ? new Date(body.at) : undefined;
    if (at === undefined || (at && Number.isNaN(at.getTime())))
      throw new HttpError(400, 'bad_reminder', 'Kies een datum en een uur voor de herinnering.');
    return store.setReminder(id, actor, at, typeof body.note === 'string' ? body.note : undefined);
  });
}

function sendJson(res: Response, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.writeHead(status);
  res.end(body);
}
