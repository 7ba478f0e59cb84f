// The tab's lazily loaded pages as modules already loaded: jest resolves no ".js" path to a .tsx
// source, and what is tested here is the page, not esbuild's chunking (bench/tab.ts measures that).
import type { LazyPages } from '../../../taskpane/tab/app';
import * as composer from '../../../taskpane/tab/composer/composer-page';
import * as questions from '../../../taskpane/tab/pages/questions-page';

export const TEST_PAGES: LazyPages = { composer: async () => composer, questions: async () => questions };
