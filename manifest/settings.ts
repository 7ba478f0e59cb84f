// The packaging settings (CONTRACT §5), read from the environment and checked before anything
// is written. Each error names the variable and says what a good value looks like, in Dutch for
// the municipality's IT admin.
import { createHash } from 'node:crypto';

export type AppType = 'SingleTenant' | 'UserAssignedMSI';

export interface PackageSettings {
  teamsAppId: string;
  microsoftAppId: string;
  microsoftAppType: AppType;
  tenantId: string;
  publicHostname: string;
  /** The Entra app that exposes api://host/<id> for single sign-on (defaults to MicrosoftAppId). */
  ssoAppId: string;
  /** Id of the Word add-in's XML manifest: fixed per Teams app, so an update replaces, never duplicates. */
  wordAddinId: string;
  /** The app's semver version (manifest.json); the XML manifest gets it as four numbers. */
  version: string;
  /** Publisher shown in Teams and Word (developer.name, ProviderName). */
  publisher: string;
  /** Non-fatal remarks for the admin (printed by `npm run package`). */
  warnings: string[];
}

export class SettingsError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A DNS name (optionally with a port for a test tunnel), no scheme, no path.
const HOSTNAME =
  /^(?=.{1,253}(?::\d{1,5})?$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::\d{1,5})?$/i;
const SEMVER = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/;
const APP_TYPES: readonly AppType[] = ['SingleTenant', 'UserAssignedMSI'];

type Env = Record<string, string | undefined>;

function required(env: Env, name: string, hint: string): string {
  const value = env[name]?.trim();
  if (!value) throw new SettingsError(name, `${name} ontbreekt: ${hint}`);
  return value;
}

function guid(env: Env, name: string, hint: string): string {
  const value = required(env, name, hint);
  if (!GUID.test(value)) {
    throw new SettingsError(name, `${name} is geen GUID ("${value}"): ${hint}`);
  }
  return value.toLowerCase();
}

/** A stable GUID derived from a name (RFC 4122 version 5 layout, SHA-1). */
export function derivedGuid(namespace: string, name: string): string {
  const hash = createHash('sha1').update(`${namespace}:${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function readSettings(env: Env, defaultVersion: string): PackageSettings {
  const warnings: string[] = [];
  const teamsAppId = guid(
    env,
    'TEAMS_APP_ID',
    'de id van de Teams-app, een GUID die je één keer aanmaakt (bv. met `uuidgen`)',
  );
  const microsoftAppId = guid(
    env,
    'MicrosoftAppId',
    'de toepassings-id (client-id) van de appregistratie of beheerde identiteit van de bot in Microsoft Entra',
  );
  const appType = required(env, 'MicrosoftAppType', `kies ${APP_TYPES.join(' of ')}`);
  if (!APP_TYPES.includes(appType as AppType)) {
    throw new SettingsError(
      'MicrosoftAppType',
      `MicrosoftAppType "${appType}" wordt niet ondersteund: kies ${APP_TYPES.join(' of ')} (nieuwe multi-tenant bots kunnen niet meer worden aangemaakt)`,
    );
  }
  const tenantId = guid(
    env,
    'MicrosoftAppTenantId',
    'de tenant-id (directory-id) van je Microsoft 365-omgeving',
  );
  const rawHost = required(
    env,
    'PUBLIC_HOSTNAME',
    'de hostnaam waarop de server via HTTPS bereikbaar is, bv. afspraak.zilverbeek.be',
  );
  if (/^[a-z]+:\/\//i.test(rawHost) || rawHost.includes('/') || !HOSTNAME.test(rawHost)) {
    throw new SettingsError(
      'PUBLIC_HOSTNAME',
      `PUBLIC_HOSTNAME "${rawHost}" is geen geldige hostnaam: geef alleen de naam, zonder https:// en zonder pad, bv. afspraak.zilverbeek.be`,
    );
  }
  const publicHostname = rawHost.toLowerCase();

  let ssoAppId = microsoftAppId;
  if (env.SSO_APP_ID?.trim()) {
    ssoAppId = guid(
      env,
      'SSO_APP_ID',
      'de toepassings-id van de Entra-appregistratie voor eenmalige aanmelding',
    );
  } else if (appType === 'UserAssignedMSI') {
    // A managed identity cannot expose an API scope, so Teams SSO needs its own app registration.
    warnings.push(
      'MicrosoftAppType is UserAssignedMSI maar SSO_APP_ID ontbreekt: een beheerde identiteit kan geen API (access_as_user) aanbieden. ' +
        'Maak een aparte appregistratie voor eenmalige aanmelding en zet SSO_APP_ID; nu wordt MicrosoftAppId gebruikt.',
    );
  }
  const wordAddinId = env.WORD_ADDIN_ID?.trim()
    ? guid(env, 'WORD_ADDIN_ID', 'de id van de Word-invoegtoepassing (GUID)')
    : derivedGuid('afspraak-word-addin', teamsAppId);

  const version = env.APP_VERSION?.trim() || defaultVersion;
  if (!SEMVER.test(version)) {
    throw new SettingsError('APP_VERSION', `APP_VERSION "${version}" is geen versie van de vorm 1.2.3`);
  }
  const publisher = env.AFSPRAAK_PUBLISHER?.trim() || 'Afspraak';
  if (publisher.length > 32) {
    throw new SettingsError(
      'AFSPRAAK_PUBLISHER',
      `AFSPRAAK_PUBLISHER mag hoogstens 32 tekens lang zijn (nu ${publisher.length})`,
    );
  }
  return {
    teamsAppId,
    microsoftAppId,
    microsoftAppType: appType as AppType,
    tenantId,
    publicHostname,
    ssoAppId,
    wordAddinId,
    version,
    publisher,
    warnings,
  };
}

/** The values the templates may use, by placeholder name. */
export function templateValues(s: PackageSettings): Record<string, string> {
  return {
    TEAMS_APP_ID: s.teamsAppId,
    MicrosoftAppId: s.microsoftAppId,
    MicrosoftAppTenantId: s.tenantId,
    PUBLIC_HOSTNAME: s.publicHostname,
    SSO_APP_ID: s.ssoAppId,
    WORD_ADDIN_ID: s.wordAddinId,
    APP_VERSION: s.version,
    // Office wants four numbers.
    ADDIN_VERSION: `${s.version}.0`,
    PUBLISHER: s.publisher,
  };
}
