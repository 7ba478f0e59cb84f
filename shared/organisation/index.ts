// The organisation's afsprakennota: parse, check, merge with the catalogue, and its people.
export type {
  EffectiveAgreement,
  EffectiveOrganisation,
  Organisation,
  OrganisationKind,
  Person,
  PersonRole,
  ServiceContact,
} from './types';
export { formatOrganisationError, type OrganisationError } from './errors';
export { parseOrganisation, type ParseResult } from './parse';
export { ORGANISATION_KINDS, PERSON_ROLES } from './schema';
export { effectiveOrganisation } from './effective';
export {
  competentMandataries,
  describeRole,
  isMandatary,
  matchingPortfolio,
  mayor,
  peopleByRole,
  personRoleLabel,
  serviceContact,
  type DescribeOptions,
  type ServiceContactWithPerson,
} from './people';
export { notaBlocks, notaMarkdown, type NotaBlock } from './nota';
