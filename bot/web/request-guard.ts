// What a request must be before any route sees it, against two browser attacks:
// - cross-site requests: a page on another site can make a visitor's browser POST a form (no
//   preflight) to this server. Every state-changing call (the API and the bot endpoint) must
//   therefore be JSON, which a form cannot send without a CORS preflight we never grant, and may
//   not come from another origin (Origin, or Sec-Fetch-Site when a browser sends no Origin).
// - DNS rebinding: a site whose name suddenly resolves to 127.0.0.1 reads the local-mode server
//   as its own origin. Its requests carry its own name in Host, so only the names this server is
//   reached by are served: loopback names in local mode, PUBLIC_HOSTNAME and ALLOWED_HOSTS in
//   production (loopback too: a browser sends Host: localhost only to its own machine).
// GET /healthz is exempt from the Host check: load balancers probe it by address, and it says
// nothing but ready or not.
import os from 'node:os';
import type { IncomingHttpHeaders } from 'node:http';
import { isLoopbackHost, type BotConfig } from '../config';

export interface GuardedRequest {
  method: string;
  /** The path without the query. */
  path: string;
  headers: IncomingHttpHeaders;
  /** Whether the request has a body (Content-Length above 0 or chunked). */
  hasBody: boolean;
}

/**
 * The largest body a call may announce, refused from Content-Length before a byte is read. A
 * Teams activity is at most tens of kilobytes (Teams stops a message near 28 000 characters); the
 * API's largest body is a draft of the whole note. A body sent without Content-Length (chunked) is
 * stopped at API_BODY_BYTES by the body parser (bot/server.ts).
 */
export const BODY_LIMITS = { activityBytes: 256 * 1024, apiBytes: 1024 * 1024 } as const;

export interface Refusal {
  status: 403 | 413 | 415 | 421;
  code: string;
  /** Dutch, short; the code says it in English. */
  message: string;
}

export interface HostPolicy {
  /** Host names (lower case, no port) served besides loopback names; undefined: any host. */
  names?: ReadonlySet<string>;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The host names this server answers to. Local mode: loopback only; exposed local mode (HOST set
 * to a network address): also that address, or with a wildcard every address of this machine and
 * its name. Production: PUBLIC_HOSTNAME and ALLOWED_HOSTS, or any host when neither is set (the
 * API then relies on its tokens alone, as before).
 */
export function hostPolicyFor(
  config: Pick<BotConfig, 'mode' | 'host' | 'localModeExposed' | 'publicHostname' | 'allowedHosts'>,
): HostPolicy {
  const names = new Set<string>(config.allowedHosts.map(hostName));
  if (config.publicHostname) names.add(hostName(config.publicHostname));
  if (config.mode === 'production') return names.size ? { names } : {};
  if (config.localModeExposed) {
    if (isWildcard(config.host)) {
      names.add(os.hostname().toLowerCase());
      for (const addresses of Object.values(os.networkInterfaces())) {
        for (const a of addresses ?? []) names.add(a.address.toLowerCase());
      }
    } else {
      names.add(hostName(config.host));
    }
  }
  return { names };
}

/** Undefined when the request may proceed, otherwise what to answer. */
export function refuseRequest(req: GuardedRequest, policy: HostPolicy): Refusal | undefined {
  const host = String(req.headers.host ?? '');
  const exempt = req.path === '/healthz' && (req.method === 'GET' || req.method === 'HEAD');
  if (!exempt && policy.names && !hostAllowed(host, policy.names)) {
    return {
      status: 421,
      code: 'host_not_allowed',
      message: 'Deze server antwoordt niet onder die naam.',
    };
  }
  if (SAFE_METHODS.has(req.method) || !req.path.startsWith('/api/')) return undefined;

  if (crossSite(req.headers, host)) {
    return {
      status: 403,
      code: 'cross_site_request',
      message: 'Deze vraag komt van een andere website en wordt geweigerd.',
    };
  }
  // A DELETE without a body (discard the draft) carries nothing a form could forge: forms cannot
  // send DELETE at all, and fetch() from another origin needs a preflight we never grant.
  if (req.method === 'DELETE' && !req.hasBody) return undefined;
  if (!isJson(req.headers['content-type'])) {
    return {
      status: 415,
      code: 'json_required',
      message: 'Stuur de vraag als JSON (Content-Type: application/json).',
    };
  }
  const limit = req.path === '/api/messages' ? BODY_LIMITS.activityBytes : BODY_LIMITS.apiBytes;
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    return {
      status: 413,
      code: 'body_too_large',
      message: `Dit bericht is te groot (hoogstens ${Math.round(limit / 1024)} kB).`,
    };
  }
  return undefined;
}

/** Whether the browser says the request comes from another site than the Host it addresses. */
function crossSite(headers: IncomingHttpHeaders, host: string): boolean {
  const origin = headers.origin;
  if (origin !== undefined) {
    if (origin === 'null') return true;
    try {
      return new URL(origin).host.toLowerCase() !== host.toLowerCase();
    } catch {
      return true;
    }
  }
  // Browsers that leave Origin out still say where a request comes from in Sec-Fetch-Site.
  const site = headers['sec-fetch-site'];
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}

function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function hostAllowed(host: string, names: ReadonlySet<string>): boolean {
  if (!host) return false;
  const name = hostName(host);
  return isLoopbackHost(name) || names.has(name);
}

/** "Example.org:3978" → "example.org", "[::1]:3978" → "::1". */
function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(h);
  if (bracketed) return bracketed[1];
  // One colon: name and port; several: a bare IPv6 address.
  return h.split(':').length === 2 ? h.split(':')[0].replace(/\.$/, '') : h.replace(/\.$/, '');
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}
