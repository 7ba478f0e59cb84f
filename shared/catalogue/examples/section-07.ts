// Example questions for section 5.7.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
