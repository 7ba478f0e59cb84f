/** @jest-environment jsdom */
import { browserContext } from '../../../taskpane/teams/browser-host';
import { fakeTeamsHost } from '../../../taskpane/teams/fake-host';
import { connectTeams, mayBeInTeams } from '../../../taskpane/teams/teams-host';
import { toTabTheme } from '../../../taskpane/teams/theme';

describe('the teams-js layer', () => {
  it('sees a plain browser window as not in Teams, and a framed or Teams mobile one as maybe', () => {
    expect(mayBeInTeams(window)).toBe(false);
    const top = {};
    expect(mayBeInTeams({ self: {}, top } as unknown as Window)).toBe(true);
    const mobile: Record<string, unknown> = { nativeInterface: {} };
    mobile.self = mobile;
    mobile.top = mobile;
    expect(mayBeInTeams(mobile as unknown as Window)).toBe(true);
  });

  it('starts browser mode at once outside Teams, without waiting for teams-js', async () => {
    // "At once": settled within a few microtask turns, before any timer (teams-js's initialise
    // timeout) or module load could have run.
    let host: Awaited<ReturnType<typeof connectTeams>> | undefined;
    void connectTeams(window).then((h) => (host = h));
    for (let turn = 0; turn < 5 && !host; turn++) await Promise.resolve();
    if (!host) throw new Error('connectTeams waited for something outside Teams');
    expect(host.context.inTeams).toBe(false);
    await expect(host.getAuthToken()).rejects.toThrow(/Teams/);
  });

  it('reads the page and the agreement from the address in browser mode', () => {
    window.history.replaceState(null, '', '/tab/?pagina=persdesk#afspraak-45');
    expect(browserContext(window)).toMatchObject({
      inTeams: false,
      pageId: 'persdesk',
      subPageId: 'afspraak-45',
    });
  });

  it('maps Teams themes to default, dark and contrast', () => {
    expect(['default', 'dark', 'contrast', 'glass', ''].map(toTabTheme)).toEqual([
      'default',
      'dark',
      'contrast',
      'default',
      'default',
    ]);
  });

  it('the fake host reports theme changes to listeners until they stop listening', () => {
    const host = fakeTeamsHost();
    const seen: string[] = [];
    const stop = host.onThemeChange((t) => seen.push(t));
    host.setTheme('dark');
    stop();
    host.setTheme('contrast');
    expect(seen).toEqual(['dark']);
    expect(host.context.theme).toBe('contrast');
  });
});
