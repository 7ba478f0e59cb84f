// What the token validator makes of a valid token (who called), and how it reads its settings
// and the Authorization header: the parts a one-line change would get wrong without any refusal.
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { AuthError, createTokenValidator, type TokenValidator } from '../../../bot/api/auth';
import { keySetTenant, startKeyServer, type KeyServer } from '../../helpers/key-server';

// Hex letters, like a real tenant id: the configured capitals below then mean something.
const TENANT = 'c0ffee00-1a2b-4c3d-8e9f-abcdef012345';
const APP_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';

describe('token identity and settings', () => {
  let server: KeyServer;
  let authority: string;
  let keys: Awaited<ReturnType<typeof generateKeyPair>>;
  let validate: TokenValidator;

  beforeAll(async () => {
    keys = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k', use: 'sig', alg: 'RS256' };
    server = await startKeyServer((path) =>
      keySetTenant(path) === TENANT ? { status: 200, json: { keys: [jwk] } } : { status: 404 },
    );
    authority = server.authority;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    // Per test, so that reading the settings runs inside each test. A configured tenant in
    // capitals and an authority with a trailing slash are read as meant.
    validate = createTokenValidator({
      appId: APP_ID,
      tenants: [TENANT.toUpperCase()],
      authority: `${authority}//`,
    });
  });

  const token = (claims: JWTPayload) =>
    new SignJWT({ tid: TENANT, oid: 'user-1', scp: 'access_as_user', ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setIssuer(`${authority}/${TENANT}/v2.0`)
      .setAudience(APP_ID)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(keys.privateKey);

  it('reads name, username and scopes, and leaves out what the token does not carry', async () => {
    expect(
      await validate(
        `Bearer ${await token({ name: 'An', preferred_username: 'an@x.be', scp: 'a  access_as_user' })}`,
      ),
    ).toEqual({
      tenantId: TENANT,
      objectId: 'user-1',
      name: 'An',
      username: 'an@x.be',
      scopes: ['a', 'access_as_user'],
    });
    expect(await validate(`Bearer ${await token({ upn: 'an@x.be' })}`)).toEqual({
      tenantId: TENANT,
      objectId: 'user-1',
      name: undefined,
      username: 'an@x.be',
      scopes: ['access_as_user'],
    });
    expect(await validate(`Bearer ${await token({ name: 7, upn: 7 })}`)).toEqual({
      tenantId: TENANT,
      objectId: 'user-1',
      name: undefined,
      username: undefined,
      scopes: ['access_as_user'],
    });
    // A scope claim that is not a string carries no scope, so the app's scope is missing.
    await expect(validate(`Bearer ${await token({ scp: ['access_as_user'] })}`)).rejects.toMatchObject({
      status: 403,
      code: 'insufficient_scope',
    });
  });

  it('accepts "bearer" in any case, and refuses a header that only contains a token', async () => {
    const jwt = await token({});
    await expect(validate(`bearer ${jwt}`)).resolves.toMatchObject({ objectId: 'user-1' });
    const refusal = await validate(`Token Bearer ${jwt}`).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AuthError);
    expect(refusal).toMatchObject({ status: 401, code: 'invalid_token', name: 'AuthError' });
    await expect(validate(`Bearer ${jwt} extra`)).rejects.toMatchObject({ code: 'invalid_token' });
  });

  it('refuses to start without an app id or a tenant', () => {
    expect(() => createTokenValidator({ appId: '', tenants: [TENANT] })).toThrow(/appId/);
    expect(() => createTokenValidator({ appId: APP_ID, tenants: [] })).toThrow(/tenant/);
  });
});
