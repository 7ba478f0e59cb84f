// The example organisation, and variants of it, for the triage tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { effectiveOrganisation, parseOrganisation } from '../../../shared/organisation';
import type { EffectiveOrganisation, Organisation } from '../../../shared/organisation/types';

export function zilverbeek(): Organisation {
  const file = path.join(__dirname, '..', '..', '..', 'organisations', 'zilverbeek.yaml');
  const parsed = parseOrganisation(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.organisation;
}

export function effective(change: (org: Organisation) => Organisation = (o) => o): EffectiveOrganisation {
  return effectiveOrganisation(change(zilverbeek()));
}

export function withAgreements(omit: number[], variants: Record<number, number> = {}): EffectiveOrganisation {
  return effective((o) => ({ ...o, agreements: { omit, variants } }));
}
