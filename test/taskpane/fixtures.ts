// The example organisation and a letter with known findings, for the pane's component tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { effectiveOrganisation } from '../../shared/organisation/effective';
import { parseOrganisation } from '../../shared/organisation/parse';
import type { Organisation } from '../../shared/organisation/types';

export function zilverbeek(): Organisation {
  const file = path.resolve(__dirname, '../../organisations/zilverbeek.yaml');
  const parsed = parseOrganisation(readFileSync(file, 'utf8'), 'zilverbeek.yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.organisation;
}

export const zilverbeekEffective = () => effectiveOrganisation(zilverbeek());

/** Signed by the burgemeester alone (agreement 36) and mixing u and je (agreement 22). */
export const LETTER_PARAGRAPHS = [
  'Gemeente Zilverbeek',
  'Zilverbeek, 12 november 2026',
  'Betreft: uw aanvraag voor een bewonerskaart',
  'Beste mevrouw Janssens,',
  'Wij hebben uw aanvraag goed ontvangen. U kunt de kaart vanaf maandag afhalen aan het onthaal. Je brengt best je identiteitskaart mee.',
  'Met vriendelijke groeten,',
  'An Peeters',
  'burgemeester',
];

export const LETTER = LETTER_PARAGRAPHS.join('\n');
