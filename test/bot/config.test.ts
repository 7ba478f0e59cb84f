import { botFrameworkSettings, ConfigError, DEFAULTS, describeConfig, loadConfig } from '../../bot/config';

const APP = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const OTHER = 'ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee';

const singleTenant = {
  MicrosoftAppId: APP,
  MicrosoftAppPassword: 'secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: TENANT,
};

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs in local mode with defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      mode: 'local',
      port: DEFAULTS.port,
      orgFile: 'organisations/zilverbeek.yaml',
      dataDir: './data',
      allowedTenants: [],
      pressDeskMembers: [],
    });
    expect(c.credentials).toBeUndefined();
    expect(describeConfig(c)).toMatch(/LOCAL MODE.*NOT authenticated/);
    expect(botFrameworkSettings(c)).toEqual({ MicrosoftAppId: '', MicrosoftAppPassword: '' });
  });

  it('reads ports, paths, database and the press desk members', () => {
    const c = loadConfig({
      PORT: '8080',
      HTTPS_PORT: '8443',
      ORG_FILE: 'organisations/other.yaml',
      DATA_DIR: '/var/lib/afspraak',
      DATABASE_URL: 'postgres://u@db:5432/afspraak',
      PUBLIC_HOSTNAME: 'afspraak.zilverbeek.be',
      PRESS_DESK_MEMBERS: 'Lies@Zilverbeek.be, 0f0f0f0f-0000-0000-0000-000000000000;jan@zilverbeek.be',
    });
    expect(c).toMatchObject({
      port: 8080,
      httpsPort: 8443,
      orgFile: 'organisations/other.yaml',
      dataDir: '/var/lib/afspraak',
      databaseUrl: 'postgres://u@db:5432/afspraak',
      publicHostname: 'afspraak.zilverbeek.be',
      pressDeskMembers: ['lies@zilverbeek.be', '0f0f0f0f-0000-0000-0000-000000000000', 'jan@zilverbeek.be'],
    });
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ PORT: '  ', MicrosoftAppId: '', DATA_DIR: '' })).toMatchObject({
      mode: 'local',
      port: 3978,
      dataDir: './data',
    });
  });

  it('accepts port 0 (tests listen on a free port)', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
  });

  it('runs in production mode for a single-tenant bot and serves its own tenant by default', () => {
    const c = loadConfig(singleTenant);
    expect(c.mode).toBe('production');
    expect(c.credentials).toEqual({
      appId: APP,
      appPassword: 'secret',
      appType: 'SingleTenant',
      tenantId: TENANT,
    });
    expect(c.allowedTenants).toEqual([TENANT]);
    expect(botFrameworkSettings(c)).toEqual({ ...singleTenant });
    expect(describeConfig(c)).not.toContain('secret');
  });

  it('accepts a user-assigned managed identity without a password, in any letter case', () => {
    const c = loadConfig({
      MicrosoftAppId: APP,
      MicrosoftAppType: 'userassignedmsi',
      MicrosoftAppTenantId: TENANT,
    });
    expect(c.credentials?.appType).toBe('UserAssignedMSI');
    expect(botFrameworkSettings(c).MicrosoftAppType).toBe('UserAssignedMsi');
  });

  it('serves the listed tenants when ALLOWED_TENANTS is set', () => {
    const c = loadConfig({ ...singleTenant, ALLOWED_TENANTS: `${TENANT.toUpperCase()}, ${OTHER}` });
    expect(c.allowedTenants).toEqual([TENANT, OTHER]);
  });

  const refused: [string, Record<string, string>, string, RegExp][] = [
    [
      'MultiTenant',
      { ...singleTenant, MicrosoftAppType: 'MultiTenant' },
      'MicrosoftAppType',
      /no longer creates/,
    ],
    [
      'an unknown app type',
      { ...singleTenant, MicrosoftAppType: 'Tenant' },
      'MicrosoftAppType',
      /SingleTenant or UserAssignedMSI/,
    ],
    ['a missing app type', { ...singleTenant, MicrosoftAppType: '' }, 'MicrosoftAppType', /required/],
    [
      'an app id that is no GUID',
      { ...singleTenant, MicrosoftAppId: 'afspraak-bot' },
      'MicrosoftAppId',
      /GUID/,
    ],
    ['a missing tenant', { ...singleTenant, MicrosoftAppTenantId: '' }, 'MicrosoftAppTenantId', /required/],
    [
      'a tenant that is no GUID',
      { ...singleTenant, MicrosoftAppTenantId: 'zilverbeek.be' },
      'MicrosoftAppTenantId',
      /GUID/,
    ],
    [
      'SingleTenant without a secret',
      { ...singleTenant, MicrosoftAppPassword: '' },
      'MicrosoftAppPassword',
      /required/,
    ],
    [
      'a managed identity with a secret',
      { ...singleTenant, MicrosoftAppType: 'UserAssignedMSI' },
      'MicrosoftAppPassword',
      /must be empty/,
    ],
    ['a password without an app id', { MicrosoftAppPassword: 'secret' }, 'MicrosoftAppId', /empty/],
    [
      'a tenant without an app id (not silently local mode)',
      { MicrosoftAppTenantId: TENANT },
      'MicrosoftAppId',
      /is empty while MicrosoftAppTenantId is set: set MicrosoftAppId .* or remove MicrosoftAppTenantId/,
    ],
    [
      'an allowed host with a scheme',
      { ALLOWED_HOSTS: 'afspraak.be, https://x.azurewebsites.net' },
      'ALLOWED_HOSTS',
      /without scheme/,
    ],
    [
      'a tenant list with a name',
      { ...singleTenant, ALLOWED_TENANTS: 'zilverbeek.be' },
      'ALLOWED_TENANTS',
      /GUID/,
    ],
    ['a port that is no number', { PORT: 'http' }, 'PORT', /port number/],
    ['a port too large', { PORT: '70000' }, 'PORT', /port number/],
    ['HTTPS on the HTTP port', { PORT: '3978', HTTPS_PORT: '3978' }, 'HTTPS_PORT', /differ/],
    ['a database URL of another kind', { DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', /postgres/],
    [
      'a host name with a scheme',
      { PUBLIC_HOSTNAME: 'https://afspraak.be/' },
      'PUBLIC_HOSTNAME',
      /without scheme/,
    ],
  ];

  it.each(refused)('refuses %s, naming the variable', (_what, env, variable, message) => {
    const e = errorOf(env);
    expect(e.variable).toBe(variable);
    expect(e.message).toMatch(new RegExp(`^${variable}: `));
    expect(e.message).toMatch(message);
  });
});

describe('HOST: where the server listens', () => {
  it('listens on loopback only in local mode by default, and says so', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', localModeExposed: false });
    expect(describeConfig(c)).toMatch(/127\.0\.0\.1 only \(loopback\)/);
  });

  it('listens on all interfaces in production by default', () => {
    expect(loadConfig(singleTenant)).toMatchObject({ host: '0.0.0.0', localModeExposed: false });
  });

  it.each(['localhost', '127.0.0.1', '::1', '127.1.2.3'])('treats HOST=%s as loopback', (HOST) => {
    expect(loadConfig({ HOST })).toMatchObject({ host: HOST, localModeExposed: false });
  });

  it('exposes local mode only when the admin sets a non-loopback HOST, with a loud warning', () => {
    const c = loadConfig({ HOST: '0.0.0.0' });
    expect(c).toMatchObject({ mode: 'local', host: '0.0.0.0', localModeExposed: true });
    expect(describeConfig(c)).toMatch(/HOST=0\.0\.0\.0 EXPOSES this unauthenticated bot/);
    expect(loadConfig({ ...singleTenant, HOST: '0.0.0.0' }).localModeExposed).toBe(false);
  });

  it.each(['http://0.0.0.0', '10.0.0.1:80', 'a b', '/tmp/sock'])('refuses HOST=%s', (HOST) => {
    expect(errorOf({ HOST }).variable).toBe('HOST');
  });
});

describe('TEAMS_APP_ID and SSO_APP_ID', () => {
  const TEAMS = '6F1C2A3B-4D5E-4F60-8A7B-9C0D1E2F3A4B';
  it('reads them as lower-case GUIDs, both optional', () => {
    expect(loadConfig({})).toMatchObject({ teamsAppId: undefined, ssoAppId: undefined });
    expect(loadConfig({ ...singleTenant, TEAMS_APP_ID: TEAMS, SSO_APP_ID: OTHER })).toMatchObject({
      teamsAppId: TEAMS.toLowerCase(),
      ssoAppId: OTHER,
    });
  });

  it.each(['TEAMS_APP_ID', 'SSO_APP_ID'])('refuses a %s that is not a GUID', (variable) => {
    const e = errorOf({ [variable]: 'zilverbeek-app' });
    expect(e.variable).toBe(variable);
    expect(e.message).toMatch(/GUID/);
  });
});
