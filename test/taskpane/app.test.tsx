/** @jest-environment jsdom */
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { PageConfig } from '../../bot/web/api-routes';
import { App } from '../../taskpane/app';
import { OrganisationUnavailable, type LoadedOrganisation } from '../../taskpane/organisation-client';
import type { OrganisationServices } from '../../taskpane/use-organisation';
import { zilverbeekEffective } from './fixtures';

// The checks run for real; on a busy machine their first run takes longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

const loaded = (source: LoadedOrganisation['source']): LoadedOrganisation => ({
  org: zilverbeekEffective(),
  fileName: 'zilverbeek.yaml',
  version: 'v1',
  updated: '2026-11-20T10:00:00.000Z',
  fetchedAt: '2026-11-24T09:30:00.000Z',
  source,
});

const offline = () =>
  Promise.reject(new OrganisationUnavailable('offline', 'De server van Afspraak is niet bereikbaar.'));

function services(over: Partial<OrganisationServices>): OrganisationServices {
  return {
    fetchConfig: async () => ({ mode: 'local' }),
    fetchOrganisation: async () => loaded('server'),
    cached: () => undefined,
    tokenProvider: async () => ({ silent: async () => 'token', interactive: async () => 'token' }),
    ...over,
  };
}

const renderApp = (s: OrganisationServices) =>
  render(<App host={null} services={s} readDocxFile={jest.fn()} theme="light" />);

describe('the pane and its organisation', () => {
  it('loads the organisation without sign-in in local mode', async () => {
    const fetchOrganisation = jest.fn(async () => loaded('server'));
    renderApp(services({ fetchOrganisation }));
    expect(await screen.findByText(/Gemeente Zilverbeek/)).toBeTruthy();
    expect(fetchOrganisation).toHaveBeenCalledWith(undefined);
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Controleer' }) as HTMLButtonElement).disabled).toBe(false),
    );
  });

  it('checks with the last organisation it had when the server is unreachable, and says so', async () => {
    renderApp(services({ fetchConfig: offline, cached: () => loaded('cache') }));
    expect(await screen.findByText('Laatst bekende afsprakennota')).toBeTruthy();
    expect(
      screen.getByText(/niet bereikbaar\. We controleren met de afsprakennota die je op 24 november 2026/),
    ).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Controleer' }) as HTMLButtonElement).disabled).toBe(false),
    );
  });

  it('says it cannot check without any organisation, and tries again on request', async () => {
    const fetchConfig = jest.fn<Promise<PageConfig>, []>(offline);
    renderApp(services({ fetchConfig }));
    expect(await screen.findByText('Geen afsprakennota')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Controleer' }) as HTMLButtonElement).disabled).toBe(true);
    fetchConfig.mockImplementationOnce(async () => ({ mode: 'local' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText(/Gemeente Zilverbeek/)).toBeTruthy();
    expect(screen.queryByText('Geen afsprakennota')).toBeNull();
  });

  it('asks the user to sign in when no token comes silently, then fetches with the token', async () => {
    const fetchOrganisation = jest.fn(async () => loaded('server'));
    const interactive = jest.fn(async () => 'fresh-token');
    renderApp(
      services({
        fetchConfig: async () => ({
          mode: 'production',
          auth: {
            clientId: 'c',
            tenantId: 't',
            authority: 'https://login.microsoftonline.com/t',
            scopes: ['api://c/access_as_user'],
          },
        }),
        fetchOrganisation,
        tokenProvider: async () => ({ silent: async () => undefined, interactive }),
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Aanmelden' }));
    await waitFor(() => expect(fetchOrganisation).toHaveBeenCalledWith('fresh-token'));
    expect(await screen.findByText(/Gemeente Zilverbeek/)).toBeTruthy();
  });
});
