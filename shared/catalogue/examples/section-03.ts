// Example questions for section 5.3.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
