// The example organisation for the checks' tests, with variants switched where a case needs them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  effectiveOrganisation,
  parseOrganisation,
  type EffectiveOrganisation,
} from '../../../shared/organisation';

export function zilverbeek(
  variants: Record<number, number> = {},
  omit: number[] = [],
): EffectiveOrganisation {
  const file = resolve(__dirname, '../../../organisations/zilverbeek.yaml');
  const parsed = parseOrganisation(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  const org = parsed.organisation;
  return effectiveOrganisation({
    ...org,
    agreements: {
      ...org.agreements,
      omit: [...org.agreements.omit, ...omit],
      variants: { ...org.agreements.variants, ...variants },
    },
  });
}
