// Mutation testing (issue 18), run through `npm run mutate -- <module>…` (test/mutation/mutate.js,
// which sets MUTATE_MODULE and --mutate from test/mutation/modules.js). Scores are reported, not
// asserted in CI. Incremental: each module keeps its results in reports/mutation/<module>.json
// (git-ignored) and a rerun tests only the mutants whose code or covering tests changed.
import process from 'node:process';

// A run against only some of the module's tests (mutate.js --tests) keeps its results apart: its
// score is a lower bound, and it must not stand in for the module's own incremental results.
const module = `${process.env.MUTATE_MODULE ?? 'all'}${process.env.MUTATE_TESTS ? '.some-tests' : ''}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: { projectType: 'custom', configFile: 'test/mutation/jest.config.js', enableFindRelatedTests: true },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // The machine is shared: one test process at a time.
  concurrency: 1,
  timeoutMS: 60000,
  incremental: true,
  incrementalFile: `reports/mutation/${module}.json`,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${module}.report.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Mutants only loaded at import time (tables, regexes built once) need a fresh process each.
  ignoreStatic: true,
  ignorePatterns: ['/dist', '/data', '/manifest/build', '/taskpane/dist', '/coverage', '/test-results'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
