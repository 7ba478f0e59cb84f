// The composer's draft: loaded from the server, changed locally, saved automatically a moment after
// the last change (one save at a time, the revision it was loaded at, so two editors never
// overwrite each other unseen). A save the server refuses keeps the local draft and its messages
// per field; nothing is lost until the page is closed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Organisation } from '../../../shared/organisation/types';
import { ApiError } from '../api';
import type { Draft, FieldMessage, NoteApi, NoteStatus, VersionSummary } from '../note-types';

export type SaveState =
  | { kind: 'saved'; at?: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'invalid'; count: number }
  | { kind: 'conflict'; message: string }
  | { kind: 'error'; message: string };

export interface DraftState {
  status?: NoteStatus;
  draft?: Draft;
  /** The draft as the user sees it, possibly ahead of the saved one. */
  organisation?: Organisation;
  errors: FieldMessage[];
  save: SaveState;
  loadError?: ApiError;
  update(change: (org: Organisation) => Organisation): void;
  /** Waits for the pending save; false when the draft could not be saved. */
  flush(): Promise<boolean>;
  publish(changeNote?: string): Promise<VersionSummary | undefined>;
  discard(): Promise<void>;
  reload(): Promise<void>;
  /** Takes a draft the server changed (an example added from the Vragen page). */
  adopt(draft: Draft): void;
}

const AUTOSAVE_MS = 800;

export function useDraft(api: NoteApi, autosaveMs = AUTOSAVE_MS): DraftState {
  const [status, setStatus] = useState<NoteStatus>();
  const [draft, setDraft] = useState<Draft>();
  const [organisation, setOrganisation] = useState<Organisation>();
  const [errors, setErrors] = useState<FieldMessage[]>([]);
  const [save, setSave] = useState<SaveState>({ kind: 'saved' });
  const [loadError, setLoadError] = useState<ApiError>();

  // What the timers and the save loop need without re-creating callbacks on every keystroke.
  // `refused`: the last save was refused (invalid or changed by someone else), so publishing would
  // publish something other than what is on screen.
  const latest = useRef<{
    org?: Organisation;
    revision: number;
    dirty: boolean;
    refused: boolean;
    saving?: Promise<boolean>;
  }>({ revision: 0, dirty: false, refused: false });
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const take = useCallback((d: Draft) => {
    latest.current = {
      ...latest.current,
      org: d.organisation,
      revision: d.revision,
      dirty: false,
      refused: false,
    };
    setDraft(d);
    setOrganisation(d.organisation);
    setErrors([]);
    setSave({ kind: 'saved', at: d.updatedAt });
  }, []);

  const reload = useCallback(async () => {
    try {
      const [s, d] = await Promise.all([api.status(), api.draft()]);
      setStatus(s);
      take(d);
      setLoadError(undefined);
    } catch (e) {
      setLoadError(
        e instanceof ApiError ? e : new ApiError(0, 'network', 'Het concept kon niet geladen worden.'),
      );
    }
  }, [api, take]);

  useEffect(() => {
    void reload();
    return () => clearTimeout(timer.current);
  }, [reload]);

  const saveNow = useCallback(async (): Promise<boolean> => {
    const state = latest.current;
    if (state.saving) await state.saving;
    if (!latest.current.dirty || !latest.current.org) return true;
    const org = latest.current.org;
    latest.current.dirty = false;
    setSave({ kind: 'saving' });
    const run = (async () => {
      try {
        const saved = await api.saveDraft(org, latest.current.revision);
        latest.current.revision = saved.revision;
        latest.current.refused = false;
        setDraft(saved);
        setErrors([]);
        // Changes typed while saving stay on screen and are saved next.
        if (!latest.current.dirty) setSave({ kind: 'saved', at: saved.updatedAt });
        return true;
      } catch (e) {
        const error = e instanceof ApiError ? e : new ApiError(0, 'network', 'Bewaren lukte niet.');
        latest.current.refused = error.code === 'invalid_note' || error.code === 'draft_changed';
        if (error.code === 'invalid_note') {
          setErrors(error.fields);
          setSave({ kind: 'invalid', count: error.fields.length });
        } else if (error.code === 'draft_changed') {
          setSave({ kind: 'conflict', message: error.message });
        } else {
          latest.current.dirty = true;
          setSave({ kind: 'error', message: error.message });
        }
        return false;
      } finally {
        latest.current.saving = undefined;
      }
    })();
    latest.current.saving = run;
    return run;
  }, [api]);

  const update = useCallback(
    (change: (org: Organisation) => Organisation) => {
      const current = latest.current.org;
      if (!current) return;
      const next = change(current);
      latest.current.org = next;
      latest.current.dirty = true;
      setOrganisation(next);
      setSave({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), autosaveMs);
    },
    [autosaveMs, saveNow],
  );

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (latest.current.saving) await latest.current.saving;
    if (latest.current.dirty) return saveNow();
    return !latest.current.refused;
  }, [saveNow]);

  const publish = useCallback(
    async (changeNote?: string) => {
      if (!(await flush())) return undefined;
      const version = await api.publish({
        ...(changeNote ? { changeNote } : {}),
        revision: latest.current.revision,
      });
      await reload();
      return version;
    },
    [api, flush, reload],
  );

  const discard = useCallback(async () => {
    clearTimeout(timer.current);
    await api.discardDraft();
    await reload();
  }, [api, reload]);

  return {
    status,
    draft,
    organisation,
    errors,
    save,
    loadError,
    update,
    flush,
    publish,
    discard,
    reload,
    adopt: take,
  };
}
