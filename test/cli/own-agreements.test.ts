import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findAgreement, renderText } from '../../shared/catalogue';
import { docxText } from './docx-text';
import { run } from './run';

// The shipped example: own agreement 1001 (livestream of the council, 5.9) and 52 in own words.
const example = join(__dirname, '../../organisations/voorbeeld-eigen-afspraken.yaml');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'afspraak-own-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('afspraak show with own agreements', () => {
  it('shows an own agreement with its section, text and statements', async () => {
    const r = await run(['show', '1001', '--org', example]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Afspraak 1001 · 5.9 Sociale media');
    expect(lines[1]).toBe('Eigen afspraak van Gemeente Beekveld (niet uit de catalogus)');
    expect(r.stdout).toContain(
      'De communicatiedienst zendt de openbare zittingen van de gemeenteraad live uit.',
    );
    expect(r.stdout).toContain('Wie mag wat:');
    expect(r.stdout).toContain('(mag niet · medewerker · publiceren: beeldmateriaal, beeldopname)');
    expect(r.stdout).toContain('betrek: de dienst Communicatie (communicatie@beekveld.be, 011 00 20 00)');
    // An own agreement has no catalogue variants to offer.
    expect(r.stdout).not.toContain('Andere keuzes in de catalogus');
  });

  it('gives an own agreement as JSON with its origin and no variants', async () => {
    const r = await run(['show', '1001', '--org', example, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      agreement: 1001,
      organisation: 'Gemeente Beekveld',
      omitted: false,
      origin: 'added',
      section: { id: '5.9', title: 'Sociale media' },
      variant: null,
      variants: [],
    });
    expect(json.points).toHaveLength(2);
    expect(json.statements.map((s: { verdict: string }) => s.verdict)).toEqual([
      'moet',
      'mag niet',
      'mag niet',
      'mag',
    ]);
  });

  it('shows an edited agreement in the organisation’s words, beside the catalogue text', async () => {
    const r = await run(['show', '52', '--org', example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('In eigen woorden van Gemeente Beekveld');
    expect(r.stdout).toContain(
      'Vraagt een journalist enkel feiten, zoals bezoekersaantallen of openingsuren?',
    );
    const c = findAgreement(52)!.agreement;
    expect(r.stdout).toContain(`Tekst in de catalogus:\n${renderText(c.lead, c.points, c.tail)}`);
    // The catalogue's statements still hold under the new wording.
    expect(r.stdout).toContain('Wie mag wat:');
    const json = JSON.parse((await run(['show', '52', '--org', example, '--json'])).stdout);
    expect(json.origin).toBe('edited');
    expect(json.statements.length).toBe(c.statements.length);
  });

  it('says when only the statements of an agreement were changed', async () => {
    const file = join(dir, 'statements.yaml');
    writeFileSync(
      file,
      'organisation:\n  name: Gemeente Proef\nagreements:\n  edit:\n    45:\n      statements:\n' +
        '        - actor: dienst\n          modality: mag-mits\n          action: versturen\n' +
        '          objects: [persbericht]\n          summary: Een dienst mag een persbericht versturen na akkoord.\n',
    );
    const r = await run(['show', '45', '--org', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe(
      'Met eigen afspraken van Gemeente Proef over wie wat mag; de tekst is die van de catalogus',
    );
    expect(r.stdout).toContain('Een dienst mag een persbericht versturen na akkoord.');
    expect(r.stdout).not.toContain('Tekst in de catalogus:');
  });

  it('refuses an own number the organisation does not have, naming the ones it has', async () => {
    const r = await run(['show', '1005', '--org', example]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'afspraak 1005 bestaat niet; de catalogus telt afspraken 1 tot 87 en Gemeente Beekveld heeft eigen afspraken 1001',
    );
  });

  it('keeps the catalogue’s message for an organisation without own agreements', async () => {
    const r = await run(['show', '1001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('afspraak 1001 bestaat niet; de catalogus telt afspraken 1 tot 87');
    expect(r.stderr).not.toContain('eigen afspraken');
  });
});

describe('afspraak list with own agreements', () => {
  it('lists an own agreement after the catalogue’s in its section, marked, and counts it', async () => {
    const r = await run(['list', '--org', example]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Afsprakennota van Gemeente Beekveld: 86 van de 87 afspraken en 1 eigen afspraak');
    const own = lines.findIndex((l) => l.includes('1001.'));
    expect(lines[own]).toMatch(/^ {2}1001\. De communicatiedienst zendt .* \[eigen afspraak\]$/);
    expect(lines[own - 1]).toMatch(/^ {2}61\. /);
    expect(lines.find((l) => l.startsWith('  52. '))).toMatch(
      /^ {2}52\. Vraagt een journalist .*\[aangepast\]$/,
    );
  });

  it('gives each agreement’s origin in JSON', async () => {
    const json = JSON.parse((await run(['list', '--org', example, '--json'])).stdout);
    const s59 = json.sections.find((s: { id: string }) => s.id === '5.9');
    const numbers = s59.agreements.map((a: { number: number }) => a.number);
    expect(numbers.slice(-2)).toEqual([61, 1001]);
    expect(s59.agreements.at(-1)).toMatchObject({
      number: 1001,
      origin: 'added',
      omitted: false,
      variant: null,
    });
    const s58 = json.sections.find((s: { id: string }) => s.id === '5.8');
    expect(s58.agreements.find((a: { number: number }) => a.number === 52).origin).toBe('edited');
    expect(s58.agreements.find((a: { number: number }) => a.number === 45).origin).toBe('catalogue');
  });

  it('places an own agreement of a catalogue subsection with that subsection', async () => {
    const file = join(dir, 'subsection.yaml');
    writeFileSync(
      file,
      'organisation:\n  name: Gemeente Proef\nagreements:\n  add:\n' +
        '    - number: 1002\n      section: 5.8\n      subsection: Overheid zoekt pers\n' +
        '      text: Elk persbericht krijgt een foto.\n',
    );
    const json = JSON.parse((await run(['list', '--org', file, '--json'])).stdout);
    const s58 = json.sections.find((s: { id: string }) => s.id === '5.8');
    const i = s58.agreements.findIndex((a: { number: number }) => a.number === 1002);
    expect(s58.agreements[i - 1].subsection).toBe('Overheid zoekt pers');
    expect(s58.agreements[i + 1].subsection).not.toBe('Overheid zoekt pers');
  });
});

describe('afspraak nota and validate with own agreements', () => {
  it('writes the own agreement and the edited text into the .docx', async () => {
    const out = join(dir, 'nota.docx');
    const r = await run(['nota', '--out', out, '--org', example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('afsprakennota met 87 afspraken');
    const text = await docxText(out);
    expect(text).toContain('Afspraken met een nummer vanaf 1000 zijn eigen afspraken van Gemeente Beekveld');
    expect(text).toContain(
      '1001. De communicatiedienst zendt de openbare zittingen van de gemeenteraad live uit.',
    );
    expect(text).toContain('De livestream staat op de website en op de Facebookpagina van de gemeente.');
    expect(text).toContain('52. Vraagt een journalist enkel feiten');
    const lines = text.split('\n');
    const own = lines.findIndex((l) => l.startsWith('1001. '));
    expect(lines.slice(own + 3).find((l) => /^\d+\. /.test(l))).toMatch(/^62\. /);
  });

  it('writes them into the Markdown nota', async () => {
    const out = join(dir, 'nota.md');
    expect((await run(['nota', '--out', out, '--org', example])).code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('**1001.** De communicatiedienst zendt de openbare zittingen');
    expect(md).toContain('- Raadsleden, fracties en medewerkers mogen de officiële livestream delen');
    expect(md.indexOf('**1001.**')).toBeLessThan(md.indexOf('## 5.10 '));
    expect(md.indexOf('**1001.**')).toBeGreaterThan(md.indexOf('**61.**'));
  });

  it('counts own agreements and own wording when validating', async () => {
    const r = await run(['validate', example]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 eigen afspraak, 1 afspraak aangepast\.$/);
    const json = JSON.parse((await run(['validate', example, '--json'])).stdout);
    expect(json.organisation).toMatchObject({ added: 1, edited: 1 });
  });

  it('refuses an invalid own agreement with file, line and field, exit 2', async () => {
    const file = join(dir, 'fout.yaml');
    writeFileSync(
      file,
      'organisation:\n  name: Gemeente Proef\nagreements:\n  add:\n' +
        '    - number: 1001\n      section: 5.8\n      text: A.\n      statements:\n' +
        '        - actor: wethouder\n          modality: mag\n          action: versturen\n          summary: S.\n',
    );
    const r = await run(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      "fout.yaml:9: agreements.add[0].statements[0].actor: 'wethouder' is geen gekende rol; bedoel je 'schepen'?",
    );
  });

  it('answers from the own agreement on the command line', async () => {
    const r = await run(['ask', 'wie mag de gemeenteraad livestreamen?', '--org', example, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.answers[0].agreement).toBe(1001);
    // Answered, or asked back with the own agreement as the first situation.
    if (json.mode === 'clarify') expect(json.choices[0].agreement).toBe(1001);
    expect(json.reply).toMatch(/afspraak 1001/i);
  });
});
