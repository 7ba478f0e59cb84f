// Example questions for section 5.9.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
