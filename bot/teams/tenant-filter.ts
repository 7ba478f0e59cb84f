// Which Microsoft 365 tenants the bot serves. In production the Bot Framework token proves the
// activity came through Teams, but not from which organisation: any tenant could install the app.
// Only ALLOWED_TENANTS are served; the others get a polite refusal and nothing is stored.
/** The fields a tenant is read from: a botbuilder activity and the port's IncomingActivity have them. */
type TenantFields = { channelData?: unknown; conversation?: { tenantId?: string } };

export interface TenantFilter {
  /** True when this activity's tenant may use the bot. */
  allows(activity: TenantFields): boolean;
}

/** What channelData says the tenant is: anything, when the field is there (only a string can be one). */
function channelTenant(activity: TenantFields): unknown {
  return (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
}

/** The tenant an activity comes from: Teams puts it in channelData and (newer) on the conversation. */
export function tenantOf(activity: TenantFields): string | undefined {
  const fromChannel = channelTenant(activity);
  const id = typeof fromChannel === 'string' ? fromChannel : activity.conversation?.tenantId;
  return id ? id.toLowerCase() : undefined;
}

/** Stands for a tenant field that is there but not a string: it can never be an allowed tenant. */
const NOT_A_TENANT = '\u0000';

/** Every tenant the activity names, in lower case; an empty, null or absent field names none. */
function namedTenants(activity: TenantFields): Set<string> {
  const named = new Set<string>();
  for (const t of [channelTenant(activity), activity.conversation?.tenantId]) {
    if (t === undefined || t === null || t === '') continue;
    named.add(typeof t === 'string' ? t.toLowerCase() : NOT_A_TENANT);
  }
  return named;
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
      // One tenant named, and allowed; none named leaves `tenant` undefined, which is never allowed.
      const [tenant, ...others] = namedTenants(activity);
      return others.length === 0 && allowed.has(tenant);
    },
  };
}
