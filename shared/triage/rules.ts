// Route and agreements per kind of press situation, from the organisation's effective
// agreements: an omitted agreement is never cited, and a variant changes who approves. Who must be
// informed follows from the agreements cited (inform.ts).
import type { EffectiveOrganisation } from '../organisation/types';
import type { Classification } from './classify';
import { informRoles } from './inform';
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
  /**
   * Facts only (52, the department answers) or a view (50, the service): the description does not
   * say. Set only when the organisation adopted 52, so the answer really changes the route.
   */
  factsOrView?: boolean;
}

interface Rule {
  agreements: number[];
  route: TriageRoute;
}

const RULES: Record<TriageKind, Rule> = {
  // 50: the press asks a department for a reaction or with a question: the service handles it.
  'reactie-of-standpunt': { agreements: [50], route: 'communicatiedienst' },
  // 52: purely informative questions the department may answer itself.
  'informatieve-vraag': { agreements: [52], route: 'dienst' },
  // 54: only after consultation with and explicit consent of the mandataris and the service.
  interview: { agreements: [54], route: 'communicatiedienst' },
  // 53: always to the service, which reports back to the college.
  beeldopname: { agreements: [53], route: 'communicatiedienst' },
  // 55: all media deals and adverts, paid and free.
  'advertentie-of-mediadeal': { agreements: [55], route: 'communicatiedienst' },
  // 44-48: the service writes, decides on newsworthiness, sends; 46 says who approves; 47 who is in copy.
  'persbericht-versturen': { agreements: [44, 45, 46, 47, 48], route: 'communicatiedienst' },
  // 49: the service helps judge whether a press conference is worth it.
  persconferentie: { agreements: [49], route: 'communicatiedienst' },
  'geen-persvraag': { agreements: [], route: 'geen' },
};

export function decide(c: Classification, org: EffectiveOrganisation): Decision {
  const rule = RULES[c.kind];
  const adopted = (n: number) => org.byNumber.has(n);
  let agreements = [...rule.agreements];
  let route = rule.route;
  // The agreements that say who must be told, when not all of the cited ones do.
  let informFrom: number[] | undefined;
  let fallback: Decision['fallback'];
  const factsOrView = c.kind === 'reactie-of-standpunt' && c.unsure === true && adopted(52);

  switch (c.kind) {
    case 'reactie-of-standpunt':
      // Unsure whether only facts are asked: the safe route (50) with 52 beside it, and who is
      // told follows the route given (50).
      if (factsOrView) {
        agreements = [50, 52];
        informFrom = [50];
      }
      // 51: a schepen called directly reports back himself; 50 still sends the press to the service.
      if (c.schepenCalled) {
        agreements = [51, 50];
        informFrom = [51];
      }
      // 42: in a crisis only the burgemeester or the spokesperson speaks to the press, so the
      // burgemeester is the one to tell (the spokesperson is the service, which receives it).
      if (c.crisis) {
        agreements.push(42);
        informFrom = [42];
      }
      break;
    case 'interview':
      // An interview with a mandataris goes through the service, which contacts them (50).
      if (c.mandataryInterview) agreements = [54, 50];
      // 42: in a crisis only the burgemeester or the spokesperson speaks, so the burgemeester is told.
      if (c.crisis) agreements.push(42);
      break;
    case 'beeldopname':
      // 42: cameras at a crisis are the crisis communication's concern too.
      if (c.crisis) agreements.push(42);
      break;
    case 'informatieve-vraag':
      // Without 52 nothing lets the department answer itself: 50 sends every press question on.
      if (!adopted(52)) {
        route = 'communicatiedienst';
        agreements = [50];
        fallback = 'no-52';
      }
      break;
    case 'persbericht-versturen':
      // 45 variant: agreed exceptions (the cultuurcentrum about its own programme) send themselves,
      // and the service, which keeps the press planning (43), is told.
      if (org.byNumber.get(45)?.variant === 1 && / cultuurcentrum\S* /.test(c.prepared)) {
        route = 'dienst';
        fallback = 'exception-45';
        informFrom = [43, ...agreements];
      }
      break;
    default:
      break;
  }

  let inform = informRoles(informFrom ?? agreements, route, org);
  // 50: the service contacts "the burgemeester and/or the competent schepen": when the press asks
  // for the burgemeester, the burgemeester is the one.
  const forMandataris =
    (c.kind === 'reactie-of-standpunt' && !c.schepenCalled) ||
    (c.kind === 'interview' && c.mandataryInterview);
  if (forMandataris && c.asksBurgemeester) inform = inform.filter((r) => r !== 'bevoegde-schepen');
  const notAdopted = agreements.filter((n) => !adopted(n));
  return {
    kind: c.kind,
    route,
    agreements: agreements.filter(adopted),
    inform,
    notAdopted,
    ...(fallback ? { fallback } : {}),
    ...(factsOrView ? { factsOrView } : {}),
  };
}
