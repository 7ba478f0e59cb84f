// The plain-language family (agreements 18, 19, 64, 75): jargon, long sentences, readability, link
// text, abbreviations not written out, repeated sentences.
import type { Finding, Rule, RuleContext } from '../types';
import { abbreviationRule } from './style-abbreviation';
import { jargonRule } from './style-jargon';
import { linkTextRule } from './style-link-text';
import { repetitionRule } from './style-repetition';
import { readabilityRule } from './style-readability';
import { sentenceLengthRule } from './style-sentence-length';

export const styleRules: Rule = (ctx: RuleContext): Finding[] => [
  ...jargonRule(ctx),
  ...sentenceLengthRule(ctx),
  ...readabilityRule(ctx),
  ...linkTextRule(ctx),
  ...abbreviationRule(ctx),
  ...repetitionRule(ctx),
];
