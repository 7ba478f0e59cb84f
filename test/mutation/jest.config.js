// Jest for Stryker: the repo's transform and module mapping, and only the test files of the
// module under mutation (MUTATE_MODULE, set by test/mutation/mutate.js), never the quality or e2e
// tiers. One project, so Stryker's per-test coverage sees every test.
const path = require('node:path');
const { projects } = require('../../jest.config');
const { MODULES } = require('./modules');

const root = path.resolve(__dirname, '../..');
const names = (process.env.MUTATE_MODULE ?? Object.keys(MODULES).join(',')).split(',');
const { displayName: _tier, testMatch: _all, ...common } = projects[0];

/** @type {import('jest').Config} */
module.exports = {
  ...common,
  rootDir: root,
  testTimeout: 60000,
  // MUTATE_TESTS (mutate.js --tests): only these of the module's tests, for a quick lower bound.
  testMatch: (process.env.MUTATE_TESTS?.split(',') ?? names.flatMap((n) => MODULES[n].tests)).map(
    (t) => `<rootDir>/${t}`,
  ),
};
