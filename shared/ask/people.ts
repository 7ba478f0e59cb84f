// Who to involve for an answer, by role and with the organisation's names and contacts, for the
// reply and for the bot's card.
import type { Role } from '../catalogue/types';
import { describeRole, peopleByRole, competentMandataries } from '../organisation/people';
import type { EffectiveOrganisation, Person, PersonRole } from '../organisation/types';
import type { Answer } from './types';

export interface InvolvedPerson {
  role: string;
  /** Dutch phrase with names and contact: 'burgemeester An Peeters', 'de dienst Communicatie (…)'. */
  label: string;
  /** The named people behind the role, when the organisation file names them. */
  people: Person[];
}

const PERSON_ROLES = new Set<string>([
  'burgemeester',
  'algemeen-directeur',
  'communicatieverantwoordelijke',
  'gemeenteraadsvoorzitter',
  'voorzitter-bijzonder-comite',
  'diensthoofd',
]);

/** The roles in an answer's `who`, with names and contacts from the organisation file. */
export function involvedPeople(
  answer: Answer,
  org: EffectiveOrganisation,
  subject: string = '',
): InvolvedPerson[] {
  return answer.who.map((role) => {
    let people: Person[] = [];
    if (role === 'bevoegde-schepen' || role === 'bevoegde-mandataris') {
      people = subject ? competentMandataries(org, subject) : [];
      if (role === 'bevoegde-schepen') people = people.filter((p) => p.role === 'schepen');
    } else if (role === 'communicatiedienst') {
      people = peopleByRole(org, 'communicatieverantwoordelijke');
    } else if (PERSON_ROLES.has(role)) {
      people = peopleByRole(org, role as PersonRole);
    }
    const label = describeRole(role as Role, org, { withContact: true, ...(subject ? { subject } : {}) });
    return { role, label, people };
  });
}
