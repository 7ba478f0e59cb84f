// `npm start`'s command (the built bot, dist/server/index.js, with its node flags) refuses a bad configuration before anything listens, and says
// which variable or which line of the organisation file to fix.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { npmStartNodeArgs } from '../helpers/npm-start';

const ROOT = resolve(__dirname, '../..');
const APP = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

function start(env: Record<string, string>) {
  const r = spawnSync(process.execPath, npmStartNodeArgs(), {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stderr: r.stderr };
}

describe('bot start-up refusals', () => {
  it.each([
    [
      'MultiTenant',
      {
        MicrosoftAppId: APP,
        MicrosoftAppPassword: 's',
        MicrosoftAppType: 'MultiTenant',
        MicrosoftAppTenantId: TENANT,
      },
      /MicrosoftAppType: MultiTenant is not supported/,
    ],
    [
      'a SingleTenant bot without its secret',
      { MicrosoftAppId: APP, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT },
      /MicrosoftAppPassword: is required for SingleTenant/,
    ],
    [
      'an app id that is no GUID',
      { MicrosoftAppId: 'my-bot', MicrosoftAppType: 'SingleTenant' },
      /MicrosoftAppId: expected .* GUID/,
    ],
    ['a port that is no number', { PORT: 'abc' }, /PORT: expected a port number/],
  ])(
    'refuses %s with exit code 2, naming the variable',
    (_what, env, message) => {
      const r = start(env);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    },
    60_000,
  );

  it('refuses an invalid organisation file with exit code 1, naming file, line and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'afspraak-org-'));
    try {
      const file = join(dir, 'kapot.yaml');
      writeFileSync(
        file,
        'organisation:\n  name: Gemeente Test\n  kind: gemeente\npeople:\n  - name: Jan\n    role: koning\n',
      );
      const r = start({ ORG_FILE: file, DATA_DIR: dir });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/kapot\.yaml:6/);
      expect(r.stderr).toMatch(/role/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
