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
});
