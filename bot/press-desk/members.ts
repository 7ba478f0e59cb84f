// Who counts as the communication service on the press desk: the people in PRESS_DESK_MEMBERS
// (Entra object ids, e-mail addresses or UPNs) and the organisation file's
// communicatieverantwoordelijke (by e-mail). Everyone else is refused and changes nothing.
// The note is read at every check, so a newly published communicatieverantwoordelijke counts at once.
import { peopleByRole } from '../../shared/organisation/people';
import type { EffectiveOrganisation } from '../../shared/organisation/types';
import type { Actor } from './types';

export interface Membership {
  isMember(actor: Actor): Promise<boolean>;
  /** Whether anyone at all is configured (else the desk tells how to configure it). */
  configured: boolean;
  /** Some members are given by e-mail/UPN: the bot must look up a user's e-mail to match them. */
  needsEmail: boolean;
}

/** Looks up the e-mail/UPN of a Teams user when the activity does not carry it. */
export type EmailLookup = (actor: Actor) => Promise<string | undefined>;

export function createMembership(
  configured: readonly string[],
  org: EffectiveOrganisation | (() => EffectiveOrganisation),
  lookupEmail?: EmailLookup,
  /** Local mode with PRESS_DESK_LOCAL=iedereen only (bot/config.ts refuses it in production). */
  everyone = false,
): Membership {
  if (everyone) return { configured: true, needsEmail: false, isMember: async () => true };
  const fixed = configured.map((s) => s.trim().toLowerCase()).filter(Boolean);
  const memberIds = () => {
    const ids = new Set(fixed);
    for (const p of peopleByRole(typeof org === 'function' ? org() : org, 'communicatieverantwoordelijke'))
      if (p.email) ids.add(p.email.toLowerCase());
    return ids;
  };
  return {
    get configured() {
      return memberIds().size > 0;
    },
    get needsEmail() {
      return [...memberIds()].some((s) => s.includes('@'));
    },
    async isMember(actor) {
      const ids = memberIds();
      const needsEmail = [...ids].some((s) => s.includes('@'));
      const direct = [actor.id, actor.aadObjectId, actor.email].filter((x): x is string => Boolean(x));
      if (direct.some((x) => ids.has(x.toLowerCase()))) return true;
      if (!needsEmail || actor.email || !lookupEmail) return false;
      const email = await lookupEmail(actor).catch(() => undefined);
      return email !== undefined && ids.has(email.toLowerCase());
    },
  };
}
