import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxText } from './docx-text';
import { run } from './run';

const variant36 = join(__dirname, '../fixtures/organisations/variant-36.yaml');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'afspraak-nota-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('afspraak nota', () => {
  it('writes a .docx that opens and holds the organisation’s own texts', async () => {
    const out = join(dir, 'nota.docx');
    const r = await run(['nota', '--out', out, '--org', variant36]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('afsprakennota met 86 afspraken');
    const text = await docxText(out);
    expect(text).toMatch(/^Afsprakennota Gemeente Testdorp\n/);
    expect(text).toContain('5.8 Perscommunicatie');
    expect(text).toContain(
      '36. Alle briefwisseling en uitnodigingen vanwege het stadsbestuur worden ondertekend door de algemeen directeur en de burgemeester.',
    );
    expect(text).toContain(
      '45. Persuitnodigingen en -berichten worden verstuurd door de communicatiedienst.',
    );
    expect(text).toContain('Beslist beleid: Communicatie over beslist beleid');
    expect(text).not.toContain('De communicatiedienst treedt op als klachtencoördinator');
    expect(text).not.toMatch(/^13\. /m);
  });

  it('writes Markdown and reports as JSON', async () => {
    const out = join(dir, 'nota.md');
    const r = await run(['nota', '--out', out, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: out, format: 'md', agreements: 87, omitted: [] });
    expect(readFileSync(out, 'utf8')).toContain(
      '**46.** de persberichten bevatten een quote van de mandataris.',
    );
  });

  it('refuses an unsupported extension or an unwritable place with exit 2', async () => {
    expect(await run(['nota', '--out', join(dir, 'nota.pdf')])).toMatchObject({ code: 2, stdout: '' });
    const r = await run(['nota', '--out', join(dir, 'geen-map', 'nota.md')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kan '.*nota\.md' niet schrijven: ENOENT$/);
  });
});
