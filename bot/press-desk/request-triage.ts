// The triage of a stored or submitted request, redone on the server from its words (never taken
// from a card's data): the description decides the kind; who is competent is read from all the
// request's text, so "Hoeveel bezoekers had de bib?" in the question names the schepen for it.
// Where the description left open whether only facts are asked, the staff member's answer (the
// kind the card carries) settles it; it never overrides what the description says.
import type { EffectiveOrganisation } from '../../shared/organisation';
import { triageDetailed, type FactsOrView } from '../../shared/triage';

/** The staff member's answer to "only facts, or a view?", if the value is one (card data). */
export function factsOrView(value: unknown): FactsOrView | undefined {
  return value === 'informatieve-vraag' || value === 'reactie-of-standpunt' ? value : undefined;
}

export function requestTriage(
  org: EffectiveOrganisation,
  description: string,
  question: string,
  department?: string,
  answered?: unknown,
) {
  const assume = factsOrView(answered);
  const alsoAbout = { alsoAbout: [question, department], ...(assume ? { assume } : {}) };
  const details = triageDetailed(description, org, alsoAbout);
  return details.result.kind === 'geen-persvraag'
    ? triageDetailed(`Een journalist vraagt: ${question}`, org, alsoAbout)
    : details;
}
