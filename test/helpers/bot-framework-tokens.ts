// A local stand-in for the Bot Framework's token service, so production mode (tokens validated by
// the adapter) runs end to end without the network: an OpenID metadata + JWKS server with our own
// RSA key, tokens signed as the Bot Framework channel signs them, and outgoing credentials that
// put a fixed token on the bot's replies.
//
//   const tokens = await startBotFrameworkTokens(appId);
//   startTestServer({ env: productionEnv, server: { authentication: tokens.authentication } });
//   post(activity, { authorization: `Bearer ${await tokens.sign({ serviceUrl, appId })}` });
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { AuthenticationOverrides } from '../../bot/teams/authentication';

/** The issuer the Bot Framework channel service signs with (botbuilder's default expectation). */
export const CHANNEL_ISSUER = 'https://api.botframework.com';
/** What the local connector receives as the bot's Authorization header. */
export const OUTBOUND_TOKEN = 'outbound-test-token';

export interface BotFrameworkTokens {
  /** Pass as ServerOptions.authentication. */
  authentication: AuthenticationOverrides;
  /** A channel token for a request to the bot; override claims to forge bad ones. */
  sign(options: {
    appId: string;
    serviceUrl: string;
    issuer?: string;
    audience?: string;
    expiresInSeconds?: number;
    /** Sign with a key the metadata does not publish (same kid): a forged token. */
    foreignKey?: boolean;
  }): Promise<string>;
  close(): Promise<void>;
}

/** `appId`: the bot's app id; tokens for any other audience are refused, as in production. */
export async function startBotFrameworkTokens(appId: string): Promise<BotFrameworkTokens> {
  const kid = 'afspraak-test-key';
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const foreign = await generateKeyPair('RS256');
  const jwk = {
    ...(await exportJWK(publicKey)),
    kid,
    use: 'sig',
    alg: 'RS256',
    endorsements: ['msteams', 'emulator'],
  };

  const server = http.createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/v1/.well-known/openidconfiguration') {
      res.end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/v1/.well-known/keys` }));
    } else if (req.url === '/v1/.well-known/keys') {
      res.end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const credentialsFactory = {
    isValidAppId: async (id: string) => id === appId,
    isAuthenticationDisabled: async () => false,
    createCredentials: async () => ({
      signRequest: async (webResource: { headers: { set(name: string, value: string): void } }) => {
        webResource.headers.set('authorization', `Bearer ${OUTBOUND_TOKEN}`);
        return webResource;
      },
    }),
  } as unknown as ServiceClientCredentialsFactory;

  return {
    authentication: {
      endpoints: {
        ToBotFromChannelOpenIdMetadataUrl: `${base}/v1/.well-known/openidconfiguration`,
        ToBotFromChannelTokenIssuer: CHANNEL_ISSUER,
      },
      credentialsFactory,
    },
    async sign(o) {
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ serviceurl: o.serviceUrl })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(o.issuer ?? CHANNEL_ISSUER)
        .setAudience(o.audience ?? o.appId)
        .setIssuedAt(now - 60)
        .setNotBefore(now - 60)
        .setExpirationTime(now + (o.expiresInSeconds ?? 3600))
        .sign(o.foreignKey ? foreign.privateKey : privateKey);
    },
    close() {
      return new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      });
    },
  };
}
