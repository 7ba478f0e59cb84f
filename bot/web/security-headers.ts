// The response headers that tell browsers what the pages may do and who may frame them.
//
// The task pane and the tab run inside Microsoft's clients, so frame-ancestors lists the hosts that
// frame them (Microsoft's "tab requirements" page for Teams, Outlook and Microsoft 365, plus
// Office on the web for the Word pane, whose frame sits in SharePoint, OneDrive or Teams). A
// browser checks every ancestor of the frame against the list, so each host in the chain is here.
// Scripts come from this server only, plus office.js from Microsoft's CDN in production; the pages
// talk to this server and, signing in with MSAL, to Entra ID's login host. API answers get a policy
// that allows nothing and may not be framed at all.

/** Hosts allowed to frame the pane and the tab (https only). */
export const FRAME_ANCESTORS = [
  // Teams (web and desktop), and the cloud.microsoft domain Microsoft 365 clients move to.
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  // Microsoft 365 app and Outlook.
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
  // Word on the web: its editor frame, and the SharePoint or OneDrive page around it.
  'https://*.officeapps.live.com',
  'https://*.sharepoint.com',
  'https://onedrive.live.com',
] as const;

/**
 * Where teams-js fetches the list of valid Teams host origins when the tab is framed (seen in the
 * browser test: res.cdn.office.net/teams-js/validDomains/…); blocking it breaks host detection.
 */
export const TEAMS_JS_DOMAINS_ORIGIN = 'https://res.cdn.office.net';

/** Entra ID's sign-in host: MSAL fetches tokens there and renews them in a hidden frame. */
export const SIGN_IN_ORIGIN = 'https://login.microsoftonline.com';

export interface PagePolicyOptions {
  mode: 'local' | 'production';
  /** Where the pages load office.js from (a path on this server, or Microsoft's CDN). */
  officeJsUrl: string;
}

/** The Content-Security-Policy of the task pane and tab pages. */
export function pageContentSecurityPolicy(options: PagePolicyOptions): string {
  const officeJs = /^https?:\/\//.test(options.officeJsUrl) ? [new URL(options.officeJsUrl).origin] : [];
  const signIn = options.mode === 'production' ? [SIGN_IN_ORIGIN] : [];
  return [
    "default-src 'self'",
    `script-src 'self' ${officeJs.join(' ')}`.trim(),
    // Fluent UI (Griffel) writes its styles into <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' ${[TEAMS_JS_DOMAINS_ORIGIN, ...signIn].join(' ')}`,
    `frame-src 'self' ${signIn.join(' ')}`.trim(),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors 'self' ${FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

/** An answer that is data, never a page: it loads nothing and is framed by no one. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** The headers for a response to `path`. */
export function securityHeaders(path: string, options: PagePolicyOptions): Record<string, string> {
  const page = /^\/(taskpane|tab)(\/|$)/.test(path);
  return {
    'X-Content-Type-Options': 'nosniff',
    // Page addresses carry the tab's state (pagina=…); other sites need not see them.
    'Referrer-Policy': 'same-origin',
    'Content-Security-Policy': page ? pageContentSecurityPolicy(options) : API_CONTENT_SECURITY_POLICY,
    ...(options.mode === 'production' ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}
