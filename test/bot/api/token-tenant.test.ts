// The tenant of an Entra token for the web parts, varied one place at a time: the `tid` claim, the
// issuer's tenant, and the tenant whose keys signed it. Entra signs the tokens of every tenant
// with the same keys, so the signature alone does not say which organisation a token is for: the
// `tid` must be an allowed tenant and the issuer must be that same tenant.
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { AuthError, createTokenValidator, type TokenValidator } from '../../../bot/api/auth';
import { keySetTenant, startKeyServer, type KeyServer } from '../../helpers/key-server';

// Real tenant ids have hex letters: a tid in capitals then differs from the configured one.
const OURS = 'c0ffee00-1a2b-4c3d-8e9f-abcdef012345';
const OTHER = 'deadbeef-1a2b-4c3d-8e9f-abcdef012345';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('the tenant of a token', () => {
  let server: KeyServer;
  let authority: string;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let validate: TokenValidator;
  const keyRequests: string[] = [];

  beforeAll(async () => {
    keys = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'common', use: 'sig', alg: 'RS256' };
    // Like Entra: every tenant's discovery endpoint publishes the same signing keys.
    server = await startKeyServer((path) => {
      const tenant = keySetTenant(path);
      if (!tenant) return { status: 404 };
      keyRequests.push(tenant);
      return { status: 200, json: { keys: [jwk] } };
    });
    authority = server.authority;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    keyRequests.length = 0;
    // Per test, so that what the validator reads from its settings runs inside each test.
    validate = createTokenValidator({ appId: APP_ID, tenants: [OURS], authority });
  });

  /** A token; `tid: undefined` leaves the claim out. */
  const token = (tid: unknown, issuer: string) => {
    // The app's scope is there: only the tenant varies here (the scope has its own tests).
    const claims: JWTPayload = { oid: 'user-1', name: 'Lies Janssens', scp: 'access_as_user' };
    if (tid !== undefined) claims.tid = tid;
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'common' })
      .setIssuer(issuer)
      .setAudience(APP_ID)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(keys.privateKey);
  };
  const v2 = (tenant: string) => `${authority}/${tenant}/v2.0`;
  const v1 = (tenant: string) => `https://sts.windows.net/${tenant}/`;

  const outcome = async (tid: unknown, issuer: string) => {
    try {
      const identity = await validate(`Bearer ${await token(tid, issuer)}`);
      return { accepted: identity.tenantId };
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      return { status: error.status, code: error.code, message: error.userMessage };
    }
  };

  const WRONG_ORG = {
    status: 403,
    code: 'tenant_not_allowed',
    message: 'Je organisatie heeft geen toegang tot deze afsprakennota.',
  };
  const NOT_FOR_US = {
    status: 401,
    code: 'invalid_token',
    message: 'Je aanmelding is niet bedoeld voor deze toepassing.',
  };

  it.each<[string, unknown, () => string, object]>([
    ['tid ours, v2.0 issuer ours', OURS, () => v2(OURS), { accepted: OURS }],
    ['tid ours, v1.0 issuer ours', OURS, () => v1(OURS), { accepted: OURS }],
    ['tid ours in capitals, issuer ours', OURS.toUpperCase(), () => v2(OURS), { accepted: OURS }],
    ['tid another tenant, issuer that tenant', OTHER, () => v2(OTHER), WRONG_ORG],
    ['tid another tenant, issuer ours', OTHER, () => v2(OURS), WRONG_ORG],
    ['tid ours, v2.0 issuer another tenant', OURS, () => v2(OTHER), NOT_FOR_US],
    ['tid ours, v1.0 issuer another tenant', OURS, () => v1(OTHER), NOT_FOR_US],
    ['tid ours, issuer of the multi-tenant endpoint', OURS, () => v2('common'), NOT_FOR_US],
    ['no tid, issuer ours', undefined, () => v2(OURS), WRONG_ORG],
    ['tid not a string, issuer ours', 42, () => v2(OURS), WRONG_ORG],
  ])('%s', async (_name, tid, issuer, expected) => {
    expect(await outcome(tid, issuer())).toEqual(expected);
  });

  it("fetches only an allowed tenant's keys, never those a refused tid names", async () => {
    await outcome(OTHER, v2(OTHER));
    await outcome(undefined, v2(OURS));
    expect(keyRequests).toEqual([]);
    await outcome(OURS, v2(OURS));
    expect(keyRequests.every((t) => t === OURS)).toBe(true);
  });
});
