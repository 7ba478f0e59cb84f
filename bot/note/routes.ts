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
//   also carries `noteVersion`).
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
//                                        afsprakennota-v<n>.yaml; `afspraak validate` accepts it)
//   GET    /api/note/versions/:n/docx    the version as a note for the college (.docx attachment,
//                                        with the changes since the version before it)
//   POST   /api/note/versions/:n/restore body { changeNote?: string } → 201 { version: VersionSummary }
//                                        publishes a copy of version n as a new version (roll back);
//                                        an open draft stays, marked stale.
//   GET    /api/note/compare?from=<n>&to=<n|draft>   { from: number, to: number | "draft",
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
export {};
