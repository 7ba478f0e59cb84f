// The bot's settings, read once from the environment and checked before anything starts.
//
// Two modes:
// - local: no MicrosoftAppId. Requests are not authenticated and replies go straight to the
//   activity's serviceUrl, exactly what the Bot Framework Emulator and the tests expect. So the
//   server listens on loopback only (HOST defaults to 127.0.0.1) and only replies to a loopback
//   serviceUrl, unless the admin sets HOST to a network address on purpose.
// - production: MicrosoftAppId set. Every request's token is validated by the adapter and only
//   the tenants in ALLOWED_TENANTS are served. A missing or inconsistent setting stops the start
//   with a message naming the variable, so an admin never runs a half-configured bot.

import { isIP } from 'node:net';

export type AppType = 'SingleTenant' | 'UserAssignedMSI';

export interface Credentials {
  appId: string;
  /** Empty for a user-assigned managed identity. */
  appPassword: string;
  appType: AppType;
  tenantId: string;
}

export interface BotConfig {
  mode: 'local' | 'production';
  port: number;
  /** Address to listen on: HOST, or 127.0.0.1 in local mode and 0.0.0.0 in production. */
  host: string;
  /**
   * Local mode only: the admin set HOST to an address other machines reach, so the
   * unauthenticated bot is deliberately exposed (any serviceUrl is accepted, with a warning).
   */
  localModeExposed: boolean;
  /** Also serve over HTTPS with Office development certificates (the Word add-in needs HTTPS). */
  httpsPort?: number;
  orgFile: string;
  databaseUrl?: string;
  dataDir: string;
  /** Present exactly in production mode. */
  credentials?: Credentials;
  /** Tenant ids served; empty means every tenant (local mode only). Lower case. */
  allowedTenants: string[];
  /** Host name (no scheme) where the server is reachable over HTTPS, e.g. afspraak.zilverbeek.be. */
  publicHostname?: string;
  /**
   * Other host names the server answers to besides PUBLIC_HOSTNAME and loopback (ALLOWED_HOSTS,
   * lower case), e.g. the *.azurewebsites.net name the bot registration posts to. Requests naming
   * any other Host are refused (DNS rebinding).
   */
  allowedHosts: string[];
  /** AAD object ids, e-mail addresses or UPNs counted as the communication service (lower case). */
  pressDeskMembers: string[];
  /**
   * Local mode only (PRESS_DESK_LOCAL=iedereen): everyone who writes to the bot acts as a member of
   * the press desk, so its commands can be tried with the Emulator or the Agents Playground, whose
   * users are nobody's colleagues. Refused with MicrosoftAppId: production membership is unchanged.
   */
  pressDeskEveryone: boolean;
  /** The Teams app's id (the manifest's "id"): answer cards link into its Afspraken tab. */
  teamsAppId?: string;
  /**
   * A separate Entra app registration for single sign-on (a managed identity cannot expose an
   * API), whose tokens the task pane and tab API accept beside the bot's own app id.
   */
  ssoAppId?: string;
}

export type Env = Record<string, string | undefined>;

/** A setting that stops the start; `variable` is the environment variable to fix. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/i;

export const DEFAULTS = {
  port: 3978,
  orgFile: 'organisations/zilverbeek.yaml',
  dataDir: './data',
} as const;

export function loadConfig(env: Env = process.env): BotConfig {
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value ? value : undefined;
  };

  const port = parsePort('PORT', get('PORT')) ?? DEFAULTS.port;
  const rawHost = get('HOST');
  if (rawHost !== undefined && !isListenAddress(rawHost)) {
    throw new ConfigError(
      'HOST',
      `expected an address to listen on (127.0.0.1, 0.0.0.0, ::, a host name), got "${rawHost}"`,
    );
  }
  const httpsPort = parsePort('HTTPS_PORT', get('HTTPS_PORT'));
  if (httpsPort !== undefined && httpsPort !== 0 && httpsPort === port) {
    throw new ConfigError('HTTPS_PORT', `must differ from PORT (${port})`);
  }

  const databaseUrl = get('DATABASE_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'expected a postgres:// or postgresql:// connection string');
  }

  const publicHostname = get('PUBLIC_HOSTNAME');
  if (publicHostname && !HOSTNAME.test(publicHostname)) {
    throw new ConfigError(
      'PUBLIC_HOSTNAME',
      `expected a host name without scheme or path (e.g. afspraak.zilverbeek.be), got "${publicHostname}"`,
    );
  }

  const allowedHosts = list(get('ALLOWED_HOSTS'));
  for (const h of allowedHosts) {
    if (!HOSTNAME.test(h)) {
      throw new ConfigError(
        'ALLOWED_HOSTS',
        `expected comma-separated host names without scheme or path (e.g. afspraak.azurewebsites.net), got "${h}"`,
      );
    }
  }

  const credentials = readCredentials(get);
  const allowedTenants = readAllowedTenants(get('ALLOWED_TENANTS'), credentials);
  const teamsAppId = optionalGuid('TEAMS_APP_ID', get('TEAMS_APP_ID'), "the Teams app's id (manifest id)");
  const ssoAppId = optionalGuid('SSO_APP_ID', get('SSO_APP_ID'), 'the single sign-on app registration id');

  // Local mode answers without authentication: loopback only, unless the admin asks otherwise.
  const host = rawHost ?? (credentials ? '0.0.0.0' : '127.0.0.1');

  return {
    mode: credentials ? 'production' : 'local',
    port,
    host,
    localModeExposed: !credentials && !isLoopbackHost(host),
    httpsPort,
    orgFile: get('ORG_FILE') ?? DEFAULTS.orgFile,
    databaseUrl,
    dataDir: get('DATA_DIR') ?? DEFAULTS.dataDir,
    credentials,
    allowedTenants,
    publicHostname,
    allowedHosts,
    pressDeskMembers: list(get('PRESS_DESK_MEMBERS')),
    pressDeskEveryone: readPressDeskLocal(get('PRESS_DESK_LOCAL'), credentials),
    teamsAppId,
    ssoAppId,
  };
}

function readPressDeskLocal(value: string | undefined, credentials: Credentials | undefined): boolean {
  if (value === undefined) return false;
  if (value.toLowerCase() !== 'iedereen')
    throw new ConfigError('PRESS_DESK_LOCAL', `expected "iedereen" (local mode only), got "${value}"`);
  if (credentials)
    throw new ConfigError(
      'PRESS_DESK_LOCAL',
      'is for local mode only; with MicrosoftAppId the press desk counts PRESS_DESK_MEMBERS and the communicatieverantwoordelijke',
    );
  return true;
}

function optionalGuid(name: string, value: string | undefined, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (!GUID.test(value)) throw new ConfigError(name, `expected ${what}, a GUID; got "${value}"`);
  return value.toLowerCase();
}

/** An IPv4 or IPv6 literal or a host name; no scheme, port or path. */
function isListenAddress(value: string): boolean {
  return (
    isIP(value) !== 0 || /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(value)
  );
}

/**
 * Whether a host name or address only reaches this machine: localhost, 127.0.0.0/8, ::1 (also
 * written [::1] in a URL, or as the IPv4-mapped ::ffff:127.x.y.z).
 */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) {
    if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    return !!mapped && mapped[1].startsWith('127.');
  }
  return false;
}

function parsePort(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) {
    throw new ConfigError(name, `expected a port number between 0 and 65535, got "${value}"`);
  }
  return n;
}

function readCredentials(get: (name: string) => string | undefined): Credentials | undefined {
  const appId = get('MicrosoftAppId');
  const appPassword = get('MicrosoftAppPassword') ?? '';
  const rawType = get('MicrosoftAppType');
  const tenantId = get('MicrosoftAppTenantId');

  if (!appId) {
    // A password or tenant without an app id is a half-done production setup, not local mode:
    // starting unauthenticated would silently serve anyone who reaches the server.
    for (const [name, value] of [
      ['MicrosoftAppPassword', appPassword],
      ['MicrosoftAppTenantId', tenantId],
    ] as const) {
      if (value) {
        throw new ConfigError(
          'MicrosoftAppId',
          `is empty while ${name} is set: set MicrosoftAppId (the bot's Entra app id) for production, ` +
            `or remove ${name} to run in local mode`,
        );
      }
    }
    return undefined;
  }
  if (!GUID.test(appId)) {
    throw new ConfigError(
      'MicrosoftAppId',
      `expected the bot's Entra application (client) id, a GUID; got "${appId}"`,
    );
  }
  if (!rawType) {
    throw new ConfigError(
      'MicrosoftAppType',
      'is required with MicrosoftAppId: SingleTenant or UserAssignedMSI',
    );
  }
  const appType = normaliseAppType(rawType);
  if (!tenantId) {
    throw new ConfigError(
      'MicrosoftAppTenantId',
      `is required for ${appType}: the Entra tenant (directory) id`,
    );
  }
  if (!GUID.test(tenantId)) {
    throw new ConfigError('MicrosoftAppTenantId', `expected a GUID, got "${tenantId}"`);
  }
  if (appType === 'SingleTenant' && !appPassword) {
    throw new ConfigError(
      'MicrosoftAppPassword',
      'is required for SingleTenant: the client secret of the app registration',
    );
  }
  if (appType === 'UserAssignedMSI' && appPassword) {
    throw new ConfigError(
      'MicrosoftAppPassword',
      'must be empty for UserAssignedMSI: a managed identity has no secret (remove it, or use SingleTenant)',
    );
  }
  return { appId, appPassword, appType, tenantId: tenantId.toLowerCase() };
}

function normaliseAppType(raw: string): AppType {
  switch (raw.toLowerCase()) {
    case 'singletenant':
      return 'SingleTenant';
    case 'userassignedmsi':
      return 'UserAssignedMSI';
    case 'multitenant':
      throw new ConfigError(
        'MicrosoftAppType',
        'MultiTenant is not supported: Azure no longer creates new multi-tenant bots. ' +
          'Register the bot as SingleTenant (app id + secret) or UserAssignedMSI (managed identity).',
      );
    default:
      throw new ConfigError('MicrosoftAppType', `expected SingleTenant or UserAssignedMSI, got "${raw}"`);
  }
}

function readAllowedTenants(raw: string | undefined, credentials: Credentials | undefined): string[] {
  const tenants = list(raw);
  for (const t of tenants) {
    if (!GUID.test(t))
      throw new ConfigError('ALLOWED_TENANTS', `expected comma-separated tenant GUIDs, got "${t}"`);
  }
  if (credentials && tenants.length === 0) return [credentials.tenantId];
  return tenants;
}

function list(raw: string | undefined): string[] {
  if (!raw) return [];
  return [
    ...new Set(
      raw
        .split(/[,;\s]+/)
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/** The settings as botbuilder's ConfigurationBotFrameworkAuthentication expects them. */
export function botFrameworkSettings(config: BotConfig): Record<string, string> {
  const c = config.credentials;
  if (!c) return { MicrosoftAppId: '', MicrosoftAppPassword: '' };
  return {
    MicrosoftAppId: c.appId,
    MicrosoftAppPassword: c.appPassword,
    // botbuilder spells the managed identity type 'UserAssignedMsi' (compared case-insensitively).
    MicrosoftAppType: c.appType === 'UserAssignedMSI' ? 'UserAssignedMsi' : 'SingleTenant',
    MicrosoftAppTenantId: c.tenantId,
  };
}

/** One line for the start-up log that says which mode runs, without secrets. */
export function describeConfig(config: BotConfig): string {
  const storage = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  if (config.mode === 'local') {
    const reach = config.localModeExposed
      ? `HOST=${config.host} EXPOSES this unauthenticated bot and API to the network: anyone who ` +
        'reaches it can read press requests and send messages in any name. Use it only on a trusted test network.'
      : `Listening on ${config.host} only (loopback): reachable from this machine, not from the network.`;
    return (
      'LOCAL MODE: no MicrosoftAppId, so requests are NOT authenticated (for the Bot Framework Emulator ' +
      `and development only). ${reach} Storage: ${storage}.`
    );
  }
  const c = config.credentials!;
  return (
    `Production mode: ${c.appType} app ${c.appId}, tenant ${c.tenantId}, ` +
    `serving tenants ${config.allowedTenants.join(', ')}. Storage: ${storage}.`
  );
}
