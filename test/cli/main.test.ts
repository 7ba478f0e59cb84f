import { join } from 'node:path';
import { run } from './run';

const fixture = (name: string) => join(__dirname, '../fixtures/organisations', name);

describe('afspraak (framework)', () => {
  it('prints help with every command and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['show', 'list', 'validate', 'nota']) expect(r.stdout).toContain(`  ${c}`);
    expect((await run([])).stdout).toBe(r.stdout);
  });

  it('prints one command’s help', async () => {
    const r = await run(['help', 'nota']);
    expect(r.stdout).toMatch(/^Gebruik: afspraak nota --out/);
    expect((await run(['nota', '--help'])).stdout).toBe(r.stdout);
  });

  // QA: the overview was padded to 88 columns and wrapped in an 80-column terminal.
  it('keeps the help, and each command’s help, within 80 columns', async () => {
    const overview = (await run(['help'])).stdout;
    const names = [...overview.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]);
    expect(names).toEqual(
      expect.arrayContaining(['show', 'list', 'validate', 'nota', 'ask', 'triage', 'check']),
    );
    for (const text of [
      overview,
      ...(await Promise.all(names.map((n) => run(['help', n])))).map((r) => r.stdout),
    ])
      for (const line of text.split('\n'))
        expect(`${line.length}: ${line}`).toMatch(/^([0-9]|[1-7][0-9]|80):/);
    // Nothing lost in the wrapping: the long usage of check is all there.
    expect((await run(['help', 'check'])).stdout.replace(/\s+/g, ' ')).toContain(
      'brief|persbericht|infoblad|website|sociale-media|uitnodiging',
    );
  });

  it('refuses an unknown command with a suggestion and exit 2', async () => {
    const r = await run(['shwo', '36']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: "onbekend commando 'shwo'; bedoel je 'show'? (zie afspraak help)",
    });
  });

  it('refuses an unknown option with exit 2', async () => {
    const r = await run(['show', '36', '--colour']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("onbekende optie '--colour' voor 'show' (zie afspraak help show)");
  });

  it('accepts global options before the command', async () => {
    const r = await run(['--org', fixture('variant-36.yaml'), '--json', 'show', '36']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ agreement: 36, variant: 1 });
  });

  it('refuses an invalid organisation file with file:line: field: message on one line', async () => {
    const r = await run(['show', '36', '--org', fixture('invalid.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^test\/fixtures\/organisations\/invalid\.yaml:11: people\[2\] \(persoon 3, Karel Bos\)\.role: 'wethouder' is geen gekende rol; bedoel je 'schepen'\?$/,
    );
  });

  it('refuses a missing organisation file', async () => {
    const r = await run(['list', '--org', 'bestaat-niet.yaml']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'bestaat-niet.yaml:1: bestand niet gevonden' });
  });
});
