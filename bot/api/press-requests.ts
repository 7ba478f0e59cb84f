// The Persdesk tab's HTTP API over the press desk store (bot/press-desk/store.ts).
// Wire types first; the routes follow once the store lands.

export type PressRequestStatus = 'open' | 'taken' | 'closed';
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
  user: { id: string; name: string };
  requests: PressRequestView[];
}

export interface PressRequestDetail {
  request: PressRequestView;
  audit: AuditEntryView[];
}
