// Example questions for section 5.11.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
