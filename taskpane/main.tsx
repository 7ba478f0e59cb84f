// Start-up: find out whether we run inside Word, wire the real services, render. The
// organisation request starts before office.js has answered, so neither waits for the other.
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createTokenProvider } from './auth/sign-in';
import { themeKindOf, type ThemeKind } from './components/theme';
import { readDocxFile } from './docx-file';
import {
  cachedOrganisation,
  fetchOrganisation,
  fetchPageConfig,
  type OrganisationClientDeps,
} from './organisation-client';
import type { PageConfig } from '../bot/web/api-routes';
import type { LoadedOrganisation } from './organisation-client';
import { isOfficeHosted, loadOfficeJs, officeJsUrl, type OfficeHostEnv } from './office-host';
import type { OrganisationServices } from './use-organisation';
import { detectWord, officeBackground, onOfficeThemeChanged } from './word/office-env';
import { createWordHost } from './word/word-host';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage blocked (private mode, policy): no offline copy then
  }
}

function hostEnv(): OfficeHostEnv {
  const w = window as Window & { agaveHost?: unknown; webkit?: OfficeHostEnv['webkit'] };
  return {
    location: w.location,
    name: w.name,
    sessionStorage: { getItem: (key) => w.sessionStorage.getItem(key) },
    external: w.external,
    agaveHost: w.agaveHost,
    webkit: w.webkit,
  };
}

/**
 * Inside Word: load office.js and wait for it. Outside Office it is never loaded, so the page
 * contacts no one but our server (office.js would reach Microsoft's telemetry service).
 */
async function insideWord(): Promise<boolean> {
  const url = officeJsUrl(document);
  if (!url || !isOfficeHosted(hostEnv())) return false;
  return (await loadOfficeJs(document, url)) && (await detectWord());
}

async function start(): Promise<void> {
  const deps: OrganisationClientDeps = { fetch: window.fetch.bind(window), storage: storage() };
  // Start the requests before office.js has answered: neither waits for the other. In local mode
  // the organisation needs no token, so it is fetched at once as well.
  let config: Promise<PageConfig> | undefined = fetchPageConfig(deps);
  let organisation: Promise<LoadedOrganisation> | undefined = config.then((c) => {
    if (c.mode !== 'local') throw new Error('sign-in first');
    return fetchOrganisation(deps);
  });
  config.catch(() => undefined);
  organisation.catch(() => undefined);
  const inWord = await insideWord();
  performance.mark?.('afspraak:office-ready');
  const host = inWord ? createWordHost() : null;

  const services: OrganisationServices = {
    fetchConfig: () => {
      const first = config;
      config = undefined;
      return first ?? fetchPageConfig(deps);
    },
    fetchOrganisation: (token) => {
      const first = token ? undefined : organisation;
      organisation = undefined;
      return first ? first.catch(() => fetchOrganisation(deps, token)) : fetchOrganisation(deps, token);
    },
    cached: () => cachedOrganisation(deps),
    tokenProvider: (auth) => createTokenProvider(auth, inWord),
  };

  const forced = window.matchMedia('(forced-colors: active)');
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const theme = (): ThemeKind =>
    themeKindOf({
      officeBackground: inWord ? officeBackground() : undefined,
      forcedColors: forced.matches,
      prefersDark: dark.matches,
    });

  const root = createRoot(document.getElementById('root')!);
  const render = () =>
    root.render(<App host={host} services={services} readDocxFile={readDocxFile} theme={theme()} />);
  render();
  forced.addEventListener('change', render);
  dark.addEventListener('change', render);
  if (inWord) onOfficeThemeChanged(render);
}

void start();
