// The HTTP plumbing the note's and the questions' routes share: JSON out, one error format
// ({ error: { code, message, fields? } }, message in Dutch), and the caller resolved first.
import type { Next, Request, Response } from 'restify';
import { AuthError } from '../api/auth';
import { NoteHttpError } from './access';
import { sendJson } from '../web/static-files';
import type { Author } from './version-store';

export { sendJson };

export function sendFile(
  res: Response,
  contentType: string,
  fileName: string,
  content: string | Uint8Array,
): void {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', body.length);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.writeHead(200);
  res.end(body);
}

export interface RouteContext {
  req: Request;
  res: Response;
  author: Author;
}

/**
 * Wraps a handler: resolves the caller (401/403 before anything else), maps refusals to the error
 * format, and logs what is a bug (500 with a Dutch apology, never a stack).
 */
export function guarded(
  access: (authorization: string | undefined) => Promise<Author>,
  log: (line: string) => void,
  handler: (ctx: RouteContext) => Promise<void>,
) {
  return (req: Request, res: Response, next: Next) => {
    access(req.headers.authorization)
      .then((author) => handler({ req, res, author }))
      .then(
        () => next(),
        (error: unknown) => {
          if (error instanceof AuthError) {
            log(`${req.method} ${req.path()} refused: ${error.code}: ${error.message}`);
            if (error.status === 401) res.setHeader('WWW-Authenticate', `Bearer error="${error.code}"`);
            sendJson(res, error.status, { error: { code: error.code, message: error.userMessage } });
          } else if (error instanceof NoteHttpError) {
            if (error.status === 503) res.setHeader('Retry-After', '2');
            sendJson(res, error.status, {
              error: {
                code: error.code,
                message: error.message,
                ...(error.fields ? { fields: error.fields } : {}),
              },
            });
          } else {
            log(`${req.method} ${req.path()} failed: ${(error as Error).stack ?? String(error)}`);
            sendJson(res, 500, {
              error: {
                code: 'internal',
                message: 'Er ging iets mis op de server. Probeer het straks opnieuw.',
              },
            });
          }
          next();
        },
      );
  };
}

/** The request body as an object; a body of another shape is a 400 with a Dutch reason. */
export function bodyOf(req: Request): Record<string, unknown> {
  const body: unknown = req.body ?? {};
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new NoteHttpError(
      400,
      'bad_request',
      'De vraag aan de server is geen geldige JSON (verwacht velden).',
    );
  return body as Record<string, unknown>;
}

export function optionalString(body: Record<string, unknown>, key: string, max = 2000): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new NoteHttpError(400, 'bad_request', `'${key}' moet tekst zijn.`);
  if (v.length > max)
    throw new NoteHttpError(400, 'bad_request', `'${key}' is te lang (hoogstens ${max} tekens).`);
  return v;
}

export function optionalInteger(body: Record<string, unknown>, key: string): number | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new NoteHttpError(400, 'bad_request', `'${key}' moet een geheel getal zijn.`);
  return v;
}
