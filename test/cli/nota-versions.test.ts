// `afspraak nota --versie N`: a stored version of the note, read from the server's embedded
// database (DATA_DIR), as a .docx with the changes since the version before it, or as YAML that
// reads back as the same organisation. Without a database or with an unknown version: exit 2.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seedFromText } from '../../bot/note/organisation-file';
import { createVersionStore } from '../../bot/note/version-store';
import { openStorage } from '../../bot/storage';
import { main } from '../../cli/main';
import { parseOrganisation } from '../../shared/organisation/parse';
import { docxText } from './docx-text';

const TEXT = readFileSync(resolve(__dirname, '../../organisations/zilverbeek.yaml'), 'utf8');
let dir: string;

async function run(argv: string[], env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    stdin: async () => '',
    env,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'afspraak-versie-'));
  const storage = await openStorage({ dataDir: join(dir, 'data') });
  try {
    const store = createVersionStore(storage);
    const seed = seedFromText(TEXT, 'zilverbeek.yaml');
    await store.importFile(seed.organisation, seed.hash, { name: 'ORG_FILE zilverbeek.yaml' });
    const draft = structuredClone(seed.organisation);
    draft.agreements.omit = [67];
    await store.saveDraft(draft, { name: 'Lies Wouters' });
    await store.publish(
      { name: 'Lies Wouters' },
      { changeNote: 'Geen UiTdatabank-kalender meer in het infoblad.' },
    );
  } finally {
    await storage.close();
  }
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('afspraak nota --versie', () => {
  it('writes a stored version as a note for the college, with its changes', async () => {
    const out = join(dir, 'nota-v2.docx');
    const r = await run(['nota', '--versie', '2', '--out', out, '--json'], { DATA_DIR: join(dir, 'data') });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ version: 2, changes: 1, omitted: [67], agreements: 86 });
    const text = await docxText(out);
    expect(text).toMatch(/^Afsprakennota Gemeente Zilverbeek\n/);
    expect(text).toContain('Versie 2 van ');
    expect(text).toContain('Gepubliceerd door Lies Wouters');
    expect(text).toContain('Wat verandert er ten opzichte van versie 1');
    expect(text).toContain('Geen UiTdatabank-kalender meer in het infoblad.');
    expect(text).toContain('Afspraak 67 (Gemeentelijk infoblad) weggelaten.');
    expect(text).toContain('Niet opgenomen: afspraken 67 van de inspiratienota.');
  });

  it('prints the version in force as YAML that reads back as the same organisation', async () => {
    const r = await run(['nota', '--yaml', '--versie', 'gepubliceerd'], { DATA_DIR: join(dir, 'data') });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^# Afsprakennota van Gemeente Zilverbeek, versie 2 \(\d{4}-\d{2}-\d{2}, Lies Wouters\)\./,
    );
    const parsed = parseOrganisation(r.stdout, 'v2.yaml');
    expect(parsed.ok && parsed.organisation.agreements.omit).toEqual([67]);
  });

  it('refuses an unknown version, a missing database and --org with --versie, with exit 2', async () => {
    const env = { DATA_DIR: join(dir, 'data') };
    expect(await run(['nota', '--versie', '9'], env)).toMatchObject({
      code: 2,
      stderr: 'versie 9 bestaat niet; de afsprakennota telt versies 1 tot 2',
    });
    expect((await run(['nota', '--versie', 'twee'], env)).stderr).toMatch(/geef een versienummer/);
    expect((await run(['nota', '--versie', '1'], { DATA_DIR: join(dir, 'leeg') })).stderr).toMatch(
      /^geen databank gevonden/,
    );
    expect((await run(['list', '--versie', '1', '--org', 'x.yaml'], env)).stderr).toMatch(/niet beide/);
  });
});
