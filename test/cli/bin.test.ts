// The real command as a user runs it: node bin/afspraak.js (tsx). Few cases: each spawn costs time.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const afspraak = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin/afspraak.js'), ...args], { cwd: root, encoding: 'utf8' });

describe('bin/afspraak.js', () => {
  it('prints agreement 36 as JSON', () => {
    const r = afspraak('show', '36', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ agreement: 36, variant: null });
  });

  it('prints the chosen variant of 36', () => {
    const r = afspraak('show', '36', '--org', 'test/fixtures/organisations/variant-36.yaml');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Alle briefwisseling en uitnodigingen vanwege het stadsbestuur');
  });

  it('exits 2 with file:line: field for an invalid organisation file', () => {
    const r = afspraak('show', '36', '--org', 'test/fixtures/organisations/invalid.yaml');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe(
      "test/fixtures/organisations/invalid.yaml:11: people[2] (persoon 3, Karel Bos).role: 'wethouder' is geen gekende rol; bedoel je 'schepen'?",
    );
  });
});
