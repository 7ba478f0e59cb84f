// A stand-in for Entra's per-tenant key endpoint (`<authority>/<tenant>/discovery/v2.0/keys`) on a
// free loopback port, for the token validator's tests. Each test file says what a path answers.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server answers to a request path: a status and, for a body, JSON (or raw text). */
export interface KeyAnswer {
  status: number;
  json?: unknown;
  text?: string;
}

export interface KeyServer {
  /** http://127.0.0.1:<port>, the validator's `authority`. */
  authority: string;
  close(): Promise<void>;
}

/** The tenant a key-set path names, or undefined for any other path. */
export function keySetTenant(path: string | undefined): string | undefined {
  return /^\/([^/]+)\/discovery\/v2\.0\/keys$/.exec(path ?? '')?.[1];
}

export async function startKeyServer(answer: (path: string) => KeyAnswer): Promise<KeyServer> {
  const server = http.createServer((req, res) => {
    const { status, json, text } = answer(req.url ?? '');
    // Not chained from writeHead: restify, loaded by other test files in the same jest worker,
    // replaces ServerResponse.prototype.writeHead with one that returns nothing.
    res.statusCode = status;
    if (json === undefined && text === undefined) return void res.end();
    res.setHeader('content-type', 'application/json');
    res.end(text ?? JSON.stringify(json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    authority: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
