// Example questions for section 5.10.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
