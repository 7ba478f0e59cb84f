// The organisation file from the bot's server (GET /api/organisation), kept in localStorage so
// the pane still checks with the last one it had when the server cannot be reached.
import type { PageConfig } from '../bot/web/api-routes';
import { effectiveOrganisation } from '../shared/organisation/effective';
import type { EffectiveOrganisation, Organisation } from '../shared/organisation/types';

const CACHE_KEY = 'afspraak.organisation.v1';

export interface LoadedOrganisation {
  org: EffectiveOrganisation;
  fileName: string;
  version: string;
  /** When the server last changed the file (ISO). */
  updated: string;
  /** 'cache' when the server could not be reached. */
  source: 'server' | 'cache';
  /** When this copy was fetched (ISO). */
  fetchedAt: string;
}

interface Cached {
  organisation: Organisation;
  fileName: string;
  version: string;
  updated: string;
  fetchedAt: string;
}

/** Why the organisation could not be fetched; `message` is Dutch for the user. */
export class OrganisationUnavailable extends Error {
  constructor(
    readonly reason: 'offline' | 'sign-in' | 'refused' | 'server',
    message: string,
  ) {
    super(message);
    this.name = 'OrganisationUnavailable';
  }
}

export interface OrganisationClientDeps {
  fetch: typeof fetch;
  storage?: Pick<Storage, 'getItem' | 'setItem'>;
  /** Base URL of the server ('' = the page's own origin). */
  baseUrl?: string;
}

export async function fetchPageConfig(deps: OrganisationClientDeps): Promise<PageConfig> {
  const res = await request(deps, '/api/config');
  if (!res.ok) throw new OrganisationUnavailable('server', `De server antwoordde met fout ${res.status}.`);
  return (await res.json()) as PageConfig;
}

export async function fetchOrganisation(
  deps: OrganisationClientDeps,
  token?: string,
): Promise<LoadedOrganisation> {
  const res = await request(deps, '/api/organisation', token ? { authorization: `Bearer ${token}` } : {});
  if (res.status === 401)
    throw new OrganisationUnavailable('sign-in', await errorMessage(res, 'Meld je aan.'));
  if (res.status === 403)
    throw new OrganisationUnavailable('refused', await errorMessage(res, 'Je hebt geen toegang.'));
  if (!res.ok) {
    throw new OrganisationUnavailable(
      'server',
      await errorMessage(res, `De server antwoordde met fout ${res.status}.`),
    );
  }
  const body = (await res.json()) as Omit<Cached, 'fetchedAt'>;
  const cached: Cached = { ...body, fetchedAt: new Date().toISOString() };
  try {
    deps.storage?.setItem(CACHE_KEY, JSON.stringify(cached));
  } catch {
    // A full or blocked storage only costs the offline fallback.
  }
  return toLoaded(cached, 'server');
}

export function cachedOrganisation(deps: OrganisationClientDeps): LoadedOrganisation | undefined {
  try {
    const raw = deps.storage?.getItem(CACHE_KEY);
    if (!raw) return undefined;
    const cached = JSON.parse(raw) as Cached;
    if (!cached?.organisation?.organisation?.name) return undefined;
    return toLoaded(cached, 'cache');
  } catch {
    return undefined;
  }
}

function toLoaded(c: Cached, source: LoadedOrganisation['source']): LoadedOrganisation {
  return {
    org: effectiveOrganisation(c.organisation),
    fileName: c.fileName,
    version: c.version,
    updated: c.updated,
    fetchedAt: c.fetchedAt,
    source,
  };
}

async function request(deps: OrganisationClientDeps, path: string, headers: Record<string, string> = {}) {
  try {
    return await deps.fetch(`${deps.baseUrl ?? ''}${path}`, { headers, cache: 'no-cache' });
  } catch {
    throw new OrganisationUnavailable('offline', 'De server van Afspraak is niet bereikbaar.');
  }
}

async function errorMessage(res: Response, fallback: string): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    return body.error?.message ?? fallback;
  } catch {
    return fallback;
  }
}
