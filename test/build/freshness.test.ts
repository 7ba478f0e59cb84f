// The start-up check that decides whether `npm start` builds and whether bin/afspraak runs dist/.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { staleReason } from '../../build/freshness.js';

describe('staleReason', () => {
  let root: string;
  const startedAt = Date.parse('2026-12-07T10:00:00Z');
  const at = (file: string, time: number) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x');
    utimesSync(path.join(root, file), time / 1000, time / 1000);
  };
  const info = (inputs: string[], outputs: string[] = ['dist/cli/main.mjs']) =>
    writeFileSync(path.join(root, 'dist/build-info.json'), JSON.stringify({ startedAt, inputs, outputs }));

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'afspraak-fresh-'));
    mkdirSync(path.join(root, 'dist'));
    at('shared/a.ts', startedAt - 60_000);
    at('dist/cli/main.mjs', startedAt + 5_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('says there is no build yet without build-info.json', () => {
    expect(staleReason(root)).toBe('no build yet');
  });

  it('is fresh when no input changed since the build started', () => {
    info(['shared/a.ts']);
    expect(staleReason(root)).toBeUndefined();
  });

  it('names an input edited after the build started', () => {
    info(['shared/a.ts']);
    at('shared/a.ts', startedAt + 1_000);
    expect(staleReason(root)).toBe('shared/a.ts changed');
  });

  it('names an input or output that is gone', () => {
    info(['shared/a.ts', 'shared/b.ts']);
    expect(staleReason(root)).toBe('shared/b.ts is gone');
    info(['shared/a.ts'], ['dist/server/index.js']);
    expect(staleReason(root)).toBe('dist/server/index.js is gone');
  });

  it('refuses a build-info.json it cannot read', () => {
    writeFileSync(path.join(root, 'dist/build-info.json'), '{"inputs": 3');
    expect(staleReason(root)).toBe('no build yet');
    writeFileSync(path.join(root, 'dist/build-info.json'), '{"inputs": 3}');
    expect(staleReason(root)).toBe('an unreadable build-info.json');
  });
});
