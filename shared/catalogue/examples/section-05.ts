// Example questions for section 5.5.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
