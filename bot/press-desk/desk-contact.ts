// Whom a staff member asks to join the press desk: the communication service by the name and
// contact details in the organisation file, and its communicatieverantwoordelijke by name. Never a
// setting's name: the person reading this is not the one who runs the server.
import { describeRole, serviceContact } from '../../shared/organisation/people';
import type { EffectiveOrganisation } from '../../shared/organisation/types';

export function whomToAsk(org: EffectiveOrganisation): string {
  const service = describeRole('communicatiedienst', org, { withContact: true });
  const person = serviceContact(org).person;
  return person ? `${person.name} (communicatieverantwoordelijke) of ${service}` : service;
}
