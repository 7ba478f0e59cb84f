// The triage of a stored or submitted request, redone on the server from its words (never taken
// from a card's data): the description decides the kind; who is competent is read from all the
// request's text, so "Hoeveel bezoekers had de bib?" in the question names the schepen for it.
import type { EffectiveOrganisation } from '../../shared/organisation';
import { triageDetailed } from '../../shared/triage';

export function requestTriage(
  org: EffectiveOrganisation,
  description: string,
  question: string,
  department?: string,
) {
  const alsoAbout = { alsoAbout: [question, department] };
  const details = triageDetailed(description, org, alsoAbout);
  return details.result.kind === 'geen-persvraag'
    ? triageDetailed(`Een journalist vraagt: ${question}`, org, alsoAbout)
    : details;
}
