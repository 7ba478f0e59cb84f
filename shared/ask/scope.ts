// What ask ranks over: the organisation's agreements plus the catalogue agreements it left out of
// its note. A question about an omitted agreement (67 in Zilverbeek's note) must find that agreement,
// not its nearest neighbour, so the reply can say the note has no agreement about it.
import { effectiveOrganisation } from '../organisation/effective';
import type { EffectiveOrganisation } from '../organisation/types';

const cache = new WeakMap<EffectiveOrganisation, EffectiveOrganisation>();

export function rankingScope(org: EffectiveOrganisation): EffectiveOrganisation {
  if (!org.omitted.length) return org;
  let scope = cache.get(org);
  if (!scope) {
    const o = org.organisation;
    scope = effectiveOrganisation({ ...o, agreements: { ...o.agreements, omit: [] } });
    cache.set(org, scope);
  }
  return scope;
}

/** Whether the agreement is one the organisation left out of its note. */
export function isOmitted(org: EffectiveOrganisation, agreement: number): boolean {
  return org.omitted.includes(agreement);
}
