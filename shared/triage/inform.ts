// Who must be told, per agreement, as the agreements say it: the people an agreement names to
// consult, to ask for approval, to report back to or to put in copy. The triage's `inform` is the
// union over the agreements it rests on; the communication service is left out when the request
// is handed to it (it receives the request; it is not "informed" of it).
import type { EffectiveOrganisation } from '../organisation/types';
import type { InformRole, TriageRoute } from './types';

const BY_AGREEMENT: Readonly<Record<number, readonly InformRole[]>> = {
  // 42: in a crisis the burgemeester (or the spokesperson, the communication service) speaks.
  42: ['burgemeester'],
  // 43: the communication service keeps the press planning with the college.
  43: ['communicatiedienst'],
  // 47: college, council and bijzonder comité get every press release in copy.
  47: ['college'],
  // 50: the communication service contacts the burgemeester and/or the competent schepen.
  50: ['burgemeester', 'bevoegde-schepen'],
  // 51: a schepen called for a reaction reports back to the burgemeester, the diensthoofd and the service.
  51: ['burgemeester', 'diensthoofd', 'communicatiedienst'],
  // 52: the department answers after feedback to the burgemeester, the schepen and the diensthoofd.
  52: ['burgemeester', 'bevoegde-schepen', 'diensthoofd'],
  // 53: the communication service reports back to the college.
  53: ['college'],
  // 54: only with the consent of the competent mandataris and the communication service.
  54: ['bevoegde-schepen', 'communicatiedienst'],
};

/** 46 depends on the organisation's variant: who approves, or whose quote the release carries. */
function agreement46(org: EffectiveOrganisation): readonly InformRole[] {
  const a46 = org.byNumber.get(46);
  if (!a46) return [];
  if (a46.variant === 1) return ['bevoegde-schepen', 'burgemeester'];
  if (a46.variant === 2) return ['bevoegde-schepen'];
  return ['burgemeester', 'algemeen-directeur', 'diensthoofd'];
}

/** The roles one adopted agreement says must be told; none for an agreement the organisation omitted. */
export function informFor(n: number, org: EffectiveOrganisation): readonly InformRole[] {
  if (!org.byNumber.has(n)) return [];
  return n === 46 ? agreement46(org) : (BY_AGREEMENT[n] ?? []);
}

/** The union over the agreements, in their order, without the service when the request goes to it. */
export function informRoles(
  agreements: readonly number[],
  route: TriageRoute,
  org: EffectiveOrganisation,
): InformRole[] {
  const roles = new Set(agreements.flatMap((n) => informFor(n, org)));
  if (route === 'communicatiedienst') roles.delete('communicatiedienst');
  return [...roles];
}
