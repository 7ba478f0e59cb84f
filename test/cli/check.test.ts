import { mkdtempSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main, type CliIo } from '../../cli/main';
import { bombDocx } from '../helpers/zip-bomb';

const corpus = resolve(__dirname, '../fixtures/documents');
const dir = mkdtempSync(join(tmpdir(), 'afspraak-check-'));

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), stdin: async () => '' };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('afspraak check', () => {
  it('prints the contract JSON for a .docx letter and exits 1 on an error finding', async () => {
    const r = await run(['check', join(corpus, 'brief-niet-bevoegd.docx'), '--json']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out.join('\n'));
    expect(Object.keys(json)).toEqual(['file', 'type', 'typeDetected', 'findings', 'stats']);
    expect(json).toMatchObject({ file: 'brief-niet-bevoegd.docx', type: 'brief', typeDetected: true });
    expect(json.findings[0]).toMatchObject({
      rule: 'signature.not-competent',
      agreement: 36,
      severity: 'error',
      excerpt: 'Jan Wouters',
    });
    expect(json.stats.words).toBeGreaterThan(30);
  });

  it('exits 0 on a clean document and says so in Dutch', async () => {
    const r = await run(['check', join(corpus, 'brief-subsidie-cultuur.docx')]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toContain('brief');
    expect(r.out.join('\n')).toContain('Geen opmerkingen');
  });

  it('groups human output by family with line, excerpt and suggestion', async () => {
    const r = await run(['check', join(corpus, 'infoblad-u-vorm.txt')]);
    const text = r.out.join('\n');
    expect(r.code).toBe(0);
    expect(text).toContain('Aanspreking: u of je');
    // One text in u-vorm is one finding with every place and its fix (issue 15).
    expect(text).toContain('aandachtspunt · 2 plaatsen · afspraak 22 · address.form');
    expect(text).toContain('regel 5: “Heeft u” → Heb je');
    expect(text).toContain('regel 5: “Uw” → Je');
    expect(text).toMatch(/Leesbaarheid \(Flesch-Douma\): [\d,]+, [a-z ]+ om te lezen/);
  });

  it('takes the type from --type and refuses an unknown one', async () => {
    const r = await run(['check', join(corpus, 'infoblad-afvalkalender.md'), '--type', 'brief', '--json']);
    expect(JSON.parse(r.out.join('\n'))).toMatchObject({ type: 'brief', typeDetected: false });
    const bad = await run(['check', join(corpus, 'infoblad-afvalkalender.md'), '--type', 'folder']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toContain("onbekend documenttype 'folder'");
  });

  it.each([
    ['a corrupt .docx', 'kapot.docx', 'dit is geen docx', 'beschadigd'],
    [
      'a password-protected .docx',
      'geheim.docx',
      Buffer.from([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0]),
      ]),
      'wachtwoord',
    ],
    ['an empty file', 'leeg.txt', '', 'leeg'],
    ['a file with only white space', 'wit.md', '  \n\n ', 'geen tekst'],
    ['an unsupported extension', 'brief.pdf', '%PDF-1.7', 'niet ondersteund'],
    ['a binary .txt', 'binair.txt', Buffer.from([0x41, 0, 0x42]), 'geen tekstbestand'],
    ['random bytes as .txt', 'ruis.txt', noiseWithoutNul(4096), 'geen leesbare tekst'],
    [
      'control characters as .md',
      'stuur.md',
      Buffer.from(`Tekst${'\x01\x02\x1b'.repeat(20)}`),
      'binaire gegevens',
    ],
    ['a zip bomb .docx', 'bom.docx', bombDocx({ inflatedMb: 400 }), 'zipbom'],
  ])('exits 2 with one clear line for %s', async (_name, file, content, reason) => {
    const path = join(dir, file);
    writeFileSync(path, content);
    const r = await run(['check', path]);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(reason);
    expect(r.err[0]).toContain(file);
  });

  it('exits 2 for a file over 50 MB without reading it', async () => {
    const path = join(dir, 'groot.docx');
    writeFileSync(path, '');
    truncateSync(path, 51 * 1024 * 1024);
    const r = await run(['check', path]);
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain('te groot');
  });

  it('exits 2 for a missing file or a missing argument', async () => {
    expect((await run(['check', join(dir, 'nergens.txt')])).err[0]).toContain('niet gevonden');
    expect((await run(['check'])).code).toBe(2);
  });

  it('reads Windows-1252 text as written by older editors', async () => {
    const path = join(dir, 'oud.txt');
    writeFileSync(path, Buffer.from('Financi\xeble steun voor \xe9\xe9n jaar. Je bent welkom.', 'latin1'));
    const r = await run(['check', path, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out.join('\n')).stats.words).toBe(8);
  });
  describe('a text whose type is not settled', () => {
    const file = join(dir, 'seniorenraad.txt');
    writeFileSync(
      file,
      'Seniorenraad\n\nDe seniorenraad adviseert het gemeentebestuur. Wilt u lid worden? Stuur dan een mail naar de dienst Welzijn.\n',
    );

    it('says which types it may be and that only their shared agreements were checked', async () => {
      const r = await run(['check', file]);
      expect(r.out[0]).toContain('niet zeker herkend: een artikel voor het infoblad of een webtekst');
      expect(r.out[1]).toBe(
        'Alleen de afspraken die voor elk van die types gelden, zijn nagekeken. Kies het type voor alle afspraken van dat kanaal (--type).',
      );
    });

    it('lists the candidates in the JSON, and none once the writer chooses', async () => {
      const unsure = JSON.parse((await run(['check', file, '--json'])).out.join('\n'));
      expect(unsure).toMatchObject({
        type: 'infoblad',
        typeDetected: true,
        typeCandidates: ['infoblad', 'website'],
      });
      const chosen = JSON.parse((await run(['check', file, '--json', '--type', 'website'])).out.join('\n'));
      expect(chosen).toMatchObject({ type: 'website', typeDetected: false });
      expect(chosen.typeCandidates).toBeUndefined();
    });
  });
});

/** Bytes 1–255 from a fixed linear congruential sequence: binary, but without a NUL byte. */
function noiseWithoutNul(length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = 1 + ((x >> 16) % 255);
  }
  return bytes;
}
