// The organisation the pane checks against: fetched from the server (signing in first in
// production), or the last one cached on this device when the server cannot be reached.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PageAuthConfig, PageConfig } from '../bot/web/api-routes';
import type { TokenProvider } from './auth/sign-in';
import type { Notice } from './components/notices';
import { OrganisationUnavailable, type LoadedOrganisation } from './organisation-client';

export interface OrganisationServices {
  fetchConfig(): Promise<PageConfig>;
  fetchOrganisation(token?: string): Promise<LoadedOrganisation>;
  cached(): LoadedOrganisation | undefined;
  tokenProvider(auth: PageAuthConfig): Promise<TokenProvider>;
}

export interface OrganisationState {
  loaded?: LoadedOrganisation;
  loading: boolean;
  notices: Notice[];
}

const when = (iso: string) =>
  new Date(iso).toLocaleString('nl-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

export function useOrganisation(services: OrganisationServices): OrganisationState {
  const [state, setState] = useState<OrganisationState>({ loading: true, notices: [] });
  const started = useRef(false);

  const fallBack = useCallback(
    (reason: string, retry: () => void, action?: Notice['action']) => {
      const cached = services.cached();
      if (cached) {
        setState({
          loaded: cached,
          loading: false,
          notices: [
            {
              id: 'organisation',
              intent: 'warning',
              title: 'Laatst bekende afsprakennota',
              text: `${reason} We controleren met de afsprakennota die je op ${when(cached.fetchedAt)} ophaalde.`,
              action: action ?? { label: 'Opnieuw proberen', run: retry },
            },
          ],
        });
      } else {
        setState({
          loading: false,
          notices: [
            {
              id: 'organisation',
              intent: 'error',
              title: 'Geen afsprakennota',
              text: `${reason} Zonder afsprakennota kunnen we niets nakijken.`,
              action: action ?? { label: 'Opnieuw proberen', run: retry },
            },
          ],
        });
      }
    },
    [services],
  );

  const load = useCallback(async (): Promise<void> => {
    const retry = () => void load();
    setState((s) => ({ ...s, loading: true }));
    let config: PageConfig;
    try {
      config = await services.fetchConfig();
    } catch (error) {
      return fallBack(messageOf(error), retry);
    }
    let token: string | undefined;
    if (config.mode === 'production' && config.auth) {
      let provider: TokenProvider;
      try {
        provider = await services.tokenProvider(config.auth);
        token = await provider.silent();
      } catch (error) {
        return fallBack(`Aanmelden is niet gelukt: ${messageOf(error)}`, retry);
      }
      if (!token) {
        const signIn = async () => {
          try {
            const interactive = await provider.interactive();
            setState({ loaded: await services.fetchOrganisation(interactive), loading: false, notices: [] });
          } catch (error) {
            fallBack(`Aanmelden is niet gelukt: ${messageOf(error)}`, retry, {
              label: 'Aanmelden',
              run: () => void signIn(),
            });
          }
        };
        return fallBack('Meld je aan om de afsprakennota van je organisatie op te halen.', retry, {
          label: 'Aanmelden',
          run: () => void signIn(),
        });
      }
    }
    try {
      setState({ loaded: await services.fetchOrganisation(token), loading: false, notices: [] });
    } catch (error) {
      fallBack(messageOf(error), retry);
    }
  }, [services, fallBack]);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void load();
  }, [load]);

  return state;
}

function messageOf(error: unknown): string {
  if (error instanceof OrganisationUnavailable) return error.message;
  return error instanceof Error ? error.message : String(error);
}
