// Checks an Organisation object as the composer sends it (JSON), with exactly the rules and the
// Dutch messages of `afspraak validate`: the object is written as YAML and read by the same parser,
// so one schema and one set of messages serve the file and the composer. Errors are returned per
// field path (people[2].role) for the form to show at the field; line numbers mean nothing here.
import { stringify } from 'yaml';
import type { OrganisationError } from './errors';
import { parseOrganisation } from './parse';
import type { Organisation } from './types';

export interface FieldMessage {
  /** The path in the object: 'people[2].role', 'agreements.variants.36'; '' for the whole. */
  field: string;
  /** The path as a person reads it, when it names a person: 'people[2] (persoon 3, Koen Maes).role'. */
  label?: string;
  message: string;
}

export type ObjectValidation =
  { ok: true; organisation: Organisation; warnings: FieldMessage[] } | { ok: false; errors: FieldMessage[] };

export function validateOrganisationObject(value: unknown): ObjectValidation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      errors: [{ field: '', message: 'verwacht een afsprakennota (velden), geen losse waarde' }],
    };
  }
  let text: string;
  try {
    text = stringify(value);
  } catch {
    return { ok: false, errors: [{ field: '', message: 'de afsprakennota kan niet gelezen worden' }] };
  }
  const parsed = parseOrganisation(text, 'concept');
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map(fieldMessage) };
  return { ok: true, organisation: parsed.organisation, warnings: (parsed.warnings ?? []).map(fieldMessage) };
}

function fieldMessage(e: OrganisationError): FieldMessage {
  return { field: e.field, ...(e.label ? { label: e.label } : {}), message: e.message };
}
