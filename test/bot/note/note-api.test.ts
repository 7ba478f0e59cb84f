// The note's API over HTTP on the real server (local mode: the caller is the
// communicatieverantwoordelijke): a draft with a mistake is refused per field, a valid one is
// saved, and publishing it changes GET /api/organisation and the bot's answer without a restart.
// Then the history: versions, compare, export as YAML and .docx, roll back, preview.
import JSZip from 'jszip';
import { parseOrganisation } from '../../../shared/organisation/parse';
import type { Organisation } from '../../../shared/organisation/types';
import { messageActivity } from '../../helpers/local-connector';
import { startTestServer, type TestServer } from '../../helpers/bot-server';
import { httpCaller } from '../../helpers/http-call';

const QUESTION = 'Mag ik zelf een persbericht naar de krant sturen?';

describe('the note API on the server (local mode)', () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await startTestServer();
    base = t.running.url;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const call = httpCaller(() => base);

  let conversation = 0;
  const botSummary = async (text: string) => {
    const id = `note-${++conversation}`;
    await t.post(messageActivity(t.connector, { text, conversationId: id, id: `in-${id}` }));
    const [reply] = await t.connector.waitForActivities((a) => a.conversationId === id);
    return String(reply.activity.summary ?? reply.activity.text ?? '');
  };

  let published: Organisation;

  it('starts from ORG_FILE as version 1, with a draft that is a copy of it', async () => {
    const state = await call('GET', '/api/note');
    expect(state.status).toBe(200);
    expect(state.body).toMatchObject({
      user: { name: expect.stringMatching(/\(lokaal\)$/) },
      published: {
        number: 1,
        current: true,
        origin: 'file',
        createdBy: 'ORG_FILE zilverbeek.yaml',
        changes: [],
      },
      draft: null,
    });
    const draft = await call('GET', '/api/note/draft');
    expect(draft.body.draft).toMatchObject({ basedOn: 1, revision: 0, stale: false, changes: [] });
    published = draft.body.draft.organisation;
    const org = await call('GET', '/api/organisation');
    expect(org.body).toMatchObject({ noteVersion: 1, version: 'v1' });
    expect(org.res.headers.get('etag')).toBe('"v1"');
  });

  it('refuses a draft with mistakes per field, with validate’s Dutch messages, and saves nothing', async () => {
    const wrong = JSON.parse(JSON.stringify(published));
    wrong.people[1].role = 'wethouder';
    wrong.agreements.variants['36'] = 7;
    const r = await call('PUT', '/api/note/draft', { organisation: wrong, revision: 0 });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe('invalid_note');
    expect(r.body.error.message).toMatch(/^De afsprakennota bevat 2 fouten; er is niets bewaard\./);
    expect(r.body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'people[1].role',
          message: "'wethouder' is geen gekende rol; bedoel je 'schepen'?",
        }),
        { field: 'agreements.variants.36', message: 'afspraak 36 heeft enkel variant 1, geen variant 7' },
      ]),
    );
    expect((await call('GET', '/api/note')).body.draft).toBeNull();
  });

  it('publishes a draft: GET /api/organisation and the bot follow without a restart', async () => {
    expect(await botSummary(QUESTION)).toMatch(/afspraak 45/i);
    const draft = JSON.parse(JSON.stringify(published));
    draft.agreements.omit = [45];
    draft.agreements.parameters = {
      ...draft.agreements.parameters,
      22: { ...draft.agreements.parameters?.[22], brief: 'je' },
    };
    const saved = await call('PUT', '/api/note/draft', { organisation: draft, revision: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body.draft).toMatchObject({ revision: 1, basedOn: 1 });
    expect(saved.body.draft.changes.map((c: { text: string }) => c.text)).toEqual([
      expect.stringMatching(/^Afspraak 22: je-vorm voor brieven \(was /),
      'Afspraak 45 (Perscommunicatie) weggelaten.',
    ]);
    // A second editor who still holds revision 0 cannot overwrite it.
    const stale = await call('PUT', '/api/note/draft', { organisation: published, revision: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('draft_changed');

    const pub = await call('POST', '/api/note/publish', {
      changeNote: 'Persberichten enkel via de communicatiedienst.',
      revision: 1,
    });
    expect(pub.status).toBe(201);
    expect(pub.body.version).toMatchObject({
      number: 2,
      current: true,
      origin: 'composer',
      changeNote: 'Persberichten enkel via de communicatiedienst.',
    });

    const org = await call('GET', '/api/organisation');
    expect(org.body.noteVersion).toBe(2);
    expect(org.body.organisation.agreements.omit).toEqual([45]);
    expect(await botSummary(QUESTION)).not.toMatch(/afspraak 45\b/i);
    expect((await call('POST', '/api/note/publish', {})).status).toBe(409);
  });

  it('lists, compares and exports versions; the YAML reads back as the same organisation', async () => {
    const list = await call('GET', '/api/note/versions');
    expect(
      list.body.versions.map((v: { number: number; current: boolean }) => [v.number, v.current]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    const compare = await call('GET', '/api/note/compare?from=1&to=2');
    expect(compare.body).toMatchObject({ from: 1, to: 2 });
    expect(compare.body.changes).toHaveLength(2);

    const yaml = await fetch(`${base}/api/note/versions/2/yaml`);
    expect(yaml.headers.get('content-disposition')).toBe(
      'attachment; filename="afsprakennota-zilverbeek-v2.yaml"',
    );
    const parsed = parseOrganisation(await yaml.text(), 'v2.yaml');
    expect(parsed.ok && parsed.organisation.agreements.omit).toEqual([45]);

    const docx = await fetch(`${base}/api/note/versions/current/docx`);
    expect(docx.headers.get('content-type')).toMatch(/wordprocessingml/);
    const xml = await (
      await JSZip.loadAsync(await docx.arrayBuffer())
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('Wat verandert er ten opzichte van versie 1');
    expect(xml).toContain('Afspraak 45 (Perscommunicatie) weggelaten.');
    expect((await call('GET', '/api/note/versions/9')).status).toBe(404);
  });

  it('previews a change before and after, and rolls back to version 1 as version 3', async () => {
    const draft = JSON.parse(JSON.stringify(published));
    draft.agreements.parameters = { 22: { brief: 'je' } };
    const preview = await call('POST', '/api/note/preview', {
      organisation: draft,
      text: 'Beste inwoner\n\nHeeft u vragen? Bel ons.\n\nMet vriendelijke groeten',
    });
    expect(preview.status).toBe(200);
    expect(preview.body.questions.length).toBeGreaterThan(2);
    expect(preview.body.checks).toMatchObject({ documentType: 'brief' });
    // The published version 2 wants letters in je-vorm already: both sides flag 'u'.
    expect(preview.body.checks.before.length).toBeGreaterThan(0);

    const back = await call('POST', '/api/note/versions/1/restore', {});
    expect(back.status).toBe(201);
    expect(back.body.version).toMatchObject({ number: 3, restoredFrom: 1, origin: 'rollback' });
    expect((await call('GET', '/api/organisation')).body.noteVersion).toBe(3);
    expect(await botSummary(QUESTION)).toMatch(/afspraak 45/i);
  });
});
