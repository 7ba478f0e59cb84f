// The ONLY module that touches @microsoft/teams-js (like taskpane/word for office-js). Outside
// Teams app.initialize() never settles, so a plain browser is detected first (no parent frame,
// no native Teams bridge) and the tab starts in browser mode at once; inside a frame the
// initialisation gets a deadline. teams-js is imported lazily: loading it fetches Teams' list of
// valid origins from Microsoft's CDN, which a page opened outside Teams has no reason to do.
import type { app as TeamsApp } from '@microsoft/teams-js';
import { browserHost } from './browser-host';
import { toTabTheme } from './theme';
import type { ChannelTab, TabContext, TeamsHost } from './types';

const INITIALIZE_TIMEOUT_MS = 4000;

/** Whether the page might be hosted by Teams: in a frame (desktop, web) or a Teams mobile webview. */
export function mayBeInTeams(win: Window): boolean {
  let framed: boolean;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true; // cross-origin parent: reading top threw
  }
  return framed || 'nativeInterface' in win;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Teams did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function contextFrom(c: TeamsApp.Context, win: Window): TabContext {
  return {
    inTeams: true,
    teamsAppId: c.app.appId?.toString(),
    user: { id: c.user?.id, name: c.user?.displayName, userPrincipalName: c.user?.userPrincipalName },
    tenantId: c.user?.tenant?.id,
    locale: c.app.locale || 'nl-be',
    theme: toTabTheme(c.app.theme),
    // A configuration page has no entity yet: its address says which page it is.
    pageId: c.page.id || new URL(win.location.href).searchParams.get('pagina') || undefined,
    subPageId: c.page.subPageId || undefined,
  };
}

/** Connects to Teams, or returns the browser host when the page is not in Teams. */
export async function connectTeams(win: Window = window): Promise<TeamsHost> {
  if (!mayBeInTeams(win)) return browserHost(win);
  const { app, authentication, pages, FrameContexts } = await import('@microsoft/teams-js');
  let context: TabContext;
  try {
    await withTimeout(app.initialize(), INITIALIZE_TIMEOUT_MS);
    context = contextFrom(await app.getContext(), win);
  } catch {
    // Framed by something else (a preview, an intranet page): the browser mode still works.
    return browserHost(win);
  }
  const handlers = new Set<(theme: ReturnType<typeof toTabTheme>) => void>();
  app.registerOnThemeChangeHandler((theme) => {
    const next = toTabTheme(theme);
    for (const handler of handlers) handler(next);
  });
  return {
    context,
    onThemeChange(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    getAuthToken: () => authentication.getAuthToken(),
    openLink: (url) => app.openLink(url),
    ...(app.getFrameContext() === FrameContexts.settings
      ? {
          offerChannelTab(tab: ChannelTab) {
            pages.config.registerOnSaveHandler((event) => {
              pages.config.setConfig(tab).then(
                () => event.notifySuccess(),
                (error: unknown) =>
                  event.notifyFailure(error instanceof Error ? error.message : String(error)),
              );
            });
            pages.config.setValidityState(true);
          },
        }
      : {}),
  };
}
