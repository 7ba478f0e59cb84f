// Entra ID bearer tokens for the web parts (task pane, Teams tab): a token is accepted only when
// Microsoft signed it for one of our tenants and for our app. Keys come from each tenant's JWKS
// endpoint and are cached by jose (refetched when an unknown key id shows up, at most every 30 s).
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com';

/**
 * The delegated permission the app registration exposes and the pane and tab ask for
 * (api://…/access_as_user, also what Teams SSO requests). A token for our audience without it (an
 * app-only token, or one consented for another permission) does not let a user call the API.
 */
export const API_SCOPE = 'access_as_user';

export interface TokenValidatorOptions {
  /** The app registration's client id (MicrosoftAppId). */
  appId: string;
  /** Tenant ids whose users may call the API (lower case GUIDs). */
  tenants: readonly string[];
  /** Host of the Application ID URI api://<host>/<appId> (PUBLIC_HOSTNAME), when set. */
  publicHostname?: string;
  /**
   * SSO_APP_ID: a separate app registration for single sign-on (a user-assigned managed identity
   * cannot expose an API). Teams and the pane then ask tokens for it, so it is an audience too.
   */
  ssoAppId?: string;
  /** Login authority; tests point it at a local JWKS server. */
  authority?: string;
  /** Accepted clock difference in seconds. */
  clockTolerance?: number;
}

/** Who called, taken from a validated token. */
export interface TokenIdentity {
  tenantId: string;
  objectId: string;
  name?: string;
  username?: string;
  scopes: string[];
}

/** A refused token; `message` is English for logs, `userMessage` Dutch for the pane. */
export class AuthError extends Error {
  constructor(
    readonly status: 401 | 403 | 503,
    readonly code: string,
    message: string,
    readonly userMessage: string,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

export type TokenValidator = (authorization: string | undefined) => Promise<TokenIdentity>;

/**
 * The audiences a token for our API may carry: the app id itself or its Application ID URIs
 * (v2.0 tokens carry the client id, v1.0 tokens the URI), for the bot's app and the SSO app.
 */
export function acceptedAudiences(appId: string, publicHostname?: string, ssoAppId?: string): string[] {
  const audiences: string[] = [];
  for (const id of new Set([appId, ...(ssoAppId ? [ssoAppId] : [])])) {
    audiences.push(id, `api://${id}`);
    if (publicHostname) audiences.push(`api://${publicHostname}/${id}`);
  }
  return audiences;
}

export function createTokenValidator(options: TokenValidatorOptions): TokenValidator {
  const authority = (options.authority ?? DEFAULT_AUTHORITY).replace(/\/+$/, '');
  const tenants = new Set(options.tenants.map((t) => t.toLowerCase()));
  if (!options.appId) throw new Error('createTokenValidator: appId is required');
  if (tenants.size === 0) throw new Error('createTokenValidator: at least one tenant is required');
  const audiences = acceptedAudiences(options.appId, options.publicHostname, options.ssoAppId);
  // One key set per tenant, created once: jose caches the keys and refetches on an unknown kid.
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const keysOf = (tenant: string) => {
    let set = keySets.get(tenant);
    if (!set) {
      set = createRemoteJWKSet(new URL(`${authority}/${tenant}/discovery/v2.0/keys`), {
        cacheMaxAge: 24 * 60 * 60 * 1000,
        cooldownDuration: 30_000,
      });
      keySets.set(tenant, set);
    }
    return set;
  };

  return async (authorization) => {
    const token = bearerToken(authorization);
    const tenant = unverifiedTenant(token);
    if (!tenant || !tenants.has(tenant)) {
      throw new AuthError(
        403,
        'tenant_not_allowed',
        `token tenant ${tenant ?? '(none)'} is not in ALLOWED_TENANTS`,
        'Je organisatie heeft geen toegang tot deze afsprakennota.',
      );
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keysOf(tenant), {
        // v2.0 tokens; v1.0 access tokens (the default of an app registration) carry the sts issuer.
        issuer: [`${authority}/${tenant}/v2.0`, `https://sts.windows.net/${tenant}/`],
        audience: audiences,
        algorithms: ['RS256'],
        clockTolerance: options.clockTolerance ?? 60,
      }));
    } catch (error) {
      throw refused(error);
    }
    if (String(payload.tid ?? '').toLowerCase() !== tenant) {
      throw new AuthError(
        401,
        'invalid_token',
        'tid claim does not match the issuer',
        'Je aanmelding is ongeldig.',
      );
    }
    const identity = identityOf(payload, tenant);
    if (!identity.scopes.includes(API_SCOPE)) {
      throw new AuthError(
        403,
        'insufficient_scope',
        `token has scopes [${identity.scopes.join(' ')}], not ${API_SCOPE}`,
        'Je aanmelding geeft geen toegang tot Afspraak. Vraag je IT-dienst om de app toestemming te geven.',
      );
    }
    return identity;
  };
}

function bearerToken(authorization: string | undefined): string {
  const match = /^Bearer\s+([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]*)\s*$/i.exec(
    authorization ?? '',
  );
  if (!match) {
    throw new AuthError(
      401,
      authorization ? 'invalid_token' : 'missing_token',
      authorization ? 'Authorization header is not a bearer JWT' : 'no Authorization header',
      'Meld je aan om de afsprakennota op te halen.',
    );
  }
  return match[1];
}

/** The tid claim before verification: only used to pick the tenant's keys and issuer. */
function unverifiedTenant(token: string): string | undefined {
  try {
    const { tid } = decodeJwt(token);
    return typeof tid === 'string' ? tid.toLowerCase() : undefined;
  } catch {
    throw new AuthError(
      401,
      'invalid_token',
      'token payload is not a JWT claims set',
      'Je aanmelding is ongeldig.',
    );
  }
}

function refused(error: unknown): AuthError {
  if (error instanceof AuthError) return error;
  if (error instanceof joseErrors.JWTExpired) {
    return new AuthError(
      401,
      'token_expired',
      'token expired',
      'Je aanmelding is verlopen. Meld je opnieuw aan.',
    );
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    return new AuthError(
      401,
      'invalid_token',
      `claim ${error.claim} invalid: ${error.reason}`,
      'Je aanmelding is niet bedoeld voor deze toepassing.',
    );
  }
  // A timeout, a broken key set or a network failure is our problem, not the user's token. jose
  // throws its plain JOSEError (no subclass) only when fetching the key set fails: an answer other
  // than 200 (Entra down or throttling) or a body that is not JSON.
  const keysUnavailable =
    error instanceof joseErrors.JWKSTimeout ||
    error instanceof joseErrors.JWKSInvalid ||
    !(error instanceof joseErrors.JOSEError) ||
    error.code === joseErrors.JOSEError.code;
  if (keysUnavailable) {
    return new AuthError(
      503,
      'keys_unavailable',
      `signing keys unavailable: ${String(error)}`,
      'Je aanmelding kon niet worden nagekeken. Probeer het straks opnieuw.',
    );
  }
  return new AuthError(
    401,
    'invalid_token',
    `token refused: ${(error as Error).message}`,
    'Je aanmelding is ongeldig.',
  );
}

function identityOf(payload: JWTPayload, tenantId: string): TokenIdentity {
  const scp = typeof payload.scp === 'string' ? payload.scp.split(' ').filter(Boolean) : [];
  return {
    tenantId,
    objectId: String(payload.oid ?? payload.sub ?? ''),
    name: typeof payload.name === 'string' ? payload.name : undefined,
    username:
      typeof payload.preferred_username === 'string'
        ? payload.preferred_username
        : typeof payload.upn === 'string'
          ? payload.upn
          : undefined,
    scopes: scp,
  };
}
