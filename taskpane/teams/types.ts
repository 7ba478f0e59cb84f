// What the tab knows about its host, as plain values: components never see teams-js.

export type TabTheme = 'default' | 'dark' | 'contrast';

export interface TabContext {
  /** True inside Teams (desktop, web or mobile); false in a plain browser ("browser mode"). */
  inTeams: boolean;
  /** The Teams app id from the manifest (for deep links); absent in browser mode. */
  teamsAppId?: string;
  user?: { id?: string; name?: string; userPrincipalName?: string };
  tenantId?: string;
  /** BCP 47, e.g. nl-be. */
  locale: string;
  theme: TabTheme;
  /** The static tab's entityId ('afspraken', 'persdesk') when Teams opened one. */
  pageId?: string;
  /** From a deep link: the sub-entity to open ('afspraak-45'). */
  subPageId?: string;
}

export interface TeamsHost {
  readonly context: TabContext;
  /** Called when the user switches Teams' theme; returns a function that stops listening. */
  onThemeChange(handler: (theme: TabTheme) => void): () => void;
  /** A Teams SSO token for our API; rejects outside Teams or when sign-in fails. */
  getAuthToken(): Promise<string>;
  /** Opens a link (a Teams deep link inside Teams, a new browser tab otherwise). */
  openLink(url: string): Promise<void>;
  /**
   * On a channel tab's configuration page: offers this tab to Teams, which adds it when the user
   * presses Save. Absent outside Teams' configuration frame.
   */
  offerChannelTab?(tab: ChannelTab): void;
}

/** A channel tab as Teams stores it (pages.config.setConfig). */
export interface ChannelTab {
  entityId: string;
  contentUrl: string;
  websiteUrl: string;
  suggestedDisplayName: string;
}
