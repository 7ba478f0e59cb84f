import { ApiError, createTabApi } from '../../../taskpane/tab/api';

type Call = { url: string; init?: RequestInit };

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(url), init };
    calls.push(call);
    return respond(call);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the tab API client', () => {
  it('sends the Teams SSO token as a bearer token', async () => {
    const { fetch, calls } = fakeFetch(() =>
      json(200, { filter: 'open', user: { id: 'x', name: 'X' }, requests: [] }),
    );
    const api = createTabApi({ fetch, token: async () => 'abc' });
    await api.pressRequests('today');
    expect(calls[0].url).toBe('/api/press-requests?filter=today');
    expect(new Headers(calls[0].init?.headers).get('Authorization')).toBe('Bearer abc');
  });

  it('posts the outcome when closing, with the id encoded', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { id: '7' }));
    await createTabApi({ fetch }).close('7', 'Antwoord gegeven');
    expect(calls[0].url).toBe('/api/press-requests/7/close');
    expect(calls[0].init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0].init?.body))).toEqual({ outcome: 'Antwoord gegeven' });
  });

  it("turns the server's error into an ApiError with its Dutch message and code", async () => {
    const { fetch } = fakeFetch(() =>
      json(409, { error: { code: 'taken', message: 'Ilse heeft PV-2026-0001 al opgenomen.' } }),
    );
    const error = await createTabApi({ fetch })
      .take('1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'taken',
      message: 'Ilse heeft PV-2026-0001 al opgenomen.',
    });
  });

  it('says the server cannot be reached when the network fails, and stays generic for a proxy page', async () => {
    const down = createTabApi({
      fetch: (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    await expect(down.config()).rejects.toMatchObject({
      code: 'network',
      message: expect.stringMatching(/niet bereikbaar/),
    });
    const proxy = createTabApi({
      fetch: fakeFetch(() => new Response('<html>Bad gateway</html>', { status: 502 })).fetch,
    });
    await expect(proxy.config()).rejects.toMatchObject({
      status: 502,
      message: expect.stringMatching(/fout 502/),
    });
  });

  it('explains a failed Teams sign-in instead of calling without a token', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    const api = createTabApi({ fetch, token: () => Promise.reject(new Error('consent_required')) });
    await expect(api.organisation()).rejects.toMatchObject({ status: 401, code: 'sign_in_failed' });
    expect(calls).toHaveLength(0);
  });

  it('saves the draft with PUT and its revision, and publishes with POST (the note API)', async () => {
    const draft = { organisation: {}, basedOn: 1, revision: 3, stale: false, changes: [], warnings: [] };
    const { fetch, calls } = fakeFetch((call) =>
      call.url === '/api/note/publish' ? json(201, { version: { number: 2 } }) : json(200, { draft }),
    );
    const api = createTabApi({ fetch });
    expect(await api.note.saveDraft({ people: [] } as never, 2)).toEqual(draft);
    expect(calls[0]).toMatchObject({ url: '/api/note/draft', init: { method: 'PUT' } });
    expect(JSON.parse(String(calls[0].init?.body))).toEqual({ organisation: { people: [] }, revision: 2 });
    expect(await api.note.publish({ revision: 3 })).toEqual({ number: 2 });
    expect(calls[1]).toMatchObject({ url: '/api/note/publish', init: { method: 'POST' } });
    await api.note.compare(1, 'draft');
    expect(calls[2].url).toBe('/api/note/compare?from=1&to=draft');
  });

  it('keeps the server’s messages per field on a refused draft', async () => {
    const fields = [
      { field: 'people[2].role', message: "'wethouder' is geen gekende rol; bedoel je 'schepen'?" },
    ];
    const { fetch } = fakeFetch(() =>
      json(422, { error: { code: 'invalid_note', message: 'De afsprakennota bevat fouten.', fields } }),
    );
    const error = await createTabApi({ fetch })
      .note.saveDraft({} as never, 0)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'invalid_note', fields });
  });

  it('asks for the published note again with its ETag and keeps it on 304', async () => {
    const note = { organisation: { people: [] }, noteVersion: 4 };
    const { fetch, calls } = fakeFetch((call) =>
      new Headers(call.init?.headers).get('If-None-Match') === '"v4"'
        ? new Response(null, { status: 304 })
        : new Response(JSON.stringify(note), { status: 200, headers: { ETag: '"v4"' } }),
    );
    const api = createTabApi({ fetch });
    expect(await api.publishedOrganisation()).toEqual(note);
    expect(await api.publishedOrganisation()).toEqual(note);
    expect(new Headers(calls[1].init?.headers).get('If-None-Match')).toBe('"v4"');
  });
});
