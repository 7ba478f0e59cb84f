import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { AuthError, createTokenValidator, type TokenValidator } from '../../../bot/api/auth';
import { keySetTenant, startKeyServer, type KeyServer } from '../../helpers/key-server';

const TENANT = '11111111-2222-3333-4444-555555555555';
const OTHER_TENANT = '99999999-2222-3333-4444-555555555555';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const HOST = 'afspraak.zilverbeek.be';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

describe('Entra ID token validation', () => {
  let server: KeyServer;
  let authority: string;
  let keys: KeyPair;
  let stranger: KeyPair;
  let jwksRequests = 0;
  let validate: TokenValidator;

  beforeAll(async () => {
    keys = await generateKeyPair('RS256');
    stranger = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'key-1', use: 'sig', alg: 'RS256' };
    // Only the allowed tenant's key set exists, like Entra's per-tenant discovery endpoint.
    server = await startKeyServer((path) => {
      if (keySetTenant(path) !== TENANT) return { status: 404 };
      jwksRequests++;
      return { status: 200, json: { keys: [jwk] } };
    });
    authority = server.authority;
    validate = createTokenValidator({ appId: APP_ID, tenants: [TENANT], publicHostname: HOST, authority });
  });

  afterAll(() => server.close());

  const sign = (
    claims: JWTPayload,
    options: { key?: KeyPair; issuer?: string; audience?: string; expires?: string } = {},
  ) =>
    new SignJWT({
      tid: TENANT,
      oid: 'user-1',
      name: 'Lies Janssens',
      preferred_username: 'lies@zilverbeek.be',
      scp: 'access_as_user',
      ...claims,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setIssuer(options.issuer ?? `${authority}/${TENANT}/v2.0`)
      .setAudience(options.audience ?? `api://${HOST}/${APP_ID}`)
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '1h')
      .sign((options.key ?? keys).privateKey);

  const refusal = async (header: string | undefined): Promise<AuthError> => {
    try {
      await validate(header);
    } catch (error) {
      if (error instanceof AuthError) return error;
      throw error;
    }
    throw new Error('token was accepted');
  };

  it('accepts a token of an allowed tenant for the app and returns who called', async () => {
    const identity = await validate(`Bearer ${await sign({})}`);
    expect(identity).toEqual({
      tenantId: TENANT,
      objectId: 'user-1',
      name: 'Lies Janssens',
      username: 'lies@zilverbeek.be',
      scopes: ['access_as_user'],
    });
  });

  it('accepts the bare app id and a v1.0 issuer as audience and issuer', async () => {
    const token = await sign({}, { audience: APP_ID, issuer: `https://sts.windows.net/${TENANT}/` });
    await expect(validate(`Bearer ${token}`)).resolves.toMatchObject({ tenantId: TENANT });
  });

  it('caches the tenant keys across requests', async () => {
    const before = jwksRequests;
    await validate(`Bearer ${await sign({})}`);
    await validate(`Bearer ${await sign({})}`);
    expect(jwksRequests - before).toBe(0);
  });

  it.each([
    ['no header', undefined, 401, 'missing_token'],
    ['a basic header', 'Basic dXNlcjpwdw==', 401, 'invalid_token'],
    ['a token that is not a JWT', 'Bearer abc.def', 401, 'invalid_token'],
  ])('refuses %s', async (_name, header, status, code) => {
    const error = await refusal(header);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.userMessage).toMatch(/aanmeld|Meld/);
  });

  it('refuses a token for another audience', async () => {
    const error = await refusal(`Bearer ${await sign({}, { audience: 'api://someone-else' })}`);
    expect([error.status, error.code]).toEqual([401, 'invalid_token']);
    expect(error.message).toContain('aud');
  });

  it('refuses a token from another issuer', async () => {
    const error = await refusal(
      `Bearer ${await sign({}, { issuer: `https://evil.example/${TENANT}/v2.0` })}`,
    );
    expect([error.status, error.code]).toEqual([401, 'invalid_token']);
    expect(error.message).toContain('iss');
  });

  it.each([
    ['without any scope (an app-only token)', { scp: undefined, roles: ['Afspraak.Read'] }],
    ['with another scope of the app', { scp: 'User.Read Notes.Write' }],
    ['with a scope that only contains the name', { scp: 'access_as_user_admin' }],
  ])("refuses a token %s: the app's access_as_user scope is required", async (_name, claims) => {
    const error = await refusal(`Bearer ${await sign(claims)}`);
    expect([error.status, error.code]).toEqual([403, 'insufficient_scope']);
    expect(error.userMessage).toMatch(/geen toegang tot Afspraak/);
  });

  it('accepts access_as_user among other scopes', async () => {
    await expect(
      validate(`Bearer ${await sign({ scp: 'User.Read access_as_user' })}`),
    ).resolves.toMatchObject({
      scopes: ['User.Read', 'access_as_user'],
    });
  });

  it('refuses a token of a tenant that is not allowed, before fetching any keys', async () => {
    const error = await refusal(`Bearer ${await sign({ tid: OTHER_TENANT })}`);
    expect([error.status, error.code]).toEqual([403, 'tenant_not_allowed']);
  });

  it('refuses a token signed with a key the tenant does not publish', async () => {
    const error = await refusal(`Bearer ${await sign({}, { key: stranger })}`);
    expect([error.status, error.code]).toEqual([401, 'invalid_token']);
  });

  it('refuses an expired token with its own message', async () => {
    const token = await new SignJWT({ tid: TENANT, oid: 'u' })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setIssuer(`${authority}/${TENANT}/v2.0`)
      .setAudience(APP_ID)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(keys.privateKey);
    const error = await refusal(`Bearer ${token}`);
    expect([error.status, error.code]).toEqual([401, 'token_expired']);
    expect(error.userMessage).toContain('verlopen');
  });

  describe('with a separate sign-on app registration (SSO_APP_ID, managed identity bot)', () => {
    const SSO_APP_ID = 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff';
    const withSso = () =>
      createTokenValidator({
        appId: APP_ID,
        tenants: [TENANT],
        publicHostname: HOST,
        authority,
        ssoAppId: SSO_APP_ID,
      });

    it.each([`api://${HOST}/${SSO_APP_ID}`, SSO_APP_ID, `api://${SSO_APP_ID}`])(
      'accepts a token for the SSO app (%s)',
      async (audience) => {
        const identity = await withSso()(`Bearer ${await sign({}, { audience })}`);
        expect(identity.objectId).toBe('user-1');
      },
    );

    it("still accepts the bot app's own audience", async () => {
      await expect(withSso()(`Bearer ${await sign({})}`)).resolves.toMatchObject({ tenantId: TENANT });
    });

    it('refuses a token for the SSO app when SSO_APP_ID is not configured', async () => {
      const error = await refusal(`Bearer ${await sign({}, { audience: `api://${HOST}/${SSO_APP_ID}` })}`);
      expect([error.status, error.code]).toEqual([401, 'invalid_token']);
    });

    it('refuses the SSO app id under another host', async () => {
      const token = await sign({}, { audience: `api://evil.example/${SSO_APP_ID}` });
      await expect(withSso()(`Bearer ${token}`)).rejects.toMatchObject({
        status: 401,
        code: 'invalid_token',
      });
    });
  });

  it('answers 503 when the tenant keys cannot be fetched', async () => {
    const unreachable = createTokenValidator({
      appId: APP_ID,
      tenants: [TENANT],
      authority: 'http://127.0.0.1:1',
    });
    const token = await new SignJWT({ tid: TENANT })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setIssuer(`http://127.0.0.1:1/${TENANT}/v2.0`)
      .setAudience(APP_ID)
      .setExpirationTime('1h')
      .sign(keys.privateKey);
    await expect(unreachable(`Bearer ${token}`)).rejects.toMatchObject({
      status: 503,
      code: 'keys_unavailable',
    });
  });
});
