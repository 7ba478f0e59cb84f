// The clients botbuilder builds per turn are reused across turns, but never across callers the
// library could tell apart, nor across serviceUrls or audiences; a failed creation is not kept.
import { ClaimsIdentity, type ServiceClientCredentialsFactory } from 'botframework-connector';
import { loadConfig } from '../../../bot/config';
import { BoundedCache, createAuthentication } from '../../../bot/teams/authentication';

const APP = '11111111-2222-3333-4444-555555555555';
const OTHER_APP = '99999999-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';

function production(credentialsFactory: ServiceClientCredentialsFactory) {
  const config = loadConfig({
    MicrosoftAppId: APP,
    MicrosoftAppPassword: 'secret',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppTenantId: TENANT,
  });
  return createAuthentication(config, { credentialsFactory });
}

/** Credentials for our own app id only, counting how often they are made. */
function countingCredentials() {
  const made: string[] = [];
  const factory = {
    isValidAppId: async (id: string) => id === APP,
    isAuthenticationDisabled: async () => false,
    createCredentials: async (appId: string) => {
      if (appId !== APP) throw new Error('Invalid appId.');
      made.push(appId);
      return { signRequest: async (r: unknown) => r };
    },
  } as unknown as ServiceClientCredentialsFactory;
  return { factory, made };
}

const claims = (aud: string) => new ClaimsIdentity([{ type: 'aud', value: aud }], true);

describe('createAuthentication: clients reused across turns', () => {
  it('gives the next turn of the same caller the same ConnectorClient, made once', async () => {
    const { factory, made } = countingCredentials();
    const auth = production(factory);
    const first = await auth.createConnectorFactory(claims(APP)).create(SERVICE_URL);
    const second = await auth.createConnectorFactory(claims(APP)).create(SERVICE_URL);
    expect(second).toBe(first);
    expect(made).toHaveLength(1);
    // The client is the real one, pointed at the turn's serviceUrl.
    expect(first.conversations).toBeDefined();
  });

  it('keeps serviceUrls and audiences apart', async () => {
    const { factory } = countingCredentials();
    const auth = production(factory);
    const emea = await auth.createConnectorFactory(claims(APP)).create(SERVICE_URL);
    const amer = await auth
      .createConnectorFactory(claims(APP))
      .create('https://smba.trafficmanager.net/amer/');
    const otherAudience = await auth
      .createConnectorFactory(claims(APP))
      .create(SERVICE_URL, 'https://api.botframework.us');
    expect(amer).not.toBe(emea);
    expect(otherAudience).not.toBe(emea);
    expect(otherAudience).not.toBe(amer);
  });

  it('never hands a client made for one caller to another, and does not keep a refusal', async () => {
    const { factory, made } = countingCredentials();
    const auth = production(factory);
    await auth.createConnectorFactory(claims(APP)).create(SERVICE_URL);
    // Another app id in the claims: the credentials refuse it, every time (nothing cached).
    await expect(auth.createConnectorFactory(claims(OTHER_APP)).create(SERVICE_URL)).rejects.toThrow(
      'Invalid appId.',
    );
    await expect(auth.createConnectorFactory(claims(OTHER_APP)).create(SERVICE_URL)).rejects.toThrow(
      'Invalid appId.',
    );
    // The appid claim (emulator-style tokens) is part of who the caller is, too.
    const withAppIdClaim = new ClaimsIdentity(
      [
        { type: 'aud', value: APP },
        { type: 'appid', value: OTHER_APP },
      ],
      true,
    );
    const separate = await auth.createConnectorFactory(withAppIdClaim).create(SERVICE_URL);
    expect(separate).not.toBe(await auth.createConnectorFactory(claims(APP)).create(SERVICE_URL));
    expect(made).toHaveLength(2);
  });

  it('reuses the UserTokenClient per caller', async () => {
    const { factory, made } = countingCredentials();
    const auth = production(factory);
    const first = await auth.createUserTokenClient(claims(APP));
    expect(await auth.createUserTokenClient(claims(APP))).toBe(first);
    expect(made).toHaveLength(1);
    await expect(auth.createUserTokenClient(claims(OTHER_APP))).rejects.toThrow('Invalid appId.');
  });
});

describe('BoundedCache', () => {
  it('drops the oldest entry beyond its bound and forgets rejected promises', async () => {
    const cache = new BoundedCache<Promise<number>>(2);
    const a = cache.getOrCreate('a', () => Promise.resolve(1));
    cache.getOrCreate('b', () => Promise.resolve(2));
    expect(cache.getOrCreate('a', () => Promise.resolve(99))).toBe(a);
    cache.getOrCreate('c', () => Promise.resolve(3));
    expect(cache.size).toBe(2);
    await expect(cache.getOrCreate('a', () => Promise.resolve(4))).resolves.toBe(4);

    const failing = cache.getOrCreate('x', () => Promise.reject(new Error('no')));
    await expect(failing).rejects.toThrow('no');
    await expect(cache.getOrCreate('x', () => Promise.resolve(5))).resolves.toBe(5);
  });
});
