// Whether the page is hosted by Office, decided before office.js is loaded: outside Office the
// pane promises "Je tekst blijft op je computer", and office.js would still try to reach
// Microsoft's telemetry service. So office.js is loaded only when an Office host opened the page.
//
// The signals are the ones office.js itself reads to find its host (OSF _retrieveHostInfo and
// getAppContext in @microsoft/office-js): the `_host_Info` query parameter (Office on the web,
// and desktop Office on its SourceLocation), the cross-frame `_xdm_Info` (Office on the web), the
// host info Office keeps in window.name or sessionStorage after a navigation inside the add-in,
// and the objects a desktop host injects into its web view (window.external.GetHostInfo or
// GetContext on Windows, agaveHost, the Agave message handler on Mac).

export interface OfficeHostEnv {
  location: { search: string; hash: string };
  name: string;
  sessionStorage?: Pick<Storage, 'getItem'>;
  external?: unknown;
  agaveHost?: unknown;
  webkit?: { messageHandlers?: Record<string, unknown> };
}

const hasMethod = (o: unknown, name: string): boolean =>
  typeof o === 'object' && o !== null && typeof (o as Record<string, unknown>)[name] !== 'undefined';

function windowNameHostInfo(name: string): boolean {
  if (!name || !name.trimStart().startsWith('{')) return false;
  try {
    const parsed: unknown = JSON.parse(name);
    return hasMethod(parsed, 'hostInfo') || hasMethod(parsed, 'xdmInfo');
  } catch {
    return false;
  }
}

function storedHostInfo(storage: OfficeHostEnv['sessionStorage']): boolean {
  try {
    return Boolean(storage?.getItem('hostInfoValue'));
  } catch {
    return false; // storage blocked: no stored host info then
  }
}

/** True when an Office host (Word on the web, Windows, Mac or iPad) opened this page. */
export function isOfficeHosted(env: OfficeHostEnv): boolean {
  const url = `${env.location.search}${env.location.hash}`;
  if (/[?&#]_host_Info=/i.test(url) || /[?&#]_xdm_Info=/i.test(url)) return true;
  if (windowNameHostInfo(env.name)) return true;
  if (storedHostInfo(env.sessionStorage)) return true;
  if (hasMethod(env.external, 'GetHostInfo') || hasMethod(env.external, 'GetContext')) return true;
  if (env.agaveHost !== undefined && env.agaveHost !== null) return true;
  return hasMethod(env.webkit?.messageHandlers, 'Agave');
}

/** The office.js address the server wrote into the page (`<meta name="office-js">`). */
export function officeJsUrl(doc: Document): string | undefined {
  const url = doc.querySelector('meta[name="office-js"]')?.getAttribute('content')?.trim();
  // The placeholder left as it is means the page was not served by our server (opened from disk).
  return url && !url.startsWith('%') ? url : undefined;
}

/** Loads office.js; resolves true once it ran, false when it could not be loaded. */
export function loadOfficeJs(doc: Document, url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const script = doc.createElement('script');
    script.src = url;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    doc.head.append(script);
  });
}
