// Links into the Afspraken tab, for the bot's answer cards and the tab itself. Pure: the Teams app
// id comes from the caller (TEAMS_APP_ID on the server, the Teams context in the tab).

/** The Afspraken tab's entityId in the Teams manifest (manifest/templates/teams-manifest.json). */
export const AGREEMENTS_TAB_ENTITY_ID = 'afspraken';
export const PRESS_DESK_TAB_ENTITY_ID = 'persdesk';

/** The sub-entity id that opens one agreement: "afspraak-45". */
export function agreementSubEntityId(number: number): string {
  return `afspraak-${number}`;
}

/** The agreement number a sub-entity id (or a bare number) points at, if any. */
export function agreementFromSubEntityId(subEntityId: string | undefined | null): number | undefined {
  const match = /^(?:afspraak-)?(\d{1,4})$/.exec((subEntityId ?? '').trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * A Teams deep link that opens the Afspraken tab at one agreement, e.g. for "afspraak 45" in an
 * answer card. Format: https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":…}
 * (Teams docs, "Deep links to an application"). `webUrl` is where a browser without Teams goes.
 */
export function agreementDeepLink(teamsAppId: string, number: number, webUrl?: string): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`not an agreement number: ${number}`);
  const context = JSON.stringify({ subEntityId: agreementSubEntityId(number) });
  const params = new URLSearchParams();
  if (webUrl) params.set('webUrl', webUrl);
  params.set('context', context);
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(teamsAppId)}/${AGREEMENTS_TAB_ENTITY_ID}?${params.toString()}`;
}

/** The tab's own address for one agreement in a plain browser: https://<host>/tab/?pagina=afspraken#afspraak-45. */
export function agreementWebUrl(publicOrigin: string, number: number): string {
  return `${publicOrigin.replace(/\/+$/, '')}/tab/?pagina=afspraken#${agreementSubEntityId(number)}`;
}
