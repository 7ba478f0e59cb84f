// The organisation's afsprakennota: parse, check, merge with the catalogue, and its people.
export type {
  AgreementEdit,
  AgreementOrigin,
  EffectiveAgreement,
  EffectiveOrganisation,
  Organisation,
  OrganisationKind,
  OwnAgreement,
  Person,
  PersonRole,
  ServiceContact,
} from './types';
export { formatOrganisationError, type OrganisationError } from './errors';
export { parseOrganisation, type ParseResult } from './parse';
export { ORGANISATION_KINDS, PERSON_ROLES } from './schema';
export { effectiveOrganisation } from './effective';
export { FIRST_OWN_NUMBER } from './own-agreements';
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
