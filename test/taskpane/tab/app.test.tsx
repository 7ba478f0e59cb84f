/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApiError } from '../../../taskpane/tab/api';
import { TabApp } from '../../../taskpane/tab/app';
import { fakeTeamsHost } from '../../../taskpane/teams/fake-host';
import { browserHost } from '../../../taskpane/teams/browser-host';
import { fakeTabApi, request } from './fake-api';
import { installJsdomGaps } from './jsdom-setup';

installJsdomGaps();
const APP = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('the tab app', () => {
  it('follows the Teams theme, also when the user switches it', async () => {
    const host = fakeTeamsHost({ theme: 'dark' });
    const { container } = render(<TabApp host={host} api={fakeTabApi().api} search={() => []} />);
    await screen.findByRole('heading', { level: 1, name: /Afspraken van Gemeente Zilverbeek/ });
    const root = () => container.querySelector('[data-theme]')!;
    expect(root().getAttribute('data-theme')).toBe('dark');
    act(() => host.setTheme('contrast'));
    expect(root().getAttribute('data-theme')).toBe('contrast');
  });

  it('in Teams, opens the agreement of a deep link and links agreements through Teams deep links', async () => {
    const host = fakeTeamsHost({ teamsAppId: APP, pageId: 'afspraken', subPageId: 'afspraak-45' });
    render(<TabApp host={host} api={fakeTabApi().api} search={() => []} />);
    const link = await screen.findByRole('link', { name: 'Link naar afspraak 45' });
    expect(document.activeElement?.getAttribute('data-agreement')).toBe('45');
    expect(link.getAttribute('href')).toContain(`https://teams.microsoft.com/l/entity/${APP}/afspraken`);
    fireEvent.click(link);
    expect(host.openedLinks).toEqual([link.getAttribute('href')]);
    // Each page is its own static tab in Teams: no page switcher inside.
    expect(screen.queryByRole('navigation', { name: "Pagina's" })).toBeNull();
  });

  it('opens the Persdesk when Teams opens its static tab', async () => {
    const host = fakeTeamsHost({ pageId: 'persdesk' });
    const { container } = render(
      <TabApp host={host} api={fakeTabApi({ requests: [request('7')] }).api} search={() => []} />,
    );
    await waitFor(() => expect(container.querySelector('[data-request="7"]')).not.toBeNull());
  });

  it('in a browser, switches between Afspraken and Persdesk and links by address', async () => {
    window.history.replaceState(null, '', '/tab/');
    render(
      <TabApp
        host={browserHost(window)}
        api={fakeTabApi().api}
        search={() => []}
        origin="https://afspraak.zilverbeek.be"
      />,
    );
    const link = await screen.findByRole('link', { name: 'Link naar afspraak 45' });
    expect(link.getAttribute('href')).toBe(
      'https://afspraak.zilverbeek.be/tab/?pagina=afspraken#afspraak-45',
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Persdesk' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Persdesk' })).toBeTruthy();
  });

  it('explains a refused sign-in in Dutch', async () => {
    const { api } = fakeTabApi();
    api.publishedOrganisation = () => Promise.reject(new ApiError(401, 'missing_token', 'no token'));
    render(<TabApp host={fakeTeamsHost()} api={api} search={() => []} />);
    expect(await screen.findByText(/Je bent niet aangemeld/)).toBeTruthy();
  });
});

describe('adding the Persdesk to a channel', () => {
  it('offers the Persdesk tab to Teams from the configuration page', async () => {
    const host = fakeTeamsHost({ pageId: 'instellen' }, { settingsFrame: true });
    render(
      <TabApp host={host} api={fakeTabApi().api} search={() => []} origin="https://afspraak.zilverbeek.be" />,
    );
    expect(await screen.findByRole('heading', { name: 'Persdesk in dit kanaal' })).toBeTruthy();
    expect(host.offeredTabs).toEqual([
      {
        entityId: 'persdesk',
        contentUrl: 'https://afspraak.zilverbeek.be/tab/?pagina=persdesk',
        websiteUrl: 'https://afspraak.zilverbeek.be/tab/?pagina=persdesk',
        suggestedDisplayName: 'Persdesk',
      },
    ]);
  });
});
