// Route, kind and inform accuracy of triage over labelled situations (JSON Lines: text, kind,
// route, and on the newer sets inform and voice). Shared by bench/triage-accuracy.ts (prints
// figures) and the jest test (keeps them from falling).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EffectiveOrganisation } from '../shared/organisation/types';
import { triage } from '../shared/triage';
import type { InformRole, TriageKind, TriageRoute } from '../shared/triage/types';

export interface LabelledSituation {
  text: string;
  kind: TriageKind;
  route: TriageRoute;
  /** Roles the agreements say must be told; absent on the older sets, which were not labelled for it. */
  inform?: InformRole[];
  voice?: string;
}

export interface Miss {
  text: string;
  expected: { kind: TriageKind; route: TriageRoute; inform?: InformRole[] };
  got: { kind: TriageKind; route: TriageRoute; inform: InformRole[] };
}

/** Precision and recall of one role over the situations labelled with inform. */
export interface RoleFigures {
  /** Situations where the label names the role. */
  expected: number;
  /** Situations where triage names the role. */
  got: number;
  /** Situations where both do. */
  correct: number;
  precision: number;
  recall: number;
}

export interface InformAccuracy {
  /** Situations labelled with inform. */
  labelled: number;
  /** Of those, triage names exactly the labelled set of roles. */
  exact: number;
  exactAccuracy: number;
  perRole: Partial<Record<InformRole, RoleFigures>>;
}

export interface Accuracy {
  total: number;
  routeCorrect: number;
  kindCorrect: number;
  routeAccuracy: number;
  kindAccuracy: number;
  /** Undefined when no situation of the set is labelled with inform. */
  inform?: InformAccuracy;
  /**
   * Situations where triage asks back (facts only, or a view?), by their label: `facts` were
   * labelled informative (the question back leads the staff member to the labelled route), `other`
   * anything else (the route given stands).
   */
  askedBack: { total: number; facts: number; other: number };
  misses: Miss[];
}

export const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'triage');

export function readSituations(file: string): LabelledSituation[] {
  return readFileSync(path.join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledSituation);
}

const ROLES: readonly InformRole[] = [
  'burgemeester',
  'bevoegde-schepen',
  'diensthoofd',
  'communicatiedienst',
  'college',
  'algemeen-directeur',
];

const ratio = (n: number, d: number) => (d ? n / d : 0);

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

export function measure(situations: LabelledSituation[], org: EffectiveOrganisation): Accuracy {
  let routeCorrect = 0;
  let kindCorrect = 0;
  let labelled = 0;
  let exact = 0;
  const counts = new Map(ROLES.map((r) => [r, { expected: 0, got: 0, correct: 0 }]));
  const misses: Miss[] = [];
  const askedBack = { total: 0, facts: 0, other: 0 };
  for (const s of situations) {
    const r = triage(s.text, org);
    if (r.clarify) {
      askedBack.total++;
      if (s.kind === 'informatieve-vraag') askedBack.facts++;
      else askedBack.other++;
    }
    const routeRight = r.route === s.route;
    const kindRight = r.kind === s.kind;
    let informRight = true;
    if (routeRight) routeCorrect++;
    if (kindRight) kindCorrect++;
    if (s.inform) {
      labelled++;
      informRight = sameSet(r.inform, s.inform);
      if (informRight) exact++;
      for (const role of ROLES) {
        const c = counts.get(role)!;
        const want = s.inform.includes(role);
        const got = r.inform.includes(role);
        if (want) c.expected++;
        if (got) c.got++;
        if (want && got) c.correct++;
      }
    }
    if (!routeRight || !kindRight || !informRight)
      misses.push({
        text: s.text,
        expected: { kind: s.kind, route: s.route, ...(s.inform ? { inform: s.inform } : {}) },
        got: { kind: r.kind, route: r.route, inform: r.inform },
      });
  }
  const total = situations.length;
  const perRole: InformAccuracy['perRole'] = {};
  for (const [role, c] of counts)
    if (c.expected || c.got)
      perRole[role] = { ...c, precision: ratio(c.correct, c.got), recall: ratio(c.correct, c.expected) };
  return {
    total,
    routeCorrect,
    kindCorrect,
    routeAccuracy: ratio(routeCorrect, total),
    kindAccuracy: ratio(kindCorrect, total),
    ...(labelled ? { inform: { labelled, exact, exactAccuracy: ratio(exact, labelled), perRole } } : {}),
    askedBack,
    misses,
  };
}
