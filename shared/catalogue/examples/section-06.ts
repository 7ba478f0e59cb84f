// Example questions for section 5.6.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
