// The political and commercial neutrality family (agreements 18, 30, 31, 32, 37).
import type { Finding, Rule, RuleContext } from '../types';
import { commercialRule } from './neutrality-commercial';
import { mandataryRule } from './neutrality-mandatary';
import { partyRule } from './neutrality-party';
import { policyPhaseRule } from './neutrality-policy-phase';

export const neutralityRules: Rule = (ctx: RuleContext): Finding[] => [
  ...mandataryRule(ctx),
  ...partyRule(ctx),
  ...policyPhaseRule(ctx),
  ...commercialRule(ctx),
];
