// The headers every answer carries: the pages' Content-Security-Policy (scripts, sign-in, who may
// frame them) and the API's policy that allows nothing.
import {
  API_CONTENT_SECURITY_POLICY,
  FRAME_ANCESTORS,
  pageContentSecurityPolicy,
  securityHeaders,
} from '../../../bot/web/security-headers';
import { OFFICE_JS_CDN, OFFICE_JS_LOCAL } from '../../../bot/web';

const directives = (csp: string) =>
  Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('security headers', () => {
  it('lets the pages load scripts from this server only in local mode, and connect only to itself and to the Teams host list teams-js reads', () => {
    const d = directives(pageContentSecurityPolicy({ mode: 'local', officeJsUrl: OFFICE_JS_LOCAL }));
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['connect-src']).toEqual(["'self'", 'https://res.cdn.office.net']);
    expect(d['object-src']).toEqual(["'none'"]);
  });

  it("adds office.js's CDN and Entra ID's sign-in host in production, nothing else", () => {
    const d = directives(pageContentSecurityPolicy({ mode: 'production', officeJsUrl: OFFICE_JS_CDN }));
    expect(d['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(d['connect-src']).toEqual([
      "'self'",
      'https://res.cdn.office.net',
      'https://login.microsoftonline.com',
    ]);
    expect(d['frame-src']).toEqual(["'self'", 'https://login.microsoftonline.com']);
  });

  it('lets only Teams, Outlook, Microsoft 365 and Office on the web frame the pages, over https', () => {
    const d = directives(pageContentSecurityPolicy({ mode: 'production', officeJsUrl: OFFICE_JS_CDN }));
    expect(d['frame-ancestors']).toEqual(["'self'", ...FRAME_ANCESTORS]);
    for (const host of [
      'https://teams.microsoft.com',
      'https://*.teams.microsoft.com',
      'https://*.cloud.microsoft',
      'https://*.office.com',
      'https://outlook.office.com',
      'https://*.officeapps.live.com',
    ]) {
      expect(FRAME_ANCESTORS).toContain(host);
    }
    for (const host of FRAME_ANCESTORS) expect(host).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+$/);
  });

  it('gives API answers nosniff, a referrer policy and a policy that allows nothing', () => {
    expect(securityHeaders('/api/press-requests', { mode: 'local', officeJsUrl: OFFICE_JS_LOCAL })).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'Content-Security-Policy': API_CONTENT_SECURITY_POLICY,
    });
    expect(securityHeaders('/tab/', { mode: 'production', officeJsUrl: OFFICE_JS_CDN })).toMatchObject({
      'Strict-Transport-Security': 'max-age=31536000',
      'Content-Security-Policy': expect.stringContaining('frame-ancestors'),
    });
  });
});
