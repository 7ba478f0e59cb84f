// Example questions for section 5.14.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
