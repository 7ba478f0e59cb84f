// Each test file runs in one tier, decided by what it does (test/tiers.js).
import path from 'node:path';
import { filesByTier, tierOf } from './tiers.js';

const at = (file: string) => path.join(__dirname, file);

describe('test tiers', () => {
  it.each([
    ['shared/language/tokenise.test.ts', 'unit'],
    ['cli/check.test.ts', 'unit'], // writes temp files, no server
    ['bot/press-desk/cards.test.ts', 'unit'], // states it: only the fixture organisation from a heavy helper
    ['bot/storage/storage.test.ts', 'integration'], // PGlite and PostgreSQL
    ['bot/teams/authentication.test.ts', 'integration'], // a token server, through a test helper
    ['cli/bin.test.ts', 'integration'], // a child process
    ['e2e/bot-http.test.ts', 'integration'], // the server over HTTP, no browser
    ['e2e/tab-browser.test.ts', 'e2e'], // chromium, through the tab harness
    ['blind/blind-eval.test.ts', 'quality'],
    ['shared/ask/accuracy.test.ts', 'quality'], // scores labelled sets with bench/
  ])('puts %s in %s', (file, tier) => {
    expect(tierOf(at(file))).toBe(tier);
  });

  it('puts every test file in exactly one tier', () => {
    const all = Object.values(filesByTier()).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain(at('tiers.test.ts'));
  });
});
