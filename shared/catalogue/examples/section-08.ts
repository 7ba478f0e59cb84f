// Example questions for section 5.8.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
