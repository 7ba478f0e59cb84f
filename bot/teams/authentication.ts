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
  AuthenticationError,
  BotFrameworkAuthentication,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
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
 */
class RefusingAuthentication extends BotFrameworkAuthentication {
  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override async authenticateRequest(
    activity: Activity,
    authHeader: string,
  ): Promise<AuthenticateRequestResult> {
    try {
      return await this.inner.authenticateRequest(activity, authHeader);
    } catch (err) {
      throw asAuthenticationError(err);
    }
  }

  override async authenticateStreamingRequest(authHeader: string, channelIdHeader: string) {
    try {
      return await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
    } catch (err) {
      throw asAuthenticationError(err);
    }
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.inner.createConnectorFactory(claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
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

// jsonwebtoken's error classes: a token we refuse, not a fault of ours.
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

function asAuthenticationError(err: unknown): unknown {
  if (err instanceof AuthenticationError) return err;
  if (err instanceof Error && TOKEN_ERRORS.has(err.name)) {
    return new AuthenticationError(`Unauthorized: ${err.message}`, StatusCodes.UNAUTHORIZED);
  }
  return err;
}
