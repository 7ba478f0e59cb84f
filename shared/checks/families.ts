// Every rule family the runner calls, in one list. A new family is one import and one entry.
import { addressRules } from './rules/address';
import { organisationNameRules } from './rules/organisation-name';
import { pressRules } from './rules/press';
import { signatureRules } from './rules/signature';
import type { Rule } from './types';

export const FAMILIES: readonly Rule[] = [
  signatureRules, // 36
  addressRules, // 22
  pressRules, // 46, 48
  organisationNameRules, // 21
  // Part B's families (neutrality 30-32/37/18, style 18/19/64, ai 86/87) are added here as
  // shared/checks/rules/neutrality.ts, style.ts and ai.ts land.
];
