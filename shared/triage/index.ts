// Triage of a press or media situation (CONTRACT §2 `triage`): kind, route, agreements, who to
// inform and the reply, from the organisation's effective agreements.
import type { EffectiveOrganisation } from '../organisation/types';
import { classify } from './classify';
import { informDescriber, subjectWords, type InformEntry } from './people';
import { buildReply, factsOrViewQuestion } from './reply';
import { decide } from './rules';
import { prepare } from './text';
import type { TriageKind, TriageResult } from './types';

export type {
  InformRole,
  TriageChoice,
  TriageClarification,
  TriageKind,
  TriageResult,
  TriageRoute,
} from './types';
export type { InformEntry } from './people';
export { isPressSituation } from './recognise';
export { MEDIA } from './media';

/** What the bot needs beyond the contract's result: names, the medium, the subject words. */
export interface TriageDetails {
  result: TriageResult;
  /** Each role to inform with the organisation's names (the press desk card lists them). */
  informPeople: InformEntry[];
  /** The named medium, for prefilling the press desk form. */
  medium?: string;
  /** Words used to find the competent schepen and diensthoofd. */
  subject: string[];
  /** Agreements that would apply but the organisation did not adopt. */
  notAdopted: number[];
}

export interface TriageOptions {
  /**
   * More text about the same situation (the press desk form's question and department): read
   * only for who is competent (the schepen, the diensthoofd), never for the kind or route, which
   * the staff member's description decides.
   */
  alsoAbout?: readonly (string | undefined)[];
  /**
   * The staff member's answer to the question back (`clarify`): only facts are asked, or a view.
   * Read only when the description left that open; it never overrides what the words say.
   */
  assume?: FactsOrView;
}

/** The kinds a question back chooses between. */
export type FactsOrView = Extract<TriageKind, 'informatieve-vraag' | 'reactie-of-standpunt'>;

export function triageDetailed(
  description: string,
  org: EffectiveOrganisation,
  options: TriageOptions = {},
): TriageDetails {
  const read = classify(description);
  const c = read.unsure && options.assume ? { ...read, kind: options.assume, unsure: false } : read;
  const d = decide(c, org);
  const more = (options.alsoAbout ?? []).filter((t): t is string => Boolean(t?.trim()));
  const subject = subjectWords([c.prepared, ...more.map(prepare)].join(' ').replace(/\s+/g, ' '));
  const describe = informDescriber(org, subject);
  const result: TriageResult = {
    kind: d.kind,
    route: d.route,
    agreements: d.agreements,
    inform: d.inform,
    reply: buildReply(c, d, org, describe),
    ...(d.factsOrView
      ? { clarify: factsOrViewQuestion(decide({ ...c, kind: 'informatieve-vraag' }, org)) }
      : {}),
  };
  return {
    result,
    informPeople: oncePerPerson(d.inform.map(describe)),
    ...(c.medium ? { medium: c.medium } : {}),
    subject,
    notAdopted: d.notAdopted,
  };
}

/**
 * One entry per person: where the competent mandataris is the burgemeester (veiligheid, brandweer)
 * and the burgemeester is to be told as well, the card and the CLI list her once, under the first
 * role. The contract's `inform` keeps both roles, as the agreements name them.
 */
function oncePerPerson(entries: InformEntry[]): InformEntry[] {
  const key = (e: InformEntry) =>
    e.people
      .map((p) => p.name)
      .sort()
      .join('|');
  const seen = new Set<string>();
  return entries.filter((e) => {
    if (!e.people.length) return true;
    if (seen.has(key(e))) return false;
    seen.add(key(e));
    return true;
  });
}

export function triage(description: string, org: EffectiveOrganisation): TriageResult {
  return triageDetailed(description, org).result;
}
