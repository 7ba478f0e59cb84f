// The built CLI (dist/cli, what bin/afspraak runs after `npm run build`) says exactly what the
// TypeScript says, with the stored example terms, and loads no browser code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureBuilt } from '../helpers/npm-start';

const ROOT = path.resolve(__dirname, '../..');
const LETTER = path.join(ROOT, 'bench/fixtures/brief-een-pagina.txt');

function afspraak(args: string[], fromSource: boolean, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/afspraak.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, AFSPRAAK_FROM_SOURCE: fromSource ? '1' : '', ...env },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => ensureBuilt(), 300_000);

describe('the built CLI', () => {
  it.each([
    ['help', ['help']],
    ['help for one command', ['help', 'check']],
    ['an answer', ['ask', 'Mag ik zelf een persbericht naar de krant sturen?', '--json']],
    ['a check of a letter', ['check', LETTER, '--json']],
    ['a typo in the command', ['chek', LETTER]],
  ])(
    'gives the same output as the TypeScript for %s',
    (_what, args) => {
      const built = afspraak(args, false);
      const source = afspraak(args, true);
      expect(built).toEqual(source);
      expect(built.stdout.length + built.stderr.length).toBeGreaterThan(0);
    },
    120_000,
  );

  it("indexes a municipality's own organisation file once, then answers from the cache", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'afspraak-own-org-'));
    try {
      // First the example organisation as shipped, then as a municipality adapts it.
      const yaml = readFileSync(path.join(ROOT, 'organisations/zilverbeek.yaml'), 'utf8');
      const own = path.join(dir, 'eigen.yaml');
      writeFileSync(own, yaml);
      const env = { AFSPRAAK_CACHE_DIR: path.join(dir, 'cache') };
      const args = ['ask', 'Mag ik zelf een persbericht naar de krant sturen?', '--json', '--org', own];
      const source = afspraak(args, true, env);
      // From source nothing is stored.
      expect(readdirSync(dir)).toEqual(['eigen.yaml']);
      const first = afspraak(args, false, env);
      // The same texts as the shipped file: the build's index serves, nothing is cached.
      expect(existsSync(path.join(dir, 'cache'))).toBe(false);
      expect(first).toEqual(source);

      // Agreement 46 back to its main text: other example questions, an index of its own. (Leaving
      // an agreement out would not do: ask ranks every agreement, to say which one was left out.)
      const adapted = yaml.replace(/^ {2}variants: \{ 13: 1, 46: 2 \}$/m, '  variants: { 13: 1 }');
      expect(adapted).not.toBe(yaml);
      writeFileSync(own, adapted);
      const changedSource = afspraak(args, true, env);
      expect(changedSource.status).toBe(0);
      const changed = afspraak(args, false, env);
      expect(readdirSync(path.join(dir, 'cache', 'example-corpus'))).toHaveLength(1);
      const again = afspraak(args, false, env);
      expect(changed).toEqual(changedSource);
      expect(again).toEqual(changedSource);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('uses the terms the build stored', () => {
    const info = JSON.parse(readFileSync(path.join(ROOT, 'dist/build-info.json'), 'utf8'));
    for (const file of ['dist/ask/terms.json', 'dist/ask/example-terms.json'])
      expect(JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')).key).toBe(info.sourceKey);
    const dir = path.join(ROOT, 'dist/cli');
    const bundle = readdirSync(dir)
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    expect(bundle).toContain(JSON.stringify(info.sourceKey));
  });

  it('bundles no React, Fluent UI or office code, and help loads no command', () => {
    const dir = path.join(ROOT, 'dist/cli');
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.mjs')))
      expect(readFileSync(path.join(dir, f), 'utf8')).not.toMatch(
        /node_modules\/(react|react-dom|@fluentui|@microsoft\/office-js)\//,
      );
    const main = readFileSync(path.join(dir, 'main.mjs'), 'utf8');
    expect(main).not.toMatch(/shared\/catalogue\/examples|shared\/checks\//);
  });
});
