// An in-memory note API for component tests, with the server's rules (bot/note/routes.ts): one draft
// with a revision, validation with validate's messages per field, publish makes a version, a
// restore publishes a copy, changes computed by shared/organisation/diff.
import { loadOrganisationFile } from '../../../cli/organisation-file';
import { noteChanges } from '../../../shared/organisation/diff';
import type { Organisation } from '../../../shared/organisation/types';
import { validateOrganisationObject } from '../../../shared/organisation/validate-object';
import { ApiError } from '../../../taskpane/tab/api';
import type { Draft, NoteApi, Preview, QuestionGroup, Version } from '../../../taskpane/tab/note-types';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function fakeNoteApi(
  options: { member?: boolean; questions?: QuestionGroup[]; preview?: (org: Organisation) => Preview } = {},
) {
  const seed = loadOrganisationFile('organisations/zilverbeek.yaml');
  const versions: Version[] = [
    {
      number: 1,
      status: 'published',
      current: true,
      createdBy: 'organisations/zilverbeek.yaml',
      createdAt: '2026-12-01T09:00:00Z',
      origin: 'file',
      changes: [],
      organisation: seed,
    },
  ];
  let stored: { organisation: Organisation; revision: number; basedOn: number } | undefined;
  const calls: string[] = [];
  const guard = () => {
    if (options.member === false)
      throw new ApiError(
        403,
        'not_member',
        'Alleen de communicatieverantwoordelijke en de communicatiedienst kunnen de afsprakennota samenstellen.',
      );
  };
  const current = () => versions.find((v) => v.current)!;
  const summary = ({ organisation: _o, ...rest }: Version) => clone(rest);
  const draftView = (): Draft => {
    const base = stored ? versions.find((v) => v.number === stored!.basedOn)! : current();
    const organisation = stored?.organisation ?? base.organisation;
    const validation = validateOrganisationObject(organisation);
    return {
      organisation: clone(organisation),
      basedOn: base.number,
      revision: stored?.revision ?? 0,
      stale: base.number !== current().number,
      changes: noteChanges(base.organisation, organisation),
      warnings: validation.ok ? validation.warnings : [],
      ...(stored ? { updatedBy: 'Lotte Janssens', updatedAt: '2026-12-07T10:00:00Z' } : {}),
    };
  };
  const publishCopy = (organisation: Organisation, origin: Version['origin'], restoredFrom?: number) => {
    const before = current();
    before.current = false;
    const version: Version = {
      number: versions.length + 1,
      status: 'published',
      current: true,
      createdBy: 'Lotte Janssens',
      createdAt: `2026-12-07T1${versions.length}:00:00Z`,
      origin,
      ...(restoredFrom ? { restoredFrom } : {}),
      changes: noteChanges(before.organisation, organisation),
      organisation: clone(organisation),
    };
    versions.push(version);
    return summary(version);
  };
  const find = (n: number | 'current') => {
    const v = n === 'current' ? current() : versions.find((x) => x.number === n);
    if (!v) throw new ApiError(404, 'not_found', 'Deze versie bestaat niet.');
    return v;
  };
  const api: NoteApi = {
    status: async () => {
      guard();
      return {
        user: { name: 'Lotte Janssens' },
        published: summary(current()),
        draft: stored ? draftView() : null,
      };
    },
    draft: async () => {
      guard();
      return draftView();
    },
    saveDraft: async (organisation, revision) => {
      guard();
      calls.push(`save ${revision}`);
      if ((stored?.revision ?? 0) !== revision)
        throw new ApiError(
          409,
          'draft_changed',
          'Iemand anders bewaarde het concept intussen. Laad het opnieuw.',
        );
      const validation = validateOrganisationObject(organisation);
      if (!validation.ok)
        throw new ApiError(422, 'invalid_note', 'Het concept bevat fouten.', validation.errors);
      stored = {
        organisation: clone(organisation),
        revision: revision + 1,
        basedOn: stored?.basedOn ?? current().number,
      };
      return draftView();
    },
    discardDraft: async () => {
      stored = undefined;
    },
    publish: async ({ revision }) => {
      guard();
      calls.push(`publish ${revision}`);
      if (!stored) throw new ApiError(409, 'no_draft', 'Er is geen concept om te publiceren.');
      if (revision !== undefined && revision !== stored.revision)
        throw new ApiError(409, 'draft_changed', 'Iemand anders bewaarde het concept intussen.');
      const published = publishCopy(stored.organisation, 'composer');
      stored = undefined;
      return published;
    },
    versions: async () => [...versions].reverse().map(summary),
    version: async (n) => clone(find(n)),
    restore: async (n) => publishCopy(find(n).organisation, 'rollback', n),
    compare: async (from, to) =>
      noteChanges(find(from).organisation, to === 'draft' ? draftView().organisation : find(to).organisation),
    preview: async (request) => {
      const org = request.organisation ?? draftView().organisation;
      if (options.preview) return options.preview(org);
      return {
        questions: [],
        checks: { text: '', documentType: 'brief', changed: false, before: [], after: [] },
      };
    },
    exportUrl: (n, format) => `/api/note/versions/${n}/${format}`,
    download: async (n, format) =>
      new Blob([`versie ${n}`], { type: format === 'yaml' ? 'text/yaml' : 'application/octet-stream' }),
    questions: async () => {
      guard();
      return { retentionDays: 180, since: '2026-06-10T00:00:00Z', groups: options.questions ?? [] };
    },
    addExample: async (question, agreement) => {
      const org = clone(draftView().organisation);
      const edit = (org.agreements.edit ??= {});
      const entry = (edit[agreement] ??= {});
      entry.examples = [...(entry.examples ?? []), question];
      stored = {
        organisation: org,
        revision: (stored?.revision ?? 0) + 1,
        basedOn: stored?.basedOn ?? current().number,
      };
      calls.push(`example ${agreement}`);
      return draftView();
    },
    ownAgreementFrom: async (question) => ({
      number: 1000 + (draftView().organisation.agreements.add?.length ?? 0),
      section: '5.9',
      text: '',
      points: [],
      statements: [],
      examples: [question],
    }),
  };
  return { api, versions, calls, stored: () => stored };
}
