// The note's versions and draft as the API returns them (the shapes at the top of routes.ts).
import { noteChanges } from '../../shared/organisation/diff';
import { validateOrganisationObject, type FieldMessage } from '../../shared/organisation/validate-object';
import type { NoteSource } from './note-source';
import type { StoredDraft, StoredVersion } from './version-store';

export function summaryView(v: StoredVersion, current: number) {
  return {
    number: v.number,
    status: 'published' as const,
    current: v.number === current,
    createdBy: v.createdBy,
    createdAt: v.createdAt.toISOString(),
    ...(v.changeNote ? { changeNote: v.changeNote } : {}),
    ...(v.restoredFrom !== undefined ? { restoredFrom: v.restoredFrom } : {}),
    origin: v.origin,
    changes: v.changes,
  };
}

/** The draft as the composer loads it; without a stored draft, a copy of the version in force. */
export async function draftView(source: NoteSource, draft: StoredDraft | undefined) {
  const current = source.current();
  const organisation = draft?.organisation ?? current.organisation;
  const basedOn = draft?.basedOn ?? current.number;
  const base =
    basedOn === current.number ? current.organisation : (await source.store.get(basedOn))?.organisation;
  const checked = validateOrganisationObject(organisation);
  const warnings: FieldMessage[] = checked.ok ? checked.warnings : [];
  return {
    organisation,
    basedOn,
    revision: draft?.revision ?? 0,
    ...(draft ? { updatedBy: draft.updatedBy, updatedAt: draft.updatedAt.toISOString() } : {}),
    stale: basedOn < current.number,
    changes: base ? noteChanges(base, organisation) : [],
    warnings,
  };
}
