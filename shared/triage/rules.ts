// Route, agreements and who to inform per kind of press situation, from the organisation's
// effective agreements: an omitted agreement is never cited, and a variant changes who approves.
import type { EffectiveOrganisation } from '../organisation/types';
import type { Classification } from './classify';
import type { InformRole, TriageKind, TriageRoute } from './types';

export interface Decision {
  kind: TriageKind;
  route: TriageRoute;
  /** Adopted agreements the answer rests on, main one first. */
  agreements: number[];
  inform: InformRole[];
  /** Agreements that would apply but were not adopted by this organisation. */
  notAdopted: number[];
  /** Why the route differs from the catalogue's default, when it does. */
  fallback?: 'no-52' | 'exception-45';
}

interface Rule {
  agreements: number[];
  route: TriageRoute;
  inform: InformRole[];
}

const RULES: Record<TriageKind, Rule> = {
  // 50: the service contacts the burgemeester and/or the competent schepen.
  'reactie-of-standpunt': {
    agreements: [50],
    route: 'communicatiedienst',
    inform: ['communicatiedienst', 'burgemeester', 'bevoegde-schepen'],
  },
  // 52: the department may answer, after feedback to burgemeester, schepen and diensthoofd.
  'informatieve-vraag': {
    agreements: [52],
    route: 'dienst',
    inform: ['burgemeester', 'bevoegde-schepen', 'diensthoofd'],
  },
  // 54: only after consultation with and explicit consent of the mandataris and the service.
  interview: {
    agreements: [54],
    route: 'communicatiedienst',
    inform: ['communicatiedienst', 'bevoegde-schepen'],
  },
  // 53: always to the service, which reports back to the college.
  beeldopname: { agreements: [53], route: 'communicatiedienst', inform: ['communicatiedienst', 'college'] },
  // 55: all media deals and adverts, paid and free.
  'advertentie-of-mediadeal': {
    agreements: [55],
    route: 'communicatiedienst',
    inform: ['communicatiedienst'],
  },
  // 44-48: the service writes, decides on newsworthiness, sends; 46 says who approves; 47 who is in copy.
  'persbericht-versturen': {
    agreements: [44, 45, 46, 47, 48],
    route: 'communicatiedienst',
    inform: ['communicatiedienst'],
  },
  // 49: the service helps judge whether a press conference is worth it.
  persconferentie: { agreements: [49], route: 'communicatiedienst', inform: ['communicatiedienst'] },
  'geen-persvraag': { agreements: [], route: 'geen', inform: [] },
};

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function decide(c: Classification, org: EffectiveOrganisation): Decision {
  const rule = RULES[c.kind];
  const adopted = (n: number) => org.byNumber.has(n);
  let agreements = [...rule.agreements];
  let inform = [...rule.inform];
  let route = rule.route;
  let fallback: Decision['fallback'];

  switch (c.kind) {
    case 'reactie-of-standpunt':
      // 51: a schepen called directly reports to the burgemeester, the diensthoofd and the service.
      if (c.schepenCalled) {
        agreements = [51, 50];
        inform = ['burgemeester', 'diensthoofd', 'communicatiedienst', 'bevoegde-schepen'];
      }
      break;
    case 'interview':
      // An interview with a mandataris goes through the service, which contacts them (50).
      if (c.mandataryInterview) agreements = [54, 50];
      else inform = ['communicatiedienst', 'bevoegde-schepen', 'diensthoofd'];
      break;
    case 'informatieve-vraag':
      // Without 52 nothing lets the department answer itself: 50 sends every press question on.
      if (!adopted(52)) {
        route = 'communicatiedienst';
        agreements = [50];
        inform = ['communicatiedienst', 'burgemeester', 'bevoegde-schepen'];
        fallback = 'no-52';
      }
      break;
    case 'persbericht-versturen': {
      const a46 = org.byNumber.get(46);
      // 46: main text -> burgemeester, algemeen directeur, betrokken dienst; variant 1 -> schepen
      // reads, burgemeester approves; variant 2 -> a quote of the mandataris.
      if (a46?.variant === 1) inform.push('bevoegde-schepen', 'burgemeester');
      else if (a46?.variant === 2) inform.push('bevoegde-schepen');
      else if (a46) inform.push('burgemeester', 'algemeen-directeur', 'diensthoofd');
      // 47: members of the college (and council, bijzonder comité) in copy.
      if (adopted(47)) inform.push('college');
      // 45 variant: agreed exceptions (the cultuurcentrum about its own programme) send themselves.
      if (org.byNumber.get(45)?.variant === 1 && / cultuurcentrum\S* /.test(c.prepared)) {
        route = 'dienst';
        fallback = 'exception-45';
      }
      break;
    }
    default:
      break;
  }

  const notAdopted = agreements.filter((n) => !adopted(n));
  return {
    kind: c.kind,
    route,
    agreements: agreements.filter(adopted),
    inform: uniq(inform),
    notAdopted,
    ...(fallback ? { fallback } : {}),
  };
}
