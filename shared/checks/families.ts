// Every rule family the runner calls, in one list. A new family is one import and one entry.
import type { Rule } from './types';

export const FAMILIES: readonly Rule[] = [
  // Part A (signature 36, address 22, press 46/48, organisation name 21) and part B (neutrality
  // 30-32/37, style 18/19/64, ai 86/87) are added here as their modules land.
];
