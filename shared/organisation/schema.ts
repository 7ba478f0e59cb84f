// The organisation file's schema (CONTRACT §1). Optional fields may be added; none may be renamed.
import { z } from 'zod';
import { agreementEditSchema, ownAgreementSchema } from './own-agreements';
import { ADDRESS_DOC_TYPES } from './parameters';
import type { OrganisationKind, PersonRole } from './types';

export const PERSON_ROLES = [
  'burgemeester',
  'schepen',
  'algemeen-directeur',
  'communicatieverantwoordelijke',
  'gemeenteraadsvoorzitter',
  'voorzitter-bijzonder-comite',
  'diensthoofd',
  'raadslid',
] as const satisfies readonly PersonRole[];

export const ORGANISATION_KINDS = [
  'gemeente',
  'stad',
  'ocmw',
  'provincie',
  'andere',
] as const satisfies readonly OrganisationKind[];

// Role and kind are compared as ids: 'Algemeen directeur' in the file means 'algemeen-directeur'.
const asId = z
  .string()
  .trim()
  .toLowerCase()
  .transform((s) => s.replace(/\s+/g, '-'));

const text = z.string().trim().min(1);
// Without quotes YAML reads 016000000 as a number and drops the leading 0, so numbers must be text.
const phone = z.string().trim().min(1);

const person = z.strictObject({
  name: text,
  role: asId.pipe(z.enum(PERSON_ROLES)),
  party: text.optional(),
  portfolio: z
    .array(text)
    .default([])
    .transform((items) => items.map((p) => p.toLowerCase())),
  email: z.email().optional(),
  phone: phone.optional(),
  mobile: phone.optional(),
  department: text.optional(),
});

const serviceContact = z.strictObject({
  name: text,
  email: z.email().optional(),
  phone: phone.optional(),
});

export const organisationSchema = z.strictObject({
  organisation: z.strictObject({
    name: text,
    aliases: z.array(text).default([]),
    kind: asId.pipe(z.enum(ORGANISATION_KINDS)).default('gemeente'),
  }),
  communicatiedienst: serviceContact.optional(),
  people: z.array(person).default([]),
  agreements: z
    .strictObject({
      omit: z.array(z.number().int()).default([]),
      variants: z.record(z.string(), z.number().int().min(1)).default({}),
      add: z.array(ownAgreementSchema).optional(),
      edit: z.record(z.string(), agreementEditSchema).optional(),
      // Agreement -> the words that replace its blank: 13: 'de dienst Burgerzaken' (placeholders.ts).
      fill: z.record(z.string(), text).optional(),
      // Agreement -> its parameters: 22: {brief: je} (parameters.ts).
      parameters: z
        .strictObject({
          22: z.partialRecord(z.enum(ADDRESS_DOC_TYPES), z.enum(['je', 'u'])).optional(),
        })
        .optional(),
    })
    .default({ omit: [], variants: {} }),
  parties: z.array(text).optional(),
});

export type OrganisationInput = z.output<typeof organisationSchema>;

/** Field names per object, for "bedoel je …?" on an unknown field. */
export const KNOWN_KEYS: Record<string, readonly string[]> = {
  '': Object.keys(organisationSchema.shape),
  organisation: Object.keys(organisationSchema.shape.organisation.shape),
  communicatiedienst: Object.keys(serviceContact.shape),
  person: Object.keys(person.shape),
  agreements: ['omit', 'variants', 'add', 'edit', 'fill', 'parameters'],
  parameters: ['22'],
  'parameters.22': ADDRESS_DOC_TYPES,
};
