// Every rule family the runner calls, in one list. A new family is one import and one entry.
import { addressRules } from './rules/address';
import { organisationNameRules } from './rules/organisation-name';
import { pressRules } from './rules/press';
import { signatureRules } from './rules/signature';
import { styleRules } from './rules/style';
import type { Rule } from './types';

export const FAMILIES: readonly Rule[] = [
  signatureRules, // 36
  addressRules, // 22
  pressRules, // 46, 48
  organisationNameRules, // 21
  styleRules, // 18, 19, 64
  // Part B's neutrality (30-32, 37, 18) and ai (86, 87) families are added here as
  // shared/checks/rules/neutrality.ts and ai.ts land.
];
