// Example questions for section 5.1.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
