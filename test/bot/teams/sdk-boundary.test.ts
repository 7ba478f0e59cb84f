// botbuilder behind one port (issue 16): only bot/teams/ may import the Bot Framework SDK, so that a
// move to another SDK is that folder's work. Reads every production source file's imports.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../../..');
const SOURCE_DIRS = ['bot', 'shared', 'cli', 'taskpane', 'manifest', 'bin', 'bench'];
const SDK = /^(?:botbuilder|botframework-[\w-]+)(?:\/|$)/;
// Static imports, re-exports, require() and import() calls.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name === 'build') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(?:[cm]?[jt]sx?)$/.test(entry.name)) out.push(path);
  }
  return out;
}

function sdkImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1]).filter((spec) => SDK.test(spec));
}

describe('the Bot Framework SDK stays behind bot/teams/', () => {
  const files = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));

  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(100);
    // The check itself sees an SDK import where there is one.
    expect(sdkImports(join(ROOT, 'bot/teams/endpoint.ts'))).toContain('botbuilder');
  });

  it('is imported nowhere else', () => {
    const offenders = files
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => !f.startsWith('bot/teams/'))
      .flatMap((f) => sdkImports(join(ROOT, f)).map((spec) => `${f}: ${spec}`));
    expect(offenders).toEqual([]);
  });

  it('the port itself is plain types', () => {
    expect(sdkImports(join(ROOT, 'bot/teams/port.ts'))).toEqual([]);
  });
});
