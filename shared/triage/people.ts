// The people behind the roles a triage names: the burgemeester by name, the competent schepen
// through the portfolios in the organisation file (subject words expanded by subjects.ts), the
// diensthoofd whose department covers the subject, and the communication service's contact.
import {
  competentMandataries,
  describeRole,
  matchingPortfolio,
  peopleByRole,
  personRoleLabel,
} from '../organisation/people';
import type { EffectiveOrganisation, Person } from '../organisation/types';
import { subjectTerms } from './subjects';
import type { InformRole } from './types';

export interface InformEntry {
  role: InformRole;
  /** Dutch phrase with names: 'burgemeester An Peeters', 'schepen Sofie Claes (sport)'. */
  label: string;
  /** The named people, empty when the organisation file names nobody for the role. */
  people: Person[];
}

// Words whose start looks like a portfolio item but are not about it (natuurlijk ≠ natuur).
const FALSE_FRIENDS = new Set([
  'natuurlijk',
  'verkeerd',
  'verkeerde',
  'wegens',
  'behandeling',
  'behandelen',
  'behandelt',
  'transport',
  'communicatiedienst',
  'communicatie',
  'gemeente',
  'personeelslid',
]);

/** Subject words of a prepared description: its words plus the portfolio terms they point to. */
export function subjectWords(prepared: string): string[] {
  const all = prepared.trim().split(' ');
  const raw = all.filter((w) => w.length >= 4 && !FALSE_FRIENDS.has(w));
  return [...new Set([...subjectTerms(all), ...raw])];
}

export function competentSchepenen(org: EffectiveOrganisation, subject: readonly string[]): Person[] {
  if (!subject.length) return [];
  return competentMandataries(org, subject).filter((p) => p.role !== 'burgemeester');
}

export function competentDepartmentHeads(org: EffectiveOrganisation, subject: readonly string[]): Person[] {
  if (!subject.length) return [];
  return peopleByRole(org, 'diensthoofd').filter(
    (p) =>
      matchingPortfolio(p, subject).length > 0 ||
      (p.department !== undefined &&
        matchingPortfolio({ ...p, portfolio: [p.department] }, subject).length > 0),
  );
}

const names = (people: Person[]) => people.map((p) => p.name).join(' of ');

export function describeInform(
  role: InformRole,
  org: EffectiveOrganisation,
  subject: readonly string[],
): InformEntry {
  switch (role) {
    case 'bevoegde-schepen': {
      const schepenen = competentSchepenen(org, subject);
      if (schepenen.length) {
        const label = schepenen
          .map((p) => {
            const items = matchingPortfolio(p, subject);
            const title = personRoleLabel(p.role);
            return `${title} ${p.name}${items.length ? ` (${items.join(', ')})` : ''}`;
          })
          .join(' of ');
        return { role, label, people: schepenen };
      }
      // The burgemeester may hold the portfolio (veiligheid, burgerzaken …).
      const mayor = peopleByRole(org, 'burgemeester').filter((p) => matchingPortfolio(p, subject).length);
      if (mayor.length)
        return {
          role,
          label: `burgemeester ${names(mayor)} (bevoegd voor ${matchingPortfolio(mayor[0], subject).join(', ')})`,
          people: mayor,
        };
      return { role, label: 'de bevoegde schepen', people: [] };
    }
    case 'diensthoofd': {
      const heads = competentDepartmentHeads(org, subject);
      if (heads.length)
        return {
          role,
          label: heads
            .map((p) => `diensthoofd ${p.name}${p.department ? ` (${p.department})` : ''}`)
            .join(' of '),
          people: heads,
        };
      return { role, label: 'het betrokken diensthoofd', people: [] };
    }
    case 'burgemeester': {
      const people = peopleByRole(org, 'burgemeester');
      return { role, label: people.length ? `burgemeester ${names(people)}` : 'de burgemeester', people };
    }
    case 'algemeen-directeur': {
      const people = peopleByRole(org, 'algemeen-directeur');
      return {
        role,
        label: people.length ? `algemeen directeur ${names(people)}` : 'de algemeen directeur',
        people,
      };
    }
    case 'communicatiedienst': {
      const people = peopleByRole(org, 'communicatieverantwoordelijke');
      return { role, label: describeRole('communicatiedienst', org), people };
    }
    case 'college':
      return { role, label: 'het college van burgemeester en schepenen', people: [] };
  }
}

/**
 * describeInform for one situation, remembered per role: the reply names the same roles several
 * times and the press desk card lists them again, and finding the competent people reads every
 * portfolio of the organisation file.
 */
export function informDescriber(
  org: EffectiveOrganisation,
  subject: readonly string[],
): (role: InformRole) => InformEntry {
  const seen = new Map<InformRole, InformEntry>();
  return (role) => {
    let entry = seen.get(role);
    if (!entry) {
      entry = describeInform(role, org, subject);
      seen.set(role, entry);
    }
    return entry;
  };
}
