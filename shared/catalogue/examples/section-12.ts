// Example questions for section 5.12.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {};
