// How the bot proves who it talks to: incoming requests carry a Bot Framework token that the
// adapter validates (production), or nothing at all (local mode, Emulator). Built from the checked
// configuration; `endpoints` lets a sovereign cloud (or a test with its own key server) replace the
// public Bot Framework endpoints.
import {
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
// botbuilder's own dependency (same pinned version): the authentication classes it does not re-export.
import {
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClient,
  type ServiceClientCredentialsFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { botFrameworkSettings, type BotConfig } from '../config';

export interface AuthenticationOverrides {
  /** E.g. ToBotFromChannelOpenIdMetadataUrl, ToChannelFromBotLoginUrl (botbuilder's setting names). */
  endpoints?: ConfigurationBotFrameworkAuthenticationOptions;
  /** How outgoing requests get their token; default from the app id and secret or managed identity. */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

export function createAuthentication(
  config: BotConfig,
  overrides: AuthenticationOverrides = {},
): BotFrameworkAuthentication {
  const inner = new ConfigurationBotFrameworkAuthentication(
    { ...botFrameworkSettings(config), ...overrides.endpoints },
    overrides.credentialsFactory,
  );
  return new RefusingAuthentication(inner);
}

/**
 * botbuilder answers a token with a bad signature, a wrong audience or issuer with 500 and the
 * library's error text, because jsonwebtoken's errors are not its AuthenticationError. A request
 * we cannot authenticate is a 401, whatever the reason.
 *
 * It also reuses the clients botbuilder builds for every turn. CloudAdapter asks for a new
 * connector factory, ConnectorClient and UserTokenClient per incoming activity, and each client
 * builds its own HTTP pipeline (about a tenth of the CPU of an answer under load, plus garbage).
 * The clients hold no per-turn state: what they do depends only on the app id the turn's claims
 * name, the serviceUrl and audience (and the fixed endpoints); tokens are cached by botbuilder
 * itself per app id and scope. So one client per such key serves every turn that has the same key.
 * The key holds the claims the library reads the app id from, so two different callers never
 * share a client; a creation that fails is not kept.
 */
class RefusingAuthentication extends BotFrameworkAuthentication {
  private readonly connectorClients = new BoundedCache<Promise<ConnectorClient>>(MAX_CACHED_CLIENTS);
  private readonly userTokenClients = new BoundedCache<Promise<UserTokenClient>>(MAX_CACHED_CLIENTS);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.authenticated(() => this.inner.authenticateRequest(activity, authHeader));
  }

  override authenticateStreamingRequest(authHeader: string, channelIdHeader: string) {
    return this.authenticated(() => this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  /**
   * A rejected token as an AuthenticationError (401), and the result's connector factory reusing
   * clients: CloudAdapter answers an incoming activity with that factory, not createConnectorFactory.
   */
  private async authenticated(
    authenticate: () => Promise<AuthenticateRequestResult>,
  ): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await authenticate();
    } catch (err) {
      throw asAuthenticationError(err);
    }
    return this.reusing(result);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new ReusingConnectorFactory(
      () => this.inner.createConnectorFactory(claimsIdentity),
      callerKey(claimsIdentity),
      this.connectorClients,
    );
  }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const inner = result.connectorFactory;
    if (!inner) return result;
    return {
      ...result,
      connectorFactory: new ReusingConnectorFactory(
        () => inner,
        callerKey(result.claimsIdentity),
        this.connectorClients,
      ),
    };
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.getOrCreate(callerKey(claimsIdentity), () =>
      this.inner.createUserTokenClient(claimsIdentity),
    );
  }

  override createBotFrameworkClient() {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}

/** Teams serves a handful of regional serviceUrls; the bound only guards against a flood of odd ones. */
const MAX_CACHED_CLIENTS = 64;

/**
 * The claims botbuilder takes a turn's app id from (the audience, else the appid claim), both
 * kept so that no two callers the library could tell apart ever map to one key.
 */
function callerKey(claimsIdentity: ClaimsIdentity): string {
  return JSON.stringify([
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim),
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim),
  ]);
}

class ReusingConnectorFactory extends ConnectorFactory {
  private inner: ConnectorFactory | undefined;

  constructor(
    private readonly createInner: () => ConnectorFactory,
    private readonly caller: string,
    private readonly clients: BoundedCache<Promise<ConnectorClient>>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.getOrCreate(JSON.stringify([this.caller, serviceUrl, audience ?? null]), () =>
      (this.inner ??= this.createInner()).create(serviceUrl, audience),
    );
  }
}

/**
 * Promises of clients by key, oldest dropped first beyond `max`. A promise that rejects is
 * removed, so a failed creation (an app id the credentials refuse) is tried again next time.
 */
export class BoundedCache<T extends Promise<unknown>> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly max: number) {}

  get size(): number {
    return this.entries.size;
  }

  getOrCreate(key: string, create: () => T): T {
    const found = this.entries.get(key);
    if (found) return found;
    const created = create();
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, created);
    created.catch(() => {
      if (this.entries.get(key) === created) this.entries.delete(key);
    });
    return created;
  }
}

// jsonwebtoken's error classes: a token we refuse, not a fault of ours.
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/** The message of AuthenticationUnavailableError: what the endpoint recognises in the adapter's answer. */
export const AUTHENTICATION_UNAVAILABLE = 'authentication unavailable';

/**
 * The Bot Framework's OpenID metadata or signing keys could not be fetched (network down, an error
 * status, an unreadable answer): no verdict on the token, so the caller should try again later.
 * The cause stays in `cause` for the log; the message carries no internal detail.
 */
export class AuthenticationUnavailableError extends Error {
  constructor(cause: unknown) {
    super(AUTHENTICATION_UNAVAILABLE, { cause });
    this.name = 'AuthenticationUnavailableError';
  }
}

function asAuthenticationError(err: unknown): unknown {
  if (err instanceof AuthenticationError) {
    // botframework-connector reports an error status of the metadata or key endpoint as an
    // AuthenticationError with a 5xx code; the adapter would answer it as 401.
    return err.statusCode >= 500 ? new AuthenticationUnavailableError(err) : err;
  }
  if (err instanceof Error && TOKEN_ERRORS.has(err.name)) {
    return new AuthenticationError(`Unauthorized: ${err.message}`, StatusCodes.UNAUTHORIZED);
  }
  // Anything else while authenticating is fetching the metadata or keys (node-fetch's FetchError,
  // a JSON syntax error): our side, not the token's.
  return new AuthenticationUnavailableError(err);
}
