// Browser mode: the tab opened outside Teams. The same pages work; the page and the agreement to
// open come from the address (?pagina=persdesk, #afspraak-45), the theme from the system setting.
import type { TabContext, TabTheme, TeamsHost } from './types';

function systemTheme(win: Window): TabTheme {
  if (win.matchMedia?.('(forced-colors: active)').matches) return 'contrast';
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'default';
}

export function browserContext(win: Window): TabContext {
  const url = new URL(win.location.href);
  const hash = decodeURIComponent(url.hash.replace(/^#/, ''));
  return {
    inTeams: false,
    locale: win.navigator.language?.toLowerCase() || 'nl-be',
    theme: systemTheme(win),
    pageId: url.searchParams.get('pagina') ?? undefined,
    subPageId: hash || undefined,
  };
}

export function browserHost(win: Window): TeamsHost {
  return {
    context: browserContext(win),
    onThemeChange(handler) {
      const queries = ['(prefers-color-scheme: dark)', '(forced-colors: active)']
        .map((q) => win.matchMedia?.(q))
        .filter((q): q is MediaQueryList => Boolean(q));
      const listener = () => handler(systemTheme(win));
      for (const q of queries) q.addEventListener?.('change', listener);
      return () => queries.forEach((q) => q.removeEventListener?.('change', listener));
    },
    getAuthToken: () => Promise.reject(new Error('Aanmelden via Teams kan alleen in Teams.')),
    openLink: async (url) => {
      win.open(url, '_blank', 'noopener');
    },
  };
}
