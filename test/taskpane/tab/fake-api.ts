// An in-memory TabApi for component tests: the organisation file, and a small press desk with
// the same rules as the server (take only when open, hand back only your own, close with outcome).
import type { AuditEntryView, PressRequestFilter, PressRequestView } from '../../../bot/api/press-requests';
import { ApiError, type TabApi } from '../../../taskpane/tab/api';
import { fakeNoteApi } from './fake-note-api';

export const ME = { id: 'user-lotte', name: 'Lotte Janssens' };

export function fakeTabApi(
  options: { member?: boolean; requests?: PressRequestView[]; note?: ReturnType<typeof fakeNoteApi> } = {},
) {
  const note = options.note ?? fakeNoteApi({ member: options.member });
  const requests = new Map((options.requests ?? []).map((r) => [r.id, { ...r }]));
  const audit = new Map<string, AuditEntryView[]>();
  const log = (id: string, action: string, detail?: string) =>
    audit.set(id, [...(audit.get(id) ?? []), { at: '2026-11-25T10:00:00Z', actor: ME.name, action, detail }]);
  const guard = () => {
    if (options.member === false)
      throw new ApiError(
        403,
        'not_press_desk_member',
        'De Persdesk is er alleen voor de communicatiedienst.',
      );
  };
  const get = (id: string) => {
    const r = requests.get(id);
    if (!r) throw new ApiError(404, 'not_found', 'Deze persvraag bestaat niet (meer).');
    return r;
  };
  const matches = (r: PressRequestView, filter: PressRequestFilter) =>
    filter === 'open'
      ? r.status === 'open' || r.status === 'taken'
      : filter === 'mine'
        ? r.mine && r.status === 'taken'
        : filter === 'today'
          ? r.dueToday && (r.status === 'open' || r.status === 'taken')
          : r.status === 'closed' || r.status === 'handed-back';
  const api: TabApi = {
    config: async () => ({ mode: 'local' }),
    organisation: async () => (await note.api.version('current')).organisation,
    publishedOrganisation: async () => {
      const v = await note.api.version('current');
      return { organisation: v.organisation, noteVersion: v.number };
    },
    pressRequests: async (filter) => {
      guard();
      const count = (f: PressRequestFilter) => [...requests.values()].filter((r) => matches(r, f)).length;
      return {
        filter,
        counts: { open: count('open'), mine: count('mine'), today: count('today') },
        user: ME,
        requests: [...requests.values()].filter((r) => matches(r, filter)),
      };
    },
    pressRequest: async (id) => {
      guard();
      return {
        request: { ...get(id), advice: ['Geef zelf geen reactie aan de pers.'] },
        audit: audit.get(id) ?? [],
      };
    },
    take: async (id) => {
      const r = get(id);
      if (r.status !== 'open')
        throw new ApiError(409, 'already_taken', `${r.assignee?.name} behandelt deze persvraag al.`);
      Object.assign(r, { status: 'taken', assignee: ME, mine: true });
      log(id, 'nam de persvraag op');
      return r;
    },
    handBack: async (id) => {
      const r = get(id);
      Object.assign(r, { status: 'handed-back' });
      log(id, 'gaf de persvraag terug aan de dienst');
      return r;
    },
    close: async (id, outcome) => {
      const r = get(id);
      Object.assign(r, { status: 'closed', outcome, closedAt: '2026-11-25T11:00:00Z' });
      log(id, 'sloot de persvraag af', outcome);
      return r;
    },
    inform: async (id, role, informed) => {
      const r = get(id);
      r.inform = r.inform.map((i) => (i.role === role ? { ...i, informed } : i));
      log(id, informed ? 'duidde aan wie geïnformeerd is' : 'haalde een vinkje "geïnformeerd" weg', role);
      return r;
    },
    remind: async (id, at, note) => {
      const r = get(id);
      Object.assign(r, { reminder: at ?? undefined, reminderNote: at ? note : undefined });
      log(id, 'stelde een herinnering in');
      return r;
    },
    csvExport: async (from, to) => new Blob([`van;tot\n${from};${to}\n`], { type: 'text/csv' }),
    note: note.api,
  };
  return { api, requests, note };
}

export function request(id: string, over: Partial<PressRequestView> = {}): PressRequestView {
  return {
    id,
    reference: `PV-${id}`,
    summary: `Vraag ${id} van Het Nieuwsblad over de heraanleg van de markt`,
    medium: 'Het Nieuwsblad',
    journalist: 'Pieter De Smet',
    requester: 'Bram Peeters',
    status: 'open',
    createdAt: '2026-11-25T08:30:00Z',
    deadline: '2026-11-25T16:00:00Z',
    dueToday: true,
    agreements: [52],
    mine: false,
    urgency: 'today',
    description: 'Een journalist van Het Nieuwsblad belt over de heraanleg van de markt',
    inform: [],
    ...over,
  };
}
