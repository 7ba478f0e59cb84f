// The tab's calls to its server: /api/config, /api/organisation (bot/web) and the press desk
// (/api/press-requests, bot/api/press-requests.ts). In production every call carries a Teams SSO
// token; the server validates it before it returns data. Errors reach the page as Dutch text.
import type { Organisation } from '../../shared/organisation/types';
import type {
  PressRequestDetail,
  PressRequestFilter,
  PressRequestList,
  PressRequestView,
} from '../../bot/api/press-requests';

export interface TabConfig {
  mode: 'local' | 'production';
}

/** A failed call; `message` is Dutch and fit to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface TabApi {
  config(): Promise<TabConfig>;
  organisation(): Promise<Organisation>;
  pressRequests(filter: PressRequestFilter): Promise<PressRequestList>;
  pressRequest(id: string): Promise<PressRequestDetail>;
  take(id: string): Promise<PressRequestView>;
  handBack(id: string): Promise<PressRequestView>;
  close(id: string, outcome: string): Promise<PressRequestView>;
  /** The URL of the CSV export of a period (from/to as yyyy-mm-dd, both included). */
  csvExport(from: string, to: string): Promise<Blob>;
}

type TokenSource = () => Promise<string | undefined>;

async function failure(response: Response): Promise<ApiError> {
  let code = `http_${response.status}`;
  let message = `De server antwoordde met fout ${response.status}. Probeer het later opnieuw.`;
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    if (body.error?.code) code = body.error.code;
    if (body.error?.message) message = body.error.message;
  } catch {
    // Not JSON (a proxy's error page): keep the generic message.
  }
  return new ApiError(response.status, code, message);
}

export function createTabApi(
  options: { baseUrl?: string; token?: TokenSource; fetch?: typeof fetch } = {},
): TabApi {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    let token: string | undefined;
    try {
      token = await options.token?.();
    } catch {
      // Teams SSO fails when the app registration is incomplete or consent is missing.
      throw new ApiError(
        401,
        'sign_in_failed',
        'Teams kon je niet aanmelden bij Afspraak. Vraag je IT-dienst na te kijken of eenmalige aanmelding (SSO) voor de app is ingesteld.',
      );
    }
    if (token) headers.set('Authorization', `Bearer ${token}`);
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, { ...init, headers });
    } catch {
      throw new ApiError(
        0,
        'network',
        'De server is niet bereikbaar. Controleer je verbinding en probeer opnieuw.',
      );
    }
    if (!response.ok) throw await failure(response);
    return response;
  };
  const json = async <T>(path: string, init?: RequestInit): Promise<T> =>
    (await call(path, init)).json() as Promise<T>;
  const post = <T>(path: string, body: unknown = {}) =>
    json<T>(path, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });
  const id = encodeURIComponent;

  return {
    config: () => json<TabConfig>('/api/config'),
    organisation: async () => (await json<{ organisation: Organisation }>('/api/organisation')).organisation,
    pressRequests: (filter) => json<PressRequestList>(`/api/press-requests?filter=${id(filter)}`),
    pressRequest: (requestId) => json<PressRequestDetail>(`/api/press-requests/${id(requestId)}`),
    take: (requestId) => post<PressRequestView>(`/api/press-requests/${id(requestId)}/take`),
    handBack: (requestId) => post<PressRequestView>(`/api/press-requests/${id(requestId)}/hand-back`),
    close: (requestId, outcome) =>
      post<PressRequestView>(`/api/press-requests/${id(requestId)}/close`, { outcome }),
    csvExport: async (from, to) =>
      (await call(`/api/press-requests.csv?from=${id(from)}&to=${id(to)}`)).blob(),
  };
}
