// Sign-in for the organisation file in production. @azure/msal-browser loads only here, and
// only in production mode: local mode and the first paint never pay for it. Inside Office,
// nested app authentication lets Word sign the user in with its own account (no popup); outside
// Office, or where Word lacks it, a popup does, answered by auth-redirect.html.
import type { PageAuthConfig } from '../../bot/web/api-routes';

export interface TokenProvider {
  /** A token without any user interaction, or undefined when the user must act. */
  silent(): Promise<string | undefined>;
  /** Asks the user to sign in (call from a click: browsers block popups otherwise). */
  interactive(): Promise<string>;
}

export async function createTokenProvider(
  auth: PageAuthConfig,
  insideOffice: boolean,
): Promise<TokenProvider> {
  const msal = await import('@azure/msal-browser');
  const redirectUri = new URL('auth-redirect.html', window.location.href).href;
  const configuration = {
    auth: { clientId: auth.clientId, authority: auth.authority, redirectUri },
    cache: { cacheLocation: 'localStorage' as const },
  };
  const pca = insideOffice
    ? await msal.createNestablePublicClientApplication(configuration)
    : await msal.createStandardPublicClientApplication(configuration);
  const scopes = auth.scopes;

  return {
    async silent() {
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      try {
        const result = account
          ? await pca.acquireTokenSilent({ scopes, account })
          : await pca.ssoSilent({ scopes });
        pca.setActiveAccount(result.account);
        return result.accessToken;
      } catch (error) {
        if (error instanceof msal.InteractionRequiredAuthError || error instanceof msal.BrowserAuthError)
          return undefined;
        throw error;
      }
    },
    async interactive() {
      const result = await pca.acquireTokenPopup({ scopes });
      pca.setActiveAccount(result.account);
      return result.accessToken;
    },
  };
}
