// The example organisation (organisations/zilverbeek.yaml) and variations of it, for ask tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  effectiveOrganisation,
  parseOrganisation,
  type EffectiveOrganisation,
  type Organisation,
} from '../../../shared/organisation';

const FILE = resolve(__dirname, '../../../organisations/zilverbeek.yaml');

export function exampleOrganisation(): Organisation {
  const parsed = parseOrganisation(readFileSync(FILE, 'utf8'), 'zilverbeek.yaml');
  if (!parsed.ok) throw new Error(`example organisation is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.organisation;
}

export function effective(change: (o: Organisation) => void = () => {}): EffectiveOrganisation {
  const o = exampleOrganisation();
  change(o);
  return effectiveOrganisation(o);
}
