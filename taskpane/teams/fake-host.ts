// A Teams host for tests and stories: a fixed context, a theme that tests can switch, a token or
// a sign-in failure on demand, and a record of the links opened.
import type { ChannelTab, TabContext, TabTheme, TeamsHost } from './types';

export interface FakeTeamsHost extends TeamsHost {
  setTheme(theme: TabTheme): void;
  readonly openedLinks: string[];
  /** What a configuration page offered (with options.settingsFrame). */
  readonly offeredTabs: ChannelTab[];
}

export function fakeTeamsHost(
  context: Partial<TabContext> = {},
  options: { token?: string | Error; settingsFrame?: boolean } = {},
): FakeTeamsHost {
  const handlers = new Set<(theme: TabTheme) => void>();
  const openedLinks: string[] = [];
  const offeredTabs: ChannelTab[] = [];
  const full: TabContext = {
    inTeams: true,
    locale: 'nl-be',
    theme: 'default',
    teamsAppId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    ...context,
  };
  return {
    context: full,
    openedLinks,
    offeredTabs,
    ...(options.settingsFrame ? { offerChannelTab: (tab: ChannelTab) => void offeredTabs.push(tab) } : {}),
    onThemeChange(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    setTheme(theme) {
      full.theme = theme;
      for (const handler of handlers) handler(theme);
    },
    async getAuthToken() {
      if (options.token instanceof Error) throw options.token;
      if (options.token === undefined) throw new Error('no token in this fake');
      return options.token;
    },
    async openLink(url) {
      openedLinks.push(url);
    },
  };
}
