// Who may compose the note: the communicatieverantwoordelijke of the note in force and the members
// of the communication service (PRESS_DESK_MEMBERS), the same rule as the press desk
// (bot/press-desk/members.ts). Production: the Entra ID token is validated by bot/api/auth.ts and
// the caller is who it names; local mode has no sign-in and acts as the communicatieverantwoordelijke.
import { peopleByRole } from '../../shared/organisation/people';
import type { EffectiveOrganisation } from '../../shared/organisation/types';
import { AuthError, type TokenValidator } from '../api/auth';
import { createMembership } from '../press-desk/members';
import type { Author } from './version-store';

export class NoteHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** Dutch, for the person in the tab. */
    message: string,
    readonly fields?: unknown[],
  ) {
    super(message);
    this.name = 'NoteHttpError';
  }
}

export const NOT_MEMBER_MESSAGE =
  'Alleen de communicatieverantwoordelijke en de communicatiedienst kunnen de afsprakennota ' +
  'samenstellen. Heb je een vraag over een afspraak? Stel ze aan de bot in Teams.';

export interface AccessDeps {
  mode: 'local' | 'production';
  /** Required in production. */
  validateToken?: TokenValidator;
  /** PRESS_DESK_MEMBERS: Entra object ids, e-mail addresses or UPNs. */
  members: readonly string[];
  /** The note in force: its communicatieverantwoordelijke counts as a member. */
  organisation: () => EffectiveOrganisation;
}

/** Resolves the caller of a request to an author, or throws AuthError / NoteHttpError (403). */
export function createNoteAccess(deps: AccessDeps): (authorization: string | undefined) => Promise<Author> {
  if (deps.mode === 'production' && !deps.validateToken)
    throw new Error('note access: production mode needs a token validator');
  return async (authorization) => {
    const org = deps.organisation();
    if (deps.mode === 'local') return localAuthor(org);
    const identity = await deps.validateToken!(authorization);
    const actor = {
      id: identity.objectId,
      aadObjectId: identity.objectId,
      name: identity.name,
      ...(identity.username ? { email: identity.username } : {}),
    };
    if (!(await createMembership(deps.members, org).isMember(actor)))
      throw new NoteHttpError(403, 'not_member', NOT_MEMBER_MESSAGE);
    return { name: identity.name ?? identity.username ?? identity.objectId, id: identity.objectId };
  };
}

/** Local mode: the note's communicatieverantwoordelijke by name, as the tab says it acts. */
function localAuthor(org: EffectiveOrganisation): Author {
  const officer = peopleByRole(org, 'communicatieverantwoordelijke')[0];
  return { name: officer ? `${officer.name} (lokaal)` : 'Lokale gebruiker', id: 'lokale-gebruiker' };
}

export { AuthError };
