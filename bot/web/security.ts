// One restify `pre` handler, before routing and before any body is read: every response gets the
// security headers (security-headers.ts), and a request from a foreign Host, from another site, or
// a state-changing call that is not JSON is answered at once (request-guard.ts).
import type { Next, Request, Response } from 'restify';
import type { BotConfig } from '../config';
import { hostPolicyFor, refuseRequest } from './request-guard';
import { securityHeaders } from './security-headers';
import { sendError } from './static-files';

export interface SecurityOptions {
  config: Pick<BotConfig, 'mode' | 'host' | 'localModeExposed' | 'publicHostname' | 'allowedHosts'>;
  /** Where the pages load office.js from (bot/web officeJsUrlFor). */
  officeJsUrl: string;
  log: (line: string) => void;
}

export function securityFilter(options: SecurityOptions) {
  const policy = hostPolicyFor(options.config);
  const pageOptions = { mode: options.config.mode, officeJsUrl: options.officeJsUrl };
  return (req: Request, res: Response, next: Next): void => {
    const path = (req.url ?? '/').split('?')[0];
    for (const [name, value] of Object.entries(securityHeaders(path, pageOptions)))
      res.setHeader(name, value);
    const refusal = refuseRequest(
      {
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        hasBody:
          Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined,
      },
      policy,
    );
    if (!refusal) {
      next();
      return;
    }
    options.log(
      `refused ${req.method} ${path}: ${refusal.code} (Host ${JSON.stringify(req.headers.host ?? '')}, ` +
        `Origin ${JSON.stringify(req.headers.origin ?? '')}, Content-Type ${JSON.stringify(req.headers['content-type'] ?? '')})`,
    );
    // The body is never read: close the connection rather than let Node drain it (a megabyte each).
    res.setHeader('Connection', 'close');
    sendError(res, refusal.status, refusal.code, refusal.message);
    next(false);
  };
}
