// Route and kind accuracy of triage over labelled situations (JSON Lines: text, kind, route).
// Shared by bench/triage-accuracy.ts (prints figures) and the jest test (keeps them from falling).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EffectiveOrganisation } from '../shared/organisation/types';
import { triage } from '../shared/triage';
import type { TriageKind, TriageRoute } from '../shared/triage/types';

export interface LabelledSituation {
  text: string;
  kind: TriageKind;
  route: TriageRoute;
}

export interface Miss {
  text: string;
  expected: { kind: TriageKind; route: TriageRoute };
  got: { kind: TriageKind; route: TriageRoute };
}

export interface Accuracy {
  total: number;
  routeCorrect: number;
  kindCorrect: number;
  routeAccuracy: number;
  kindAccuracy: number;
  misses: Miss[];
}

export const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'triage');

export function readSituations(file: string): LabelledSituation[] {
  return readFileSync(path.join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledSituation);
}

export function measure(situations: LabelledSituation[], org: EffectiveOrganisation): Accuracy {
  let routeCorrect = 0;
  let kindCorrect = 0;
  const misses: Miss[] = [];
  for (const s of situations) {
    const r = triage(s.text, org);
    if (r.route === s.route) routeCorrect++;
    if (r.kind === s.kind) kindCorrect++;
    if (r.route !== s.route || r.kind !== s.kind)
      misses.push({
        text: s.text,
        expected: { kind: s.kind, route: s.route },
        got: { kind: r.kind, route: r.route },
      });
  }
  const total = situations.length;
  return {
    total,
    routeCorrect,
    kindCorrect,
    routeAccuracy: total ? routeCorrect / total : 0,
    kindAccuracy: total ? kindCorrect / total : 0,
    misses,
  };
}
