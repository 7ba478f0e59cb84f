// Which requests reach a route: Host (DNS rebinding), Origin / Sec-Fetch-Site (cross-site
// requests) and JSON for every state-changing call, as a table.
import { hostPolicyFor, refuseRequest, type GuardedRequest } from '../../../bot/web/request-guard';
import { loadConfig } from '../../../bot/config';

const local = hostPolicyFor(loadConfig({}));
const production = hostPolicyFor(
  loadConfig({
    MicrosoftAppId: '00000000-0000-4000-8000-000000000001',
    MicrosoftAppPassword: 'secret',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: '00000000-0000-4000-8000-000000000002',
    PUBLIC_HOSTNAME: 'afspraak.zilverbeek.be',
    ALLOWED_HOSTS: 'afspraak-zb.azurewebsites.net',
  }),
);

const json = { 'content-type': 'application/json; charset=utf-8' };
const req = (
  method: string,
  path: string,
  headers: GuardedRequest['headers'],
  hasBody = true,
): GuardedRequest => ({
  method,
  path,
  headers,
  hasBody,
});

describe('refuseRequest', () => {
  it.each([
    ['GET a page on localhost', req('GET', '/tab/', { host: 'localhost:3978' })],
    ['GET on 127.0.0.1', req('GET', '/api/organisation', { host: '127.0.0.1:3978' })],
    ['GET on [::1]', req('GET', '/api/config', { host: '[::1]:3978' })],
    [
      'a JSON POST without Origin (the Emulator, scripts)',
      req('POST', '/api/messages', { host: 'localhost:3978', ...json }),
    ],
    [
      'a JSON POST from the own origin (the tab)',
      req('POST', '/api/press-requests/1/close', {
        host: 'localhost:3978',
        origin: 'http://localhost:3978',
        ...json,
      }),
    ],
    [
      'a same-origin fetch without Origin',
      req('PUT', '/api/note/draft', { host: '127.0.0.1:3978', 'sec-fetch-site': 'same-origin', ...json }),
    ],
    [
      'a DELETE without a body',
      req('DELETE', '/api/note/draft', { host: 'localhost:3978', origin: 'http://localhost:3978' }, false),
    ],
    ['a health probe by address', req('GET', '/healthz', { host: '10.1.2.3:3978' })],
  ])('lets through %s in local mode', (_name, request) => {
    expect(refuseRequest(request, local)).toBeUndefined();
  });

  it.each([
    [
      'a foreign Host (DNS rebinding)',
      req('GET', '/api/press-requests', { host: 'evil.example:3978' }),
      421,
      'host_not_allowed',
    ],
    ['no Host at all', req('GET', '/tab/', {}), 421, 'host_not_allowed'],
    [
      'a form post from another site (no preflight)',
      req('POST', '/api/press-requests/1/close', {
        host: 'localhost:3978',
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      }),
      403,
      'cross_site_request',
    ],
    [
      'a JSON post from another site',
      req('POST', '/api/messages', { host: 'localhost:3978', origin: 'http://localhost:8080', ...json }),
      403,
      'cross_site_request',
    ],
    [
      'a sandboxed frame (Origin null)',
      req('POST', '/api/note/publish', { host: 'localhost:3978', origin: 'null', ...json }),
      403,
      'cross_site_request',
    ],
    [
      'a cross-site request without Origin',
      req('POST', '/api/messages', { host: 'localhost:3978', 'sec-fetch-site': 'cross-site', ...json }),
      403,
      'cross_site_request',
    ],
    [
      'a text/plain body to the bot (a form with enctype text/plain)',
      req('POST', '/api/messages', { host: 'localhost:3978', 'content-type': 'text/plain' }),
      415,
      'json_required',
    ],
    [
      'a POST without a content type',
      req('POST', '/api/press-requests/1/take', { host: 'localhost:3978' }, false),
      415,
      'json_required',
    ],
    [
      'a multipart form',
      req('PUT', '/api/note/draft', {
        host: 'localhost:3978',
        'content-type': 'multipart/form-data; boundary=x',
      }),
      415,
      'json_required',
    ],
    [
      'an activity announcing more than 256 kB',
      req('POST', '/api/messages', {
        host: 'localhost:3978',
        ...json,
        'content-length': String(256 * 1024 + 1),
      }),
      413,
      'body_too_large',
    ],
    [
      'an API body announcing more than 1 MB',
      req('PUT', '/api/note/draft', {
        host: 'localhost:3978',
        ...json,
        'content-length': String(1024 * 1024 + 1),
      }),
      413,
      'body_too_large',
    ],
  ])('refuses %s in local mode', (_name, request, status, code) => {
    const refusal = refuseRequest(request, local);
    expect(refusal).toMatchObject({ status, code });
    expect(refusal!.message).toMatch(/^[A-Z][^<>{}]+\.$/);
  });

  it('serves the public host, the extra allowed host and loopback in production, and no other host', () => {
    for (const host of [
      'afspraak.zilverbeek.be',
      'AFSPRAAK.zilverbeek.be:443',
      'afspraak-zb.azurewebsites.net',
      'localhost:3978',
    ]) {
      expect(refuseRequest(req('GET', '/tab/', { host }), production)).toBeUndefined();
    }
    expect(
      refuseRequest(req('GET', '/tab/', { host: 'afspraak.zilverbeek.be.evil.example' }), production),
    ).toMatchObject({
      status: 421,
    });
  });

  it('in production compares the Origin with the public host the request addressed', () => {
    const headers = { host: 'afspraak.zilverbeek.be', ...json };
    expect(
      refuseRequest(
        req('POST', '/api/note/publish', { ...headers, origin: 'https://afspraak.zilverbeek.be' }),
        production,
      ),
    ).toBeUndefined();
    expect(
      refuseRequest(
        req('POST', '/api/note/publish', { ...headers, origin: 'https://teams.microsoft.com' }),
        production,
      ),
    ).toMatchObject({ status: 403 });
  });
});
