import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run';

const fixture = (name: string) => join(__dirname, '../fixtures/organisations', name);

describe('afspraak list', () => {
  it('lists the sections and numbers, marking omitted agreements and variants', async () => {
    const r = await run(['list', '--org', fixture('variant-36.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Afsprakennota van Gemeente Testdorp: 86 van de 87 afspraken');
    expect(r.stdout).toContain('5.8 Perscommunicatie');
    expect(r.stdout).toMatch(/\n +13\. .*\[weggelaten\]\n/);
    expect(r.stdout).toMatch(/\n +36\. Alle briefwisseling .*\[variant 1\]\n/);
  });

  it('gives JSON with all 14 sections and 87 agreements', async () => {
    const json = JSON.parse((await run(['list', '--json'])).stdout);
    expect(json.sections).toHaveLength(14);
    const agreements = json.sections.flatMap((s: { agreements: unknown[] }) => s.agreements);
    expect(agreements).toHaveLength(87);
    expect(agreements.find((a: { number: number }) => a.number === 46)).toMatchObject({
      variant: 2,
      omitted: false,
    });
  });
});

describe('afspraak validate', () => {
  it('accepts a valid file', async () => {
    const r = await run(['validate', fixture('variant-36.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /is in orde: Gemeente Testdorp, 3 personen, 1 weggelaten afspraken, 1 gekozen varianten\.$/,
    );
  });

  it('lists every error with file:line: field and exits 2', async () => {
    const r = await run(['validate', fixture('invalid.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').map((l) => l.replace(/^.*invalid\.yaml/, 'invalid.yaml'))).toEqual([
      "invalid.yaml:11: people[2] (persoon 3, Karel Bos).role: 'wethouder' is geen gekende rol; bedoel je 'schepen'?",
      'invalid.yaml:13: agreements.omit[0]: afspraak 88 bestaat niet; de catalogus telt afspraken 1 tot 87',
      'invalid.yaml:14: agreements.variants.36: afspraak 36 heeft enkel variant 1, geen variant 2',
    ]);
  });

  it('gives the errors as JSON with --json', async () => {
    const r = await run(['validate', fixture('invalid.yaml'), '--json']);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.valid).toBe(false);
    expect(json.errors[0]).toMatchObject({ line: 11, field: 'people[2].role' });
  });
});

describe('blanks to fill in (agreements.fill)', () => {
  const withoutFill = () => {
    const dir = mkdtempSync(join(tmpdir(), 'afspraak-fill-'));
    const file = join(dir, 'nota.yaml');
    const example = readFileSync(join(__dirname, '../../organisations/zilverbeek.yaml'), 'utf8');
    writeFileSync(file, example.replace(/\n {2}fill:\n {4}13: .*\n/, '\n'));
    return file;
  };

  it('the example organisation fills every blank, so nothing official prints "(specifieer)"', async () => {
    const v = await run(['validate', 'organisations/zilverbeek.yaml']);
    expect([v.code, v.stderr]).toEqual([0, '']);
    const show = await run(['show', '13']);
    expect(show.stdout).toContain('deze taak wordt opgenomen door de dienst Burgerzaken.');
    expect(show.stdout).not.toMatch(/specifieer/);
    expect((await run(['show', '60'])).stdout).toContain('‘Ge zijt van Zilverbeek’');
    const out = join(mkdtempSync(join(tmpdir(), 'afspraak-nota-')), 'n.md');
    expect((await run(['nota', '--out', out])).code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('door de dienst Burgerzaken.');
    expect(md).not.toMatch(/specifieer|\bxxx\b/);
  });

  it('validate warns about an open blank on stderr, still exits 0, and lists it in JSON', async () => {
    const file = withoutFill();
    const r = await run(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/is in orde/);
    expect(r.stderr).toMatch(
      /nota\.yaml:\d+: agreements\.variants\.13: waarschuwing: afspraak 13 bevat nog 'een andere dienst \(specifieer\)'/,
    );
    const json = JSON.parse((await run(['validate', file, '--json'])).stdout);
    expect(json.valid).toBe(true);
    expect(json.warnings).toEqual([expect.objectContaining({ field: 'agreements.variants.13' })]);
    // Unfilled, the text is shown as the catalogue writes it.
    expect((await run(['show', '13', '--org', file])).stdout).toContain('een andere dienst (specifieer).');
  });
});
