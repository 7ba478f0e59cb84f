// Which Microsoft 365 tenants the bot serves. In production the Bot Framework token proves the
// activity came through Teams, but not from which organisation: any tenant could install the app.
// Only ALLOWED_TENANTS are served; the others get a polite refusal and nothing is stored.
/** The fields a tenant is read from: a botbuilder activity and the port's IncomingActivity have them. */
type TenantFields = { channelData?: unknown; conversation?: { tenantId?: string } };

export interface TenantFilter {
  /** True when this activity's tenant may use the bot. */
  allows(activity: TenantFields): boolean;
}

/** The tenant an activity comes from: Teams puts it in channelData and (newer) on the conversation. */
export function tenantOf(activity: TenantFields): string | undefined {
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const id = typeof fromChannel === 'string' ? fromChannel : activity.conversation?.tenantId;
  return id ? id.toLowerCase() : undefined;
}

/**
 * Every tenant the activity names (lower case). A field that is there but not a string is kept
 * as is, so that it can never pass for an allowed tenant; an empty string counts as absent.
 */
function namedTenants(activity: TenantFields): unknown[] {
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return [fromChannel, activity.conversation?.tenantId]
    .filter((t) => t !== undefined && t !== null && t !== '')
    .map((t) => (typeof t === 'string' ? t.toLowerCase() : t));
}

/**
 * An empty list serves everyone (local mode); otherwise the activity must name a tenant, and
 * every place that names one must name the same allowed tenant: an activity that claims ours in
 * channelData and another one on the conversation is refused.
 */
export function createTenantFilter(allowedTenants: readonly string[]): TenantFilter {
  const allowed = new Set(allowedTenants.map((t) => t.toLowerCase()));
  return {
    allows(activity) {
      if (allowed.size === 0) return true;
      const named = namedTenants(activity);
      return (
        named.length > 0 && new Set(named).size === 1 && typeof named[0] === 'string' && allowed.has(named[0])
      );
    },
  };
}
