// Entry of the Teams tab (built by taskpane/build.ts into taskpane/dist/tab/, served at /tab/).
import { createRoot } from 'react-dom/client';
import { connectTeams } from '../teams';
import { createTabApi } from './api';
import { TabApp } from './app';
import { createAgreementSearch } from './search-with-examples';

async function start(): Promise<void> {
  const search = createAgreementSearch();
  const host = await connectTeams();
  const bootstrap = createTabApi();
  // Production asks Teams for an SSO token per call (Teams caches it); local mode needs none.
  const config = await bootstrap.config().catch(() => ({ mode: 'local' as const }));
  const api =
    config.mode === 'production' && host.context.inTeams
      ? createTabApi({ token: () => host.getAuthToken() })
      : bootstrap;
  createRoot(document.getElementById('root')!).render(<TabApp host={host} api={api} search={search} />);
}

void start();
