// The note's HTTP API: the composer, the history and the Vragen page of the Teams tab talk to the
// versioned organisation source (bot/note/note-source.ts) through these routes only.
//
// WHO MAY CALL
//   Every route below: the communicatieverantwoordelijke of the published note (by e-mail) and the
//   members of the communication service (PRESS_DESK_MEMBERS: Entra object ids, e-mail addresses or
//   UPNs), exactly as for the press desk. Production: an Entra ID bearer token validated by
//   bot/api/auth.ts ("Authorization: Bearer …"); "who" in a version is the token's name (oid when
//   it has none). Local mode: no sign-in, the caller acts as the communicatieverantwoordelijke
//   ("Lokale gebruiker" with that person's e-mail).
//   Reading the published note stays GET /api/organisation (everyone signed in, unchanged; it now
//   also carries `noteVersion`, and `version`/ETag are "v<n>"). A page that must follow a publish
//   within seconds asks it again every few seconds with If-None-Match: 304 while nothing changed.
//
// ERRORS: always JSON  { "error": { "code": string, "message": Dutch for the user, "fields"?: FieldMessage[] } }
//   401 missing_token | invalid_token | token_expired   (header WWW-Authenticate: Bearer error="…")
//   403 tenant_not_allowed | not_member  ("Alleen de communicatieverantwoordelijke en de
//       communicatiedienst kunnen de afsprakennota samenstellen. …")
//   400 bad_request      a body or parameter of the wrong shape (message says which)
//   404 not_found        no such version
//   409 draft_changed    someone saved the draft after the revision you sent: reload it
//   409 no_draft         publish without a draft
//   422 invalid_note     the organisation does not validate; `fields` has one entry per mistake
//   503 starting         the server is still opening its storage (header Retry-After)
//
// SHAPES
//   FieldMessage  { field: "people[2].role", label?: "people[2] (persoon 3, Koen Maes).role",
//                   message: "'wethouder' is geen gekende rol; bedoel je 'schepen'?" }
//                 the same messages as `afspraak validate`; `field` is the path in the Organisation
//                 object (lists count from 0), `label` the readable form when it names a person.
//   Organisation  the object of shared/organisation/types.ts (what GET /api/organisation returns as
//                 `organisation`): { organisation: {name, aliases, kind}, communicatiedienst?,
//                 people: Person[], agreements: { omit, variants, add?, edit?, fill?, parameters? },
//                 parties? }. Agreement-keyed maps use the number as key: { "36": 1 }.
//   NoteChange    { kind: "adopted" | "omitted" | "variant" | "wording" | "examples" | "fill" |
//                   "parameter" | "own" | "people" | "organisation", agreement?: number,
//                   text: "Afspraak 36: variant 1 gekozen (was de hoofdtekst)." }  one Dutch line each
//   VersionSummary { number, status: "published", current: boolean, createdBy: string,
//                   createdAt: ISO, changeNote?: string, restoredFrom?: number,
//                   origin: "file" | "composer" | "rollback",
//                   changes: NoteChange[]   (what changed since the version before it) }
//   Version       VersionSummary & { organisation: Organisation }
//   Draft         { organisation: Organisation, basedOn: number (the published version it started
//                   from), revision: number (0 = not saved yet: a copy of the published version),
//                   updatedBy?: string, updatedAt?: ISO, stale: boolean (a newer version was
//                   published since basedOn), changes: NoteChange[] (draft vs. basedOn),
//                   warnings: FieldMessage[] (validate's warnings: a blank left open, …) }
//
// ROUTES
//   GET    /api/note                     { user: { name }, published: VersionSummary,
//                                          draft: { basedOn, revision, updatedBy, updatedAt, stale } | null }
//   GET    /api/note/draft               { draft: Draft }   (no stored draft: the published copy, revision 0)
//   PUT    /api/note/draft               body { organisation, revision }  → 200 { draft: Draft }
//                                        422 invalid_note (nothing saved) | 409 draft_changed.
//                                        One draft at a time, shared by the communication service;
//                                        send the revision you loaded (0 for the first save).
//   DELETE /api/note/draft               → 200 { draft: null }   (throws the draft away)
//   POST   /api/note/publish             body { changeNote?: string, revision?: number }
//                                        → 201 { version: VersionSummary }; the draft is gone, every
//                                        door follows within seconds. 409 no_draft | draft_changed.
//   GET    /api/note/versions            { versions: VersionSummary[] }   newest first
//   GET    /api/note/versions/:n         { version: Version }             :n a number or "current"
//   GET    /api/note/versions/:n/yaml    the version as an organisation file (text/yaml, attachment
//                                        afsprakennota-<naam>-v<n>.yaml; `afspraak validate` reads it)
//   GET    /api/note/versions/:n/docx    the version as a note for the college (.docx attachment,
//                                        with the changes since the version before it)
//   POST   /api/note/versions/:n/restore body { changeNote?: string } → 201 { version: VersionSummary }
//                                        publishes a copy of version n as a new version (roll back);
//                                        an open draft stays, marked stale.
//   GET    /api/note/compare?from=<n|current>&to=<n|current|draft>   (to: default "draft")
//                                        → { from: number, to: number | "draft",
//                                        changes: NoteChange[] }
//   POST   /api/note/preview             body { organisation?: Organisation (default: the stored
//                                        draft), questions?: string[] (default a few typical ones),
//                                        text?: string (default a sample letter), documentType?:
//                                        "brief" | "persbericht" | "infoblad" | "website" |
//                                        "sociale-media" | "uitnodiging" }
//                                        → 200 { questions: [{ question, changed: boolean,
//                                            before: AnswerView, after: AnswerView }],
//                                          checks: { text, documentType, changed: boolean,
//                                            before: FindingView[], after: FindingView[] } }
//                                        AnswerView { mode: "answer" | "clarify" | "refuse",
//                                          agreement?: number, verdict?: string, reply: string }
//                                        FindingView { rule, severity, message, excerpt, agreement? }
//                                        before = the published version, after = the draft.
//                                        422 invalid_note when the given organisation is invalid.
//
//   The Vragen page (questions the bot refused, answered unsure, or that got "niet nuttig"):
//   GET    /api/questions?days=<1-180>   { retentionDays: 180, since: ISO, groups: QuestionGroup[] }
//                                        QuestionGroup { id, question (the most asked wording),
//                                          count, reasons: { refused, unsure, notHelpful },
//                                          variants: [{ question, count }], agreements: number[]
//                                          (what the bot proposed, most often first), lastAskedAt }
//                                        most asked first; no asker names are stored or returned.
//   POST   /api/questions/example        body { question, agreement } → 200 { draft: Draft }
//                                        adds the question to the draft as an example of that
//                                        agreement (agreements.edit[N].examples, or the own
//                                        agreement's examples); 422 when the agreement is not in
//                                        the draft.
//   POST   /api/questions/own-agreement  body { question } → 200 { agreement: OwnAgreement }
//                                        a prefilled own agreement (the next free number from
//                                        1000, the section the question most resembles, the
//                                        question as its first example, no text yet). Not saved:
//                                        the composer shows it in its form, then PUTs the draft.
import type { Request, Server } from 'restify';
import { DOCUMENT_TYPES, type DocumentType } from '../../shared/checks';
import { noteChanges } from '../../shared/organisation/diff';
import { effectiveOrganisation } from '../../shared/organisation/effective';
import type { EffectiveOrganisation, Organisation } from '../../shared/organisation/types';
import { validateOrganisationObject } from '../../shared/organisation/validate-object';
import { NoteHttpError } from './access';
import { DOCX_TYPE, exportFileName, versionDocx, versionYaml } from './export';
import { bodyOf, guarded, optionalInteger, optionalString, sendFile, sendJson } from './http';
import type { NoteSource } from './note-source';
import { previewNote } from './preview';
import type { Author, StoredDraft, StoredVersion } from './version-store';
import { draftView, summaryView } from './views';

export interface NoteRoutesDeps {
  /** The organisation source once storage is open; undefined while the server starts (503). */
  source: () => NoteSource | undefined;
  /** Resolves the caller: throws AuthError (401) or NoteHttpError (403 not_member). */
  access: (authorization: string | undefined) => Promise<Author>;
  log?: (line: string) => void;
}

export function registerNoteRoutes(server: Server, deps: NoteRoutesDeps): void {
  const log = deps.log ?? (() => undefined);
  const route = (handler: Parameters<typeof guarded>[2]) => guarded(deps.access, log, handler);
  const sourceOrFail = (): NoteSource => {
    const source = deps.source();
    if (!source)
      throw new NoteHttpError(
        503,
        'starting',
        'De server start nog op. Probeer het over enkele seconden opnieuw.',
      );
    return source;
  };

  server.get(
    '/api/note',
    route(async ({ res, author }) => {
      const source = sourceOrFail();
      const current = await currentVersion(source);
      const draft = await source.store.draft();
      sendJson(res, 200, {
        user: { name: author.name },
        published: summaryView(current, current.number),
        draft: draft
          ? {
              basedOn: draft.basedOn,
              revision: draft.revision,
              updatedBy: draft.updatedBy,
              updatedAt: draft.updatedAt.toISOString(),
              stale: draft.basedOn < current.number,
            }
          : null,
      });
    }),
  );

  server.get(
    '/api/note/draft',
    route(async ({ res }) => {
      const source = sourceOrFail();
      sendJson(res, 200, { draft: await draftView(source, await source.store.draft()) });
    }),
  );

  server.put(
    '/api/note/draft',
    route(async ({ req, res, author }) => {
      const source = sourceOrFail();
      const body = bodyOf(req);
      const organisation = validOrganisation(body.organisation);
      const revision = optionalInteger(body, 'revision');
      const saved = await source.store.saveDraft(organisation, author, revision);
      if (!saved.ok) throw draftChanged(saved.draft);
      log(`note: draft saved by ${author.name} (revision ${saved.draft.revision})`);
      sendJson(res, 200, { draft: await draftView(source, saved.draft) });
    }),
  );

  server.del(
    '/api/note/draft',
    route(async ({ res, author }) => {
      const source = sourceOrFail();
      await source.store.discardDraft();
      log(`note: draft discarded by ${author.name}`);
      sendJson(res, 200, { draft: null });
    }),
  );

  server.post(
    '/api/note/publish',
    route(async ({ req, res, author }) => {
      const source = sourceOrFail();
      const body = bodyOf(req);
      const changeNote = optionalString(body, 'changeNote');
      const revision = optionalInteger(body, 'revision');
      // A draft saved before a rule was tightened is checked again: nothing invalid is published.
      const draft = await source.store.draft();
      if (draft) validOrganisation(draft.organisation);
      const result = await source.store.publish(author, { changeNote, revision });
      if (!result.ok) {
        if (result.reason === 'no-draft')
          throw new NoteHttpError(
            409,
            'no_draft',
            'Er is geen ontwerp om te publiceren. Pas eerst iets aan.',
          );
        throw draftChanged();
      }
      log(`note: version ${result.version.number} published by ${author.name}`);
      // This instance follows at once; the others on NOTIFY or their next poll.
      await source.refresh();
      sendJson(res, 201, { version: summaryView(result.version, result.version.number) });
    }),
  );

  server.get(
    '/api/note/versions',
    route(async ({ res }) => {
      const source = sourceOrFail();
      const versions = await source.store.list();
      const current = versions[0]?.number ?? 0;
      sendJson(res, 200, { versions: versions.map((v) => summaryView(v, current)) });
    }),
  );

  server.get(
    '/api/note/versions/:n',
    route(async ({ req, res }) => {
      const source = sourceOrFail();
      const { version, current } = await versionParam(source, req);
      sendJson(res, 200, {
        version: { ...summaryView(version, current), organisation: version.organisation },
      });
    }),
  );

  server.get(
    '/api/note/versions/:n/yaml',
    route(async ({ req, res }) => {
      const { version } = await versionParam(sourceOrFail(), req);
      sendFile(res, 'text/yaml; charset=utf-8', exportFileName(version, 'yaml'), versionYaml(version));
    }),
  );

  server.get(
    '/api/note/versions/:n/docx',
    route(async ({ req, res }) => {
      const { version } = await versionParam(sourceOrFail(), req);
      sendFile(res, DOCX_TYPE, exportFileName(version, 'docx'), await versionDocx(version));
    }),
  );

  server.post(
    '/api/note/versions/:n/restore',
    route(async ({ req, res, author }) => {
      const source = sourceOrFail();
      const { version } = await versionParam(source, req);
      const changeNote = optionalString(bodyOf(req), 'changeNote');
      const result = await source.store.restore(version.number, author, changeNote);
      if (!result.ok) throw notFound(version.number);
      log(`note: version ${version.number} restored as ${result.version.number} by ${author.name}`);
      await source.refresh();
      sendJson(res, 201, { version: summaryView(result.version, result.version.number) });
    }),
  );

  server.get(
    '/api/note/compare',
    route(async ({ req, res }) => {
      const source = sourceOrFail();
      const query = new URL(req.url ?? '', 'http://x').searchParams;
      const from = await versionByNumber(source, query.get('from'));
      const toParam = query.get('to') ?? 'draft';
      let to: Organisation;
      let toLabel: number | 'draft' = 'draft';
      if (toParam === 'draft') {
        const draft = await source.store.draft();
        to = draft?.organisation ?? (await currentVersion(source)).organisation;
      } else {
        const v = await versionByNumber(source, toParam);
        to = v.organisation;
        toLabel = v.number;
      }
      sendJson(res, 200, {
        from: from.number,
        to: toLabel,
        changes: noteChanges(from.organisation, to),
      });
    }),
  );

  server.post(
    '/api/note/preview',
    route(async ({ req, res }) => {
      const source = sourceOrFail();
      const body = bodyOf(req);
      const before = source.current().effective;
      let after: EffectiveOrganisation;
      if (body.organisation !== undefined) after = effectiveOf(validOrganisation(body.organisation));
      else {
        const draft = await source.store.draft();
        after = draft ? effectiveOf(draft.organisation) : before;
      }
      sendJson(res, 200, previewNote(before, after, previewInput(body)));
    }),
  );
}

/** The version in force, as stored (with who and when); the source always has one once open. */
async function currentVersion(source: NoteSource): Promise<StoredVersion> {
  const v = await source.store.get(source.current().number);
  if (!v) throw new Error(`version ${source.current().number} in force but not stored`);
  return v;
}

async function versionByNumber(source: NoteSource, value: string | null | undefined): Promise<StoredVersion> {
  if (value === 'current') return currentVersion(source);
  const n = Number(value);
  if (!value || !Number.isInteger(n) || n < 1)
    throw new NoteHttpError(400, 'bad_request', 'Geef een versienummer (1, 2, …).');
  const v = await source.store.get(n);
  if (!v) throw notFound(n);
  return v;
}

async function versionParam(source: NoteSource, req: Request) {
  const version = await versionByNumber(source, (req.params as { n?: string }).n);
  return { version, current: source.current().number };
}

function notFound(n: number): NoteHttpError {
  return new NoteHttpError(404, 'not_found', `Versie ${n} van de afsprakennota bestaat niet.`);
}

export function draftChanged(draft?: StoredDraft): NoteHttpError {
  const who = draft ? ` ${draft.updatedBy} bewaarde het ontwerp intussen.` : '';
  return new NoteHttpError(
    409,
    'draft_changed',
    `Het ontwerp is gewijzigd sinds je het opende.${who} Laad het opnieuw en breng je aanpassing opnieuw aan.`,
  );
}

/** The organisation in a body, checked with validate's rules; 422 with a message per field. */
export function validOrganisation(value: unknown): Organisation {
  if (value === undefined)
    throw new NoteHttpError(
      400,
      'bad_request',
      "De vraag mist 'organisation': de afsprakennota om te bewaren.",
    );
  const result = validateOrganisationObject(value);
  if (!result.ok) {
    const n = result.errors.length;
    throw new NoteHttpError(
      422,
      'invalid_note',
      `De afsprakennota bevat ${n === 1 ? 'een fout' : `${n} fouten`}; er is niets bewaard. ${result.errors[0].message}`,
      result.errors,
    );
  }
  return result.organisation;
}

// One effective organisation per draft content: the preview is asked again and again while composing.
let lastEffective: { key: string; effective: EffectiveOrganisation } | undefined;
export function effectiveOf(org: Organisation): EffectiveOrganisation {
  const key = JSON.stringify(org);
  if (lastEffective?.key !== key) lastEffective = { key, effective: effectiveOrganisation(org) };
  return lastEffective.effective;
}

function previewInput(body: Record<string, unknown>) {
  const questions = body.questions;
  if (
    questions !== undefined &&
    (!Array.isArray(questions) || questions.some((q) => typeof q !== 'string' || !q.trim()))
  )
    throw new NoteHttpError(400, 'bad_request', "'questions' moet een lijst van vragen (tekst) zijn.");
  if (Array.isArray(questions) && questions.length > 10)
    throw new NoteHttpError(400, 'bad_request', 'Geef hoogstens 10 vragen voor de voorvertoning.');
  const documentType = optionalString(body, 'documentType');
  if (documentType !== undefined && !(DOCUMENT_TYPES as readonly string[]).includes(documentType))
    throw new NoteHttpError(400, 'bad_request', `'documentType' is een van: ${DOCUMENT_TYPES.join(', ')}.`);
  return {
    ...(Array.isArray(questions) ? { questions: questions as string[] } : {}),
    ...(body.text !== undefined ? { text: optionalString(body, 'text', 20_000) } : {}),
    ...(documentType ? { documentType: documentType as DocumentType } : {}),
  };
}
