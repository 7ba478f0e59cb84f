// Who must be informed, for every kind and every route it can take (CONTRACT §2 `inform`): the
// roles the cited agreements name, and never the communication service when the request is handed
// to it. The expectations are written from the agreements' text (seed 5.7-5.8), not computed.
import type { Classification } from '../../../shared/triage/classify';
import { decide } from '../../../shared/triage/rules';
import type { InformRole, TriageKind, TriageRoute } from '../../../shared/triage/types';
import { triage } from '../../../shared/triage';
import type { EffectiveOrganisation } from '../../../shared/organisation/types';
import { withAgreements } from './helpers';

const ALL_KINDS: TriageKind[] = [
  'informatieve-vraag',
  'reactie-of-standpunt',
  'interview',
  'beeldopname',
  'advertentie-of-mediadeal',
  'persbericht-versturen',
  'persconferentie',
  'geen-persvraag',
];

function situation(kind: TriageKind, extra: Partial<Classification> = {}): Classification {
  return {
    kind,
    press: kind !== 'geen-persvraag',
    inbound: true,
    schepenCalled: false,
    mandataryInterview: false,
    crisis: false,
    asksBurgemeester: false,
    prepared: ' een situatie ',
    ...extra,
  };
}

// Zilverbeek's choices: 46 variant 2 (a quote of the mandataris), everything else main text.
const zilverbeek = withAgreements([], { 13: 1, 46: 2 });

interface Case {
  name: string;
  c: Classification;
  org: EffectiveOrganisation;
  route: TriageRoute;
  agreements: number[];
  inform: InformRole[];
}

const CASES: Case[] = [
  // 50: the service contacts the burgemeester and/or the competent schepen.
  {
    name: 'a reaction (50)',
    c: situation('reactie-of-standpunt'),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [50],
    inform: ['burgemeester', 'bevoegde-schepen'],
  },
  // 51: the schepen reports back to the burgemeester, the diensthoofd and the service (which receives it).
  {
    name: 'a schepen called for a reaction (51)',
    c: situation('reactie-of-standpunt', { schepenCalled: true }),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [51, 50],
    inform: ['burgemeester', 'diensthoofd'],
  },
  // 42: in a crisis the burgemeester or the spokesperson speaks.
  {
    name: 'a press question during a crisis (50, 42)',
    c: situation('reactie-of-standpunt', { crisis: true }),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [50, 42],
    inform: ['burgemeester'],
  },
  // 50: "de burgemeester en/of bevoegde schepen": when the press asks for the burgemeester.
  {
    name: 'a reaction asked of the burgemeester (50)',
    c: situation('reactie-of-standpunt', { asksBurgemeester: true }),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [50],
    inform: ['burgemeester'],
  },
  {
    name: 'an interview with the burgemeester (54, 50)',
    c: situation('interview', { mandataryInterview: true, asksBurgemeester: true }),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [54, 50],
    inform: ['burgemeester'],
  },
  // 52: feedback to the burgemeester, the competent schepen and the diensthoofd beforehand.
  {
    name: 'a purely informative question (52)',
    c: situation('informatieve-vraag'),
    org: zilverbeek,
    route: 'dienst',
    agreements: [52],
    inform: ['burgemeester', 'bevoegde-schepen', 'diensthoofd'],
  },
  {
    name: 'an informative question where the note has no 52 (50)',
    c: situation('informatieve-vraag'),
    org: withAgreements([52], { 46: 2 }),
    route: 'communicatiedienst',
    agreements: [50],
    inform: ['burgemeester', 'bevoegde-schepen'],
  },
  // 54: consent of the competent mandataris and the service.
  {
    name: 'an interview with a staff member (54)',
    c: situation('interview'),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [54],
    inform: ['bevoegde-schepen'],
  },
  {
    name: 'an interview with a mandataris (54, 50)',
    c: situation('interview', { mandataryInterview: true }),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [54, 50],
    inform: ['bevoegde-schepen', 'burgemeester'],
  },
  // 53: the service reports back to the college.
  {
    name: 'images by externals (53)',
    c: situation('beeldopname'),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [53],
    inform: ['college'],
  },
  // 55 names nobody besides the service.
  {
    name: 'a media deal (55)',
    c: situation('advertentie-of-mediadeal'),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [55],
    inform: [],
  },
  // 46 variant 2: a quote of the mandataris; 47: college, council and comité in copy.
  {
    name: 'a press release, 46 variant 2',
    c: situation('persbericht-versturen'),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [44, 45, 46, 47, 48],
    inform: ['bevoegde-schepen', 'college'],
  },
  // 46 main text: approval by the burgemeester, the algemeen directeur and the department.
  {
    name: 'a press release, 46 main text',
    c: situation('persbericht-versturen'),
    org: withAgreements([]),
    route: 'communicatiedienst',
    agreements: [44, 45, 46, 47, 48],
    inform: ['burgemeester', 'algemeen-directeur', 'diensthoofd', 'college'],
  },
  // 46 variant 1: the competent schepen reads, the burgemeester approves.
  {
    name: 'a press release, 46 variant 1, without 47',
    c: situation('persbericht-versturen'),
    org: withAgreements([47], { 46: 1 }),
    route: 'communicatiedienst',
    agreements: [44, 45, 46, 48],
    inform: ['bevoegde-schepen', 'burgemeester'],
  },
  // 45 variant: the cultuurcentrum sends about its own programme; the service keeps the planning (43).
  {
    name: 'a press release by an agreed exception (45 variant)',
    c: situation('persbericht-versturen', { prepared: ' het cultuurcentrum stuurt een persbericht ' }),
    org: withAgreements([], { 45: 1, 46: 2 }),
    route: 'dienst',
    agreements: [44, 45, 46, 47, 48],
    inform: ['communicatiedienst', 'bevoegde-schepen', 'college'],
  },
  // 49 names nobody besides the service.
  {
    name: 'a press conference (49)',
    c: situation('persconferentie'),
    org: zilverbeek,
    route: 'communicatiedienst',
    agreements: [49],
    inform: [],
  },
  {
    name: 'no press situation',
    c: situation('geen-persvraag'),
    org: zilverbeek,
    route: 'geen',
    agreements: [],
    inform: [],
  },
  // An omitted agreement names nobody: without 53 there is no college to report to.
  {
    name: 'images where the note has no 53',
    c: situation('beeldopname'),
    org: withAgreements([53], { 46: 2 }),
    route: 'communicatiedienst',
    agreements: [],
    inform: [],
  },
];

describe('who must be informed follows the agreements', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, k) => {
    const d = decide(k.c, k.org);
    expect({ route: d.route, agreements: d.agreements, inform: [...d.inform].sort() }).toEqual({
      route: k.route,
      agreements: k.agreements,
      inform: [...k.inform].sort(),
    });
  });

  it('covers every kind and every route a kind can take', () => {
    const covered = new Set(CASES.map((k) => `${k.c.kind}/${k.route}`));
    for (const kind of ALL_KINDS) expect([...covered].some((x) => x.startsWith(`${kind}/`))).toBe(true);
    expect(covered).toEqual(
      new Set([
        'reactie-of-standpunt/communicatiedienst',
        'informatieve-vraag/dienst',
        'informatieve-vraag/communicatiedienst',
        'interview/communicatiedienst',
        'beeldopname/communicatiedienst',
        'advertentie-of-mediadeal/communicatiedienst',
        'persbericht-versturen/communicatiedienst',
        'persbericht-versturen/dienst',
        'persconferentie/communicatiedienst',
        'geen-persvraag/geen',
      ]),
    );
  });

  // Every kind with every flag, under every variant and omission that changes a route: the service
  // that receives the request is never on its own list of people to inform.
  const orgs: [string, EffectiveOrganisation][] = [
    ['Zilverbeek', zilverbeek],
    ['main texts', withAgreements([])],
    ['without 52', withAgreements([52])],
    ['45 variant, 46 variant 1', withAgreements([], { 45: 1, 46: 1 })],
    ['without 50, 51, 53, 54', withAgreements([50, 51, 53, 54])],
  ];
  const flags: Partial<Classification>[] = [
    {},
    { schepenCalled: true },
    { mandataryInterview: true },
    { crisis: true },
    { asksBurgemeester: true, mandataryInterview: true },
    { prepared: ' het cultuurcentrum over zijn programmatie ' },
  ];
  it.each(orgs)('never lists the communication service for a request routed to it (%s)', (_name, org) => {
    for (const kind of ALL_KINDS)
      for (const extra of flags) {
        const d = decide(situation(kind, extra), org);
        if (d.route === 'communicatiedienst') expect(d.inform).not.toContain('communicatiedienst');
        if (d.route === 'geen') expect(d.inform).toEqual([]);
        // Each role is named by an agreement the answer cites (or 43, the press planning, for 45's exception).
        if (d.inform.length) expect(d.agreements.length).toBeGreaterThan(0);
      }
  });

  it('gives the same inform end to end, from the staff member’s words', () => {
    expect(triage('TV Oost wil onze redder interviewen over de hittegolf', zilverbeek).inform).toEqual([
      'bevoegde-schepen',
    ]);
    expect(triage('VRT wil morgen filmen in de raadzaal', zilverbeek).inform).toEqual(['college']);
    expect(triage('een lokaal blad biedt ons gratis advertentieruimte', zilverbeek).inform).toEqual([]);
  });
});
