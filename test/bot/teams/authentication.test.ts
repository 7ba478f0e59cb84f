// The clients botbuilder builds per turn are reused across turns, but never across callers the
// library could tell apart, nor across serviceUrls or audiences; a failed creation is not kept.
import type { Activity } from 'botbuilder';
import { ClaimsIdentity, type ServiceClientCredentialsFactory } from 'botframework-connector';
import { loadConfig } from '../../../bot/config';
import { BoundedCache, createAuthentication } from '../../../bot/teams/authentication';
import { startBotFrameworkTokens } from '../../helpers/bot-framework-tokens';

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

// CloudAdapter sends the replies to an incoming activity with the factory authenticateRequest returns.
describe('createAuthentication: the factory of an authenticated request', () => {
  const activity = (serviceUrl: string) =>
    ({ type: 'message', channelId: 'msteams', serviceUrl }) as Activity;

  it('reuses the client in local mode (no token)', async () => {
    const auth = createAuthentication(loadConfig({}));
    const one = await auth.authenticateRequest(activity('http://localhost:3979'), '');
    const two = await auth.authenticateRequest(activity('http://localhost:3979'), '');
    const client = await one.connectorFactory!.create('http://localhost:3979', one.audience);
    expect(await two.connectorFactory!.create('http://localhost:3979', two.audience)).toBe(client);
  });

  it('reuses the client for tokens of the same app, per serviceUrl; a bad token still fails', async () => {
    const tokens = await startBotFrameworkTokens(APP);
    try {
      const config = loadConfig({
        MicrosoftAppId: APP,
        MicrosoftAppPassword: 'secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT,
      });
      const auth = createAuthentication(config, tokens.authentication);
      const request = async (serviceUrl: string) => {
        const token = await tokens.sign({ appId: APP, serviceUrl });
        const result = await auth.authenticateRequest(activity(serviceUrl), `Bearer ${token}`);
        return result.connectorFactory!.create(serviceUrl, result.audience);
      };
      const first = await request(SERVICE_URL);
      expect(await request(SERVICE_URL)).toBe(first);
      expect(await request('https://smba.trafficmanager.net/amer/')).not.toBe(first);

      const forged = await tokens.sign({ appId: APP, serviceUrl: SERVICE_URL, foreignKey: true });
      await expect(auth.authenticateRequest(activity(SERVICE_URL), `Bearer ${forged}`)).rejects.toMatchObject(
        {
          statusCode: 401,
        },
      );
    } finally {
      await tokens.close();
    }
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
