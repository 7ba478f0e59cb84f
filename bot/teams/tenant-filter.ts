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

/** An empty list serves everyone (local mode); otherwise an activity without a tenant is refused. */
export function createTenantFilter(allowedTenants: readonly string[]): TenantFilter {
  const allowed = new Set(allowedTenants.map((t) => t.toLowerCase()));
  return {
    allows(activity) {
      if (allowed.size === 0) return true;
      const tenant = tenantOf(activity);
      return tenant !== undefined && allowed.has(tenant);
    },
  };
}
