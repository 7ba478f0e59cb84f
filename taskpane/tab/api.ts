// The tab's calls to its server: /api/config, /api/organisation (bot/web), the press desk
// (/api/press-requests, bot/api/press-requests.ts) and the note (/api/note, /api/questions:
// bot/note/routes.ts). In production every call carries a Teams SSO
// token; the server validates it before it returns data. Errors reach the page as Dutch text.
import type { Organisation, OwnAgreement } from '../../shared/organisation/types';
import type {
  Draft,
  FieldMessage,
  NoteApi,
  NoteChange,
  Preview,
  QuestionList,
  Version,
  VersionSummary,
} from './note-types';
import type {
  PressRequestDetail,
  PressRequestFilter,
  PressRequestList,
  PressRequestView,
} from '../../bot/api/press-requests';

export interface TabConfig {
  mode: 'local' | 'production';
}

/** A failed call; `message` is Dutch and fit to show; `fields` holds per-field validation messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldMessage[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The published note as the doors read it, with its version number (absent before versions). */
export interface PublishedOrganisation {
  organisation: Organisation;
  noteVersion?: number;
}

export interface TabApi {
  config(): Promise<TabConfig>;
  organisation(): Promise<Organisation>;
  /** The same, with the version number, for a tab that follows new versions while it is open. */
  publishedOrganisation(): Promise<PublishedOrganisation>;
  pressRequests(filter: PressRequestFilter): Promise<PressRequestList>;
  pressRequest(id: string): Promise<PressRequestDetail>;
  take(id: string): Promise<PressRequestView>;
  handBack(id: string): Promise<PressRequestView>;
  close(id: string, outcome: string): Promise<PressRequestView>;
  /** Ticks (or undoes) that a role on the request's list was informed. */
  inform(id: string, role: string, informed: boolean): Promise<PressRequestView>;
  /** Sets (an ISO instant) or clears (null) the desk's own reminder for a request. */
  remind(id: string, at: string | null, note?: string): Promise<PressRequestView>;
  /** The URL of the CSV export of a period (from/to as yyyy-mm-dd, both included). */
  csvExport(from: string, to: string): Promise<Blob>;
  /** The note's composer, history and Vragen page (communication service only). */
  note: NoteApi;
}

type TokenSource = () => Promise<string | undefined>;

async function failure(response: Response): Promise<ApiError> {
  let code = `http_${response.status}`;
  let message = `De server antwoordde met fout ${response.status}. Probeer het later opnieuw.`;
  let fields: FieldMessage[] = [];
  try {
    const body = (await response.json()) as {
      error?: { code?: string; message?: string; fields?: FieldMessage[] };
    };
    if (body.error?.code) code = body.error.code;
    if (body.error?.message) message = body.error.message;
    if (Array.isArray(body.error?.fields)) fields = body.error.fields;
  } catch {
    // Not JSON (a proxy's error page): keep the generic message.
  }
  return new ApiError(response.status, code, message, fields);
}

export function createTabApi(
  options: { baseUrl?: string; token?: TokenSource; fetch?: typeof fetch } = {},
): TabApi {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const call = async (
    path: string,
    init: RequestInit = {},
    allow: readonly number[] = [],
  ): Promise<Response> => {
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
    if (!response.ok && !allow.includes(response.status)) throw await failure(response);
    return response;
  };
  const json = async <T>(path: string, init?: RequestInit): Promise<T> =>
    (await call(path, init)).json() as Promise<T>;
  const send = <T>(method: string, path: string, body: unknown = {}) =>
    json<T>(path, {
      method,
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });
  const post = <T>(path: string, body: unknown = {}) => send<T>('POST', path, body);
  const id = encodeURIComponent;
  // The tab asks every few seconds whether a new version was published: with the ETag of the note
  // it has, the server answers 304 and sends nothing while the note is the same.
  let last: { etag: string; body: PublishedOrganisation } | undefined;
  const published = async (): Promise<PublishedOrganisation> => {
    const response = await call(
      '/api/organisation',
      last ? { headers: { 'If-None-Match': last.etag } } : {},
      [304],
    );
    if (response.status === 304 && last) return last.body;
    const body = (await response.json()) as PublishedOrganisation;
    const etag = response.headers.get('ETag');
    last = etag ? { etag, body } : undefined;
    return body;
  };
  const exportPath = (n: number, format: 'yaml' | 'docx') => `/api/note/versions/${id(String(n))}/${format}`;
  const note: NoteApi = {
    status: () => json('/api/note'),
    draft: async () => (await json<{ draft: Draft }>('/api/note/draft')).draft,
    saveDraft: async (organisation, revision) =>
      (await send<{ draft: Draft }>('PUT', '/api/note/draft', { organisation, revision })).draft,
    discardDraft: async () => {
      await call('/api/note/draft', { method: 'DELETE' });
    },
    publish: async (options) =>
      (await post<{ version: VersionSummary }>('/api/note/publish', options)).version,
    versions: async () => (await json<{ versions: VersionSummary[] }>('/api/note/versions')).versions,
    version: async (n) => (await json<{ version: Version }>(`/api/note/versions/${id(String(n))}`)).version,
    restore: async (n, changeNote) =>
      (
        await post<{ version: VersionSummary }>(
          `/api/note/versions/${id(String(n))}/restore`,
          changeNote ? { changeNote } : {},
        )
      ).version,
    compare: async (from, to) =>
      (
        await json<{ changes: NoteChange[] }>(
          `/api/note/compare?from=${id(String(from))}&to=${id(String(to))}`,
        )
      ).changes,
    preview: (request) => post<Preview>('/api/note/preview', request),
    exportUrl: (n, format) => `${base}${exportPath(n, format)}`,
    download: async (n, format) => (await call(exportPath(n, format))).blob(),
    questions: (days) => json<QuestionList>(`/api/questions${days ? `?days=${days}` : ''}`),
    addExample: async (question, agreement) =>
      (await post<{ draft: Draft }>('/api/questions/example', { question, agreement })).draft,
    ownAgreementFrom: async (question) =>
      (await post<{ agreement: OwnAgreement }>('/api/questions/own-agreement', { question })).agreement,
  };

  return {
    config: () => json<TabConfig>('/api/config'),
    organisation: async () => (await published()).organisation,
    publishedOrganisation: published,
    pressRequests: (filter) => json<PressRequestList>(`/api/press-requests?filter=${id(filter)}`),
    pressRequest: (requestId) => json<PressRequestDetail>(`/api/press-requests/${id(requestId)}`),
    take: (requestId) => post<PressRequestView>(`/api/press-requests/${id(requestId)}/take`),
    handBack: (requestId) => post<PressRequestView>(`/api/press-requests/${id(requestId)}/hand-back`),
    close: (requestId, outcome) =>
      post<PressRequestView>(`/api/press-requests/${id(requestId)}/close`, { outcome }),
    inform: (requestId, role, informed) =>
      post<PressRequestView>(`/api/press-requests/${id(requestId)}/inform`, { role, informed }),
    remind: (requestId, at, note) =>
      post<PressRequestView>(`/api/press-requests/${id(requestId)}/reminder`, {
        at,
        ...(note ? { note } : {}),
      }),
    csvExport: async (from, to) =>
      (await call(`/api/press-requests.csv?from=${id(from)}&to=${id(to)}`)).blob(),
    note,
  };
}
