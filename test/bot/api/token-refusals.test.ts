// What the token validator decides where a one-line change in bot/api/auth.ts would go unnoticed
// (issue 18, mutation run of `token`): the clock skew it forgives, how long Entra's keys stay in
// use when the key endpoint is down, what a failing key endpoint tells the user, the header's
// forms, a payload that is no claims set, exactly which audiences are accepted, and the reason
// each refusal leaves in the log for the administrator. The clock is jest's, never the wall's.
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import {
  acceptedAudiences,
  AuthError,
  createTokenValidator,
  type TokenValidator,
} from '../../../bot/api/auth';
import { keySetTenant, startKeyServer, type KeyServer } from '../../helpers/key-server';

// Real tenant ids have hex letters: lower and upper case then differ.
const TENANT = 'c0ffee00-1a2b-4c3d-8e9f-abcdef012345';
const OTHER = 'deadbeef-1a2b-4c3d-8e9f-abcdef012345';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);
const HOUR = 60 * 60 * 1000;

/** How the tenant's key endpoint answers. */
type KeyEndpoint = 'keys' | 'server error' | 'not JSON' | 'not a key set';

const UNAVAILABLE = {
  status: 503,
  code: 'keys_unavailable',
  userMessage: 'Je aanmelding kon niet worden nagekeken. Probeer het straks opnieuw.',
};

describe('token refusals', () => {
  let server: KeyServer;
  let authority: string;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let stranger: Awaited<ReturnType<typeof generateKeyPair>>;
  let endpoint: KeyEndpoint;
  let keyRequests: number;
  let validate: TokenValidator;

  beforeAll(async () => {
    keys = await generateKeyPair('RS256');
    stranger = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k', use: 'sig', alg: 'RS256' };
    server = await startKeyServer((path) => {
      if (keySetTenant(path) !== TENANT) return { status: 404 };
      keyRequests++;
      if (endpoint === 'server error') return { status: 500 };
      if (endpoint === 'not JSON') return { status: 200, text: '<html>maintenance</html>' };
      return { status: 200, json: endpoint === 'keys' ? { keys: [jwk] } : { keys: 'none' } };
    });
    authority = server.authority;
  });
  afterAll(() => server.close());

  beforeEach(() => {
    endpoint = 'keys';
    keyRequests = 0;
    // Only Date is jest's: the key server and jose's fetch keep real timers.
    jest.useFakeTimers({
      now: NOW,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    // A new validator per test: no keys cached from an earlier test.
    validate = createTokenValidator({ appId: APP_ID, tenants: [TENANT], authority });
  });
  afterEach(() => jest.useRealTimers());

  const seconds = (ms: number) => Math.floor(ms / 1000);
  const token = (claims: JWTPayload = {}, options: { expiresAt?: number; key?: 'stranger' } = {}) =>
    new SignJWT({ tid: TENANT, oid: 'user-1', scp: 'access_as_user', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer(`${authority}/${TENANT}/v2.0`)
      .setAudience(APP_ID)
      .setIssuedAt(seconds(Date.now()) - 3600)
      .setExpirationTime(options.expiresAt ?? seconds(Date.now()) + 3600)
      .sign((options.key === 'stranger' ? stranger : keys).privateKey);

  /** What the caller gets: accepted with its object id, or the refusal's status, code and text. */
  const outcome = async (authorization: string | undefined) => {
    try {
      return { accepted: (await validate(authorization)).objectId };
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return { status: error.status, code: error.code, userMessage: error.userMessage };
    }
  };
  /** The English reason a refusal leaves in the log. */
  const logged = async (authorization: string | undefined) => {
    const error = await validate(authorization).catch((e: unknown) => e);
    if (!(error instanceof AuthError)) throw new Error('the token was accepted');
    return error.message;
  };

  describe('clock skew between Entra and this server', () => {
    it('forgives a minute: a token expired 30 s ago is accepted, one expired 90 s ago is not', async () => {
      expect(await outcome(`Bearer ${await token({}, { expiresAt: seconds(NOW) - 30 })}`)).toEqual({
        accepted: 'user-1',
      });
      expect(await outcome(`Bearer ${await token({}, { expiresAt: seconds(NOW) - 90 })}`)).toMatchObject({
        status: 401,
        code: 'token_expired',
      });
    });

    it('accepts a token whose not-before lies 30 s ahead of this server', async () => {
      expect(await outcome(`Bearer ${await token({ nbf: seconds(NOW) + 30 })}`)).toEqual({
        accepted: 'user-1',
      });
    });
  });

  describe("the tenant's keys", () => {
    it('stay in use for a day while the key endpoint is down, and are fetched again after it', async () => {
      expect(await outcome(`Bearer ${await token()}`)).toEqual({ accepted: 'user-1' });
      expect(keyRequests).toBe(1);
      endpoint = 'server error';
      jest.setSystemTime(NOW + 23 * HOUR);
      expect(await outcome(`Bearer ${await token()}`)).toEqual({ accepted: 'user-1' });
      expect(keyRequests).toBe(1);
      jest.setSystemTime(NOW + 24 * HOUR + 60_000);
      expect(await outcome(`Bearer ${await token()}`)).toEqual(UNAVAILABLE);
      expect(keyRequests).toBe(2);
    });

    it.each<KeyEndpoint>(['server error', 'not JSON', 'not a key set'])(
      'cannot be read (%s): the user is told to try again later, not that the sign-in is invalid',
      async (answer) => {
        endpoint = answer;
        expect(await outcome(`Bearer ${await token()}`)).toEqual(UNAVAILABLE);
      },
    );
  });

  describe('the Authorization header', () => {
    it('accepts more than one space after "Bearer" (RFC 6750: 1*SP)', async () => {
      expect(await outcome(`Bearer   ${await token()}`)).toEqual({ accepted: 'user-1' });
    });

    it.each([
      ['a payload that is not JSON', `${b64('{"alg":"RS256"}')}.${b64('not json')}.c2ln`],
      ['a payload that is a JSON list', `${b64('{"alg":"RS256"}')}.${b64('[1,2]')}.c2ln`],
    ])('refuses %s as an invalid sign-in, not as another organisation', async (_name, jwt) => {
      expect(await outcome(`Bearer ${jwt}`)).toEqual({
        status: 401,
        code: 'invalid_token',
        userMessage: 'Je aanmelding is ongeldig.',
      });
    });
  });

  it('refuses a token signed with a key the tenant does not publish as an invalid sign-in', async () => {
    expect(await outcome(`Bearer ${await token({}, { key: 'stranger' })}`)).toEqual({
      status: 401,
      code: 'invalid_token',
      userMessage: 'Je aanmelding is ongeldig.',
    });
  });

  describe('the reason in the log, which the administrator reads to fix a refusal', () => {
    it('names a refused tenant (to add to ALLOWED_TENANTS), or says the token has none', async () => {
      expect(await logged(`Bearer ${await token({ tid: OTHER })}`)).toBe(
        `token tenant ${OTHER} is not in ALLOWED_TENANTS`,
      );
      expect(await logged(`Bearer ${await token({ tid: undefined })}`)).toBe(
        'token tenant (none) is not in ALLOWED_TENANTS',
      );
    });

    it('lists the scopes the token has instead of the one the app needs (missing consent)', async () => {
      expect(await logged(`Bearer ${await token({ scp: 'User.Read Mail.Send' })}`)).toBe(
        'token has scopes [User.Read Mail.Send], not access_as_user',
      );
      expect(await logged(`Bearer ${await token({ scp: 42 })}`)).toBe(
        'token has scopes [], not access_as_user',
      );
    });

    it('tells a missing header from a header that is no bearer JWT', async () => {
      expect(await logged(undefined)).toBe('no Authorization header');
      expect(await logged('Basic dXNlcjpwdw==')).toBe('Authorization header is not a bearer JWT');
    });

    it('says why the keys could not be used, and why a token was refused', async () => {
      endpoint = 'server error';
      expect(await logged(`Bearer ${await token()}`)).toMatch(/^signing keys unavailable: .*200 OK/);
      endpoint = 'keys';
      expect(await logged(`Bearer ${await token({}, { expiresAt: seconds(NOW) - 600 })}`)).toBe(
        'token expired',
      );
      expect(await logged(`Bearer ${await token({}, { key: 'stranger' })}`)).toMatch(
        /^token refused: .*signature/,
      );
      expect(await logged(`Bearer ${b64('{}')}.${b64('[]')}.c2ln`)).toBe(
        'token payload is not a JWT claims set',
      );
    });
  });
});

describe('acceptedAudiences', () => {
  it('accepts the app id and api://<app id>, and api://<host>/<app id> only with a host', () => {
    expect(acceptedAudiences(APP_ID)).toEqual([APP_ID, `api://${APP_ID}`]);
    expect(acceptedAudiences(APP_ID, 'afspraak.zilverbeek.be')).toEqual([
      APP_ID,
      `api://${APP_ID}`,
      `api://afspraak.zilverbeek.be/${APP_ID}`,
    ]);
  });

  it('adds the same three for a separate sign-on app, once when it is the bot app itself', () => {
    const sso = 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff';
    expect(acceptedAudiences(APP_ID, 'h.be', sso)).toEqual([
      APP_ID,
      `api://${APP_ID}`,
      `api://h.be/${APP_ID}`,
      sso,
      `api://${sso}`,
      `api://h.be/${sso}`,
    ]);
    expect(acceptedAudiences(APP_ID, undefined, APP_ID)).toEqual([APP_ID, `api://${APP_ID}`]);
  });
});

function b64(text: string): string {
  return Buffer.from(text).toString('base64url');
}
