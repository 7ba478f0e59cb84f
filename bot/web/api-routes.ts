// The HTTP API of the web parts:
//   GET /api/config        what the page needs before anything else: local or production mode,
//                          and in production the sign-in settings (client id, authority, scope)
//   GET /api/organisation  the published version of the note as parsed JSON (`noteVersion`: its
//                          number; `version` changes with it, also as the ETag); in production only
//                          with a valid Entra ID bearer token (bot/api/auth.ts)
import type { Next, Request, Response, Server } from 'restify';
import { AuthError, type TokenValidator } from '../api/auth';
import type { OrganisationSource } from './organisation-source';
import { sendError, sendJson } from './static-files';

/** Sign-in settings for @azure/msal-browser in the page (no secrets). */
export interface PageAuthConfig {
  clientId: string;
  tenantId: string;
  authority: string;
  /** The API scope the page asks a token for. */
  scopes: string[];
}

export interface PageConfig {
  mode: 'local' | 'production';
  auth?: PageAuthConfig;
}

export interface ApiDeps {
  config: PageConfig;
  organisation: OrganisationSource;
  /** Required in production mode. */
  validateToken?: TokenValidator;
  log?: (line: string) => void;
}

export function registerApiRoutes(server: Server, deps: ApiDeps): void {
  if (deps.config.mode === 'production' && !deps.validateToken) {
    throw new Error('registerApiRoutes: production mode needs a token validator');
  }
  server.get('/api/config', (_req: Request, res: Response, next: Next) => {
    sendJson(res, 200, deps.config, 'no-cache');
    next();
  });
  server.get('/api/organisation', (req: Request, res: Response, next: Next) => {
    organisationHandler(deps, req, res).then(() => next(), next);
  });
}

async function organisationHandler(deps: ApiDeps, req: Request, res: Response): Promise<void> {
  if (deps.config.mode === 'production') {
    try {
      await deps.validateToken!(req.headers.authorization);
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      deps.log?.(`GET /api/organisation refused: ${error.code}: ${error.message}`);
      if (error.status === 401) res.setHeader('WWW-Authenticate', `Bearer error="${error.code}"`);
      sendError(res, error.status, error.code, error.userMessage);
      return;
    }
  }
  const load = await deps.organisation();
  if (!load.ok && load.starting) {
    res.setHeader('Retry-After', '2');
    sendJson(res, 503, {
      error: {
        code: 'starting',
        message: 'De server start nog op. Probeer het over enkele seconden opnieuw.',
      },
    });
    return;
  }
  if (!load.ok) {
    deps.log?.(`organisation file invalid: ${load.errors.join('; ')}`);
    sendJson(res, 500, {
      error: {
        code: 'organisation_invalid',
        message:
          'De afsprakennota op de server bevat fouten. Vraag de communicatiedienst om ze te herstellen.',
        details: load.errors,
      },
    });
    return;
  }
  const etag = `"${load.version}"`;
  // Private: the file may name people and phone numbers; the browser may keep it, proxies not.
  res.setHeader('ETag', etag);
  res.setHeader('Vary', 'Authorization');
  if (req.headers['if-none-match'] === etag) {
    res.setHeader('Cache-Control', 'private, no-cache');
    res.writeHead(304);
    res.end();
    return;
  }
  sendJson(
    res,
    200,
    {
      organisation: load.organisation,
      fileName: load.fileName,
      version: load.version,
      updated: load.updated,
      ...(load.noteVersion !== undefined ? { noteVersion: load.noteVersion } : {}),
    },
    'private, no-cache',
  );
}
