// Example questions for section 5.4.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
