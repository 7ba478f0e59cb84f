// Example questions for section 5.13.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
