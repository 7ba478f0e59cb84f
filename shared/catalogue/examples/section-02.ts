// Example questions for section 5.2.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
