// The web parts on the bot's server: the Word task pane, the Teams tab, office.js for
// development, and the API they call. bot/server.ts calls registerWebRoutes once.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Next, Request, Response, Server } from 'restify';
import { API_SCOPE, createTokenValidator, type TokenValidator } from '../api/auth';
import type { BotConfig } from '../config';
import { registerApiRoutes, type PageConfig } from './api-routes';
import { organisationFromFile, type OrganisationSource } from './organisation-source';
import { serveDirectory } from './static-files';

/** Microsoft's CDN: what Office requires of add-ins in production. */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const OFFICE_JS_LOCAL = '/vendor/office-js/office.js';
/** The built pages name office.js with this placeholder; the server fills it in per mode. */
export const OFFICE_JS_PLACEHOLDER = '%OFFICE_JS_URL%';

export interface WebDeps {
  config: Pick<
    BotConfig,
    'mode' | 'credentials' | 'allowedTenants' | 'publicHostname' | 'orgFile' | 'ssoAppId'
  >;
  /** Built pages (dist/web, `npm run build`); default in this repository's dist folder. */
  distDir?: string;
  /** Which office.js the pages load; default local in local mode, the CDN in production. */
  officeJsUrl?: string;
  organisation?: OrganisationSource;
  validateToken?: TokenValidator;
  log?: (line: string) => void;
}

export const DEFAULT_DIST_DIR = path.resolve(__dirname, '../../dist/web');

export function registerWebRoutes(server: Server, deps: WebDeps): void {
  const { config } = deps;
  const log = deps.log ?? ((line: string) => console.log(line));
  const distDir = deps.distDir ?? DEFAULT_DIST_DIR;
  const officeJsUrl = deps.officeJsUrl ?? officeJsUrlFor(config.mode);
  const transformHtml = (html: string) => html.split(OFFICE_JS_PLACEHOLDER).join(officeJsUrl);

  for (const page of ['taskpane', 'tab']) {
    const root = path.join(distDir, page);
    if (!existsSync(path.join(root, 'index.html'))) {
      log(`/${page}/ is not built yet (${root}): run npm run build:web`);
    }
    server.get(`/${page}`, redirectTo(`/${page}/`));
    server.get(`/${page}/*`, serveDirectory(root, { transformHtml }));
  }
  server.get(
    '/vendor/office-js/*',
    serveDirectory(officeJsDir(), { unhashedCache: 'public, max-age=86400' }),
  );

  registerApiRoutes(server, {
    config: pageConfig(config),
    organisation: deps.organisation ?? organisationFromFile(config.orgFile),
    validateToken:
      deps.validateToken ?? (config.mode === 'production' ? tokenValidatorFor(config) : undefined),
    log,
  });
}

/** Which office.js the pages load: a local copy in local mode, Microsoft's CDN in production. */
export function officeJsUrlFor(mode: BotConfig['mode']): string {
  return mode === 'local' ? OFFICE_JS_LOCAL : OFFICE_JS_CDN;
}

function officeJsDir(): string {
  return path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
}

function redirectTo(location: string) {
  return (_req: Request, res: Response, next: Next) => {
    res.setHeader('Location', location);
    res.writeHead(301);
    res.end();
    next();
  };
}

/** The Application ID URI the pane asks a token for: api://<host>/<appId> when the host is known. */
export function apiScope(appId: string, publicHostname?: string): string {
  return publicHostname ? `api://${publicHostname}/${appId}/${API_SCOPE}` : `api://${appId}/${API_SCOPE}`;
}

export function pageConfig(config: WebDeps['config']): PageConfig {
  const c = config.credentials;
  if (config.mode === 'local' || !c) return { mode: 'local' };
  // One tenant: sign in against it; several: any work account, the server checks the tenant.
  const authorityTenant = config.allowedTenants.length > 1 ? 'organizations' : c.tenantId;
  // With SSO_APP_ID the pane signs in with that registration (the one the manifest names).
  const clientId = config.ssoAppId ?? c.appId;
  return {
    mode: 'production',
    auth: {
      clientId,
      tenantId: c.tenantId,
      authority: `https://login.microsoftonline.com/${authorityTenant}`,
      scopes: [apiScope(clientId, config.publicHostname)],
    },
  };
}

/** The validator for Entra ID tokens of the task pane and the tab (production mode). */
export function tokenValidatorFor(
  config: Pick<BotConfig, 'credentials' | 'allowedTenants' | 'publicHostname' | 'ssoAppId'>,
): TokenValidator {
  const c = config.credentials!;
  return createTokenValidator({
    appId: c.appId,
    tenants: config.allowedTenants.length ? config.allowedTenants : [c.tenantId],
    publicHostname: config.publicHostname,
    ssoAppId: config.ssoAppId,
  });
}
