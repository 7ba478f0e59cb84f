// Every rule family the runner calls, in one list. A new family is one import and one entry.
import { addressRules } from './rules/address';
import { aiRules } from './rules/ai';
import { neutralityRules } from './rules/neutrality';
import { promotionalRule } from './rules/neutrality-promotional';
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
  styleRules, // 18, 19, 64, 75 (jargon, sentence length, readability, link text, abbreviations, repetition)
  neutralityRules, // 18, 30, 31, 32, 37
  promotionalRule, // 30 (neutrality.promotional)
  aiRules, // 86, 87
];
