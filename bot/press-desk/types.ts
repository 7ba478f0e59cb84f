// The press desk's domain values: a request as stored, its audit trail, and who acts on it.
import type { InformRole, TriageKind, TriageRoute } from '../../shared/triage/types';

export type RequestStatus = 'open' | 'genomen' | 'teruggegeven' | 'gesloten';

/** Someone acting on the desk (from a Teams activity or, for the tab, from an SSO token). */
export interface Actor {
  /** Teams user id (29:…) or another stable id. */
  id: string;
  name?: string;
  /** Entra object id. */
  aadObjectId?: string;
  /** E-mail or UPN, when known. */
  email?: string;
}

/** One role to inform with the organisation's names, as the triage found them. */
export interface InformItem {
  role: InformRole;
  label: string;
}

export interface PressRequest {
  id: number;
  /** PV-2026-0042 */
  number: string;
  status: RequestStatus;
  kind: TriageKind;
  route: TriageRoute;
  agreements: number[];
  inform: InformItem[];
  /** Roles already informed (ticked off on the card). */
  informed: InformRole[];
  description: string;
  medium: string | null;
  journalist: string | null;
  contact: string | null;
  question: string;
  deadline: Date | null;
  department: string | null;
  alreadySaid: string | null;
  requesterId: string;
  requesterName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  takenAt: Date | null;
  outcome: string | null;
  closedAt: Date | null;
  handbackNote: string | null;
  cardActivityId: string | null;
  /** A reminder the communication service set for itself, and when it went out. */
  remindAt: Date | null;
  remindNote: string | null;
  remindSentAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type AuditAction =
  | 'aangemaakt'
  | 'opgenomen'
  | 'teruggegeven'
  | 'gesloten'
  | 'geinformeerd'
  | 'niet-meer-geinformeerd'
  | 'herinnering'
  | 'herinnering-ingesteld'
  | 'geweigerd';

export interface AuditEntry {
  id: number;
  at: Date;
  actorId: string;
  actorName: string | null;
  action: AuditAction;
  detail: Record<string, unknown>;
}

/** What a staff member filled in on the form (prefilled from the triage). */
export interface NewRequest {
  /** Unique per form: a redelivered or repeated submit of the same form stores one request. */
  sourceKey: string;
  description: string;
  kind: TriageKind;
  route: TriageRoute;
  agreements: number[];
  inform: InformItem[];
  medium?: string;
  journalist?: string;
  contact?: string;
  question: string;
  deadline?: Date;
  department?: string;
  alreadySaid?: string;
  requester: Actor;
  /** Where to reach the requester 1:1 later (a Bot Framework conversation reference). */
  requesterReference: Record<string, unknown>;
}

export type ChangeFailure = 'not-member' | 'not-found' | 'taken' | 'closed' | 'invalid';

export type ChangeResult =
  | { ok: true; request: PressRequest }
  | { ok: false; reason: ChangeFailure; request?: PressRequest; message: string };
