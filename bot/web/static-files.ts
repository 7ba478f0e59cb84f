// Serves one built folder (the task pane, the tab, office.js) under a URL prefix. The bundler
// names assets with a content hash, so those may be cached for a year; pages are revalidated on
// every load so a new release reaches users at once.
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Next, Request, Response } from 'restify';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** esbuild's `[name]-[hash]` file names: eight or more upper-case letters and digits. */
const HASHED = /-[A-Z0-9]{8,}\.[a-z0-9]+$/;

export interface StaticOptions {
  /** Cache-Control for files without a content hash (default: revalidate every time). */
  unhashedCache?: string;
  /** Rewrites an HTML page before it is sent (e.g. which office.js to load). */
  transformHtml?: (html: string) => string;
}

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves a request path inside `root`, or undefined when it would leave it (`..`, absolute
 * paths, NUL bytes, backslashes on any platform).
 */
export function resolveInside(root: string, requested: string): string | undefined {
  if (requested.includes('\0') || requested.includes('\\')) return undefined;
  const segments = requested.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return undefined;
  const resolved = path.resolve(root, ...segments);
  const base = path.resolve(root);
  return resolved === base || resolved.startsWith(base + path.sep) ? resolved : undefined;
}

/** A restify handler for `GET <prefix>/*` serving `root`; a folder serves its index.html. */
export function serveDirectory(root: string, options: StaticOptions = {}) {
  return (req: Request, res: Response, next: Next): void => {
    serveFile(root, options, req, res).then(() => next(), next);
  };
}

async function serveFile(root: string, options: StaticOptions, req: Request, res: Response): Promise<void> {
  const requested = String((req.params as Record<string, string>)['*'] ?? '');
  let file = resolveInside(root, requested);
  if (!file) {
    sendError(res, 400, 'bad_path', 'Ongeldig pad.');
    return;
  }
  let stat = await fs.stat(file).catch(() => undefined);
  if (stat?.isDirectory()) {
    file = path.join(file, 'index.html');
    stat = await fs.stat(file).catch(() => undefined);
  }
  if (!stat?.isFile()) {
    sendError(res, 404, 'not_found', 'Dit bestand bestaat niet.');
    return;
  }

  const type = contentTypeOf(file);
  res.setHeader('Content-Type', type);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const hashed = HASHED.test(path.basename(file));
  res.setHeader(
    'Cache-Control',
    hashed ? 'public, max-age=31536000, immutable' : (options.unhashedCache ?? 'no-cache'),
  );
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  res.setHeader('ETag', etag);
  if (!hashed && req.headers['if-none-match'] === etag) {
    res.writeHead(304);
    res.end();
    return;
  }

  if (type.startsWith('text/html') && options.transformHtml) {
    const html = options.transformHtml(await fs.readFile(file, 'utf8'));
    res.setHeader('Content-Length', Buffer.byteLength(html));
    res.writeHead(200);
    res.end(req.method === 'HEAD' ? undefined : html);
    return;
  }
  res.setHeader('Content-Length', stat.size);
  res.writeHead(200);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(res);
  });
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.writeHead(status);
  res.end(body);
}

/** A JSON response; `cache` no-store unless the caller allows more (the organisation: private). */
export function sendJson(res: Response, status: number, value: unknown, cache = 'no-store'): void {
  const body = JSON.stringify(value);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', cache);
  res.writeHead(status);
  res.end(body);
}
