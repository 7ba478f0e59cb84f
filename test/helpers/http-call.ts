// One HTTP call to a test server's JSON API: the status, the response, its text, and its body when
// the server says it is JSON.
export interface HttpCallResult {
  status: number;
  res: Response;
  text: string;
  /** Parsed JSON, as loosely typed as `Response.json()`: each test reads the fields it checks. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export function httpCaller(base: () => string) {
  return async (method: string, path: string, body?: unknown): Promise<HttpCallResult> => {
    const res = await fetch(`${base()}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = (res.headers.get('content-type') ?? '').includes('json');
    return { status: res.status, res, text, body: json ? JSON.parse(text) : undefined };
  };
}
