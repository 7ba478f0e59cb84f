// The plain-language family (agreements 18, 19, 64): jargon, long sentences, readability.
import type { Finding, Rule, RuleContext } from '../types';
import { jargonRule } from './style-jargon';
import { readabilityRule } from './style-readability';
import { sentenceLengthRule } from './style-sentence-length';

export const styleRules: Rule = (ctx: RuleContext): Finding[] => [
  ...jargonRule(ctx),
  ...sentenceLengthRule(ctx),
  ...readabilityRule(ctx),
];
