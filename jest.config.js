// Jest runs TypeScript through SWC (fast, no type-check; `tsc --noEmit` checks types in `npm test`).
// ESM-only packages (jose, uuid, strip-bom …) are transformed too, so they load under CommonJS.
// The tests run in four projects, one per tier (test/tiers.js says which file is which and why):
//   npm run test:unit | test:integration | test:e2e | test:quality; npm test = unit + integration.
const os = require('node:os');
const { TIERS, filesByTier } = require('./test/tiers');

const byTier = filesByTier();

/** @type {import('jest').Config} */
const common = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    // .cjs too: PGlite's CommonJS build uses import(), which SWC turns into require() for Jest's VM.
    '^.+\\.(tsx?|jsx?|cjs)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [
    // docx/node_modules/nanoid: nanoid 5, pinned under docx for Node 20 (package.json overrides).
    '/node_modules/(?!(jose|uuid|strip-bom|nanoid|docx/node_modules/nanoid|@microsoft/teams-js|@electric-sql/pglite)/)',
  ],
  // Our import() of a sibling module names it '.js' (TypeScript's nodenext rule); the file is .ts.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  // Jest's default is one worker less than the cores: one worker on a 2-core machine, where the
  // suites (PGlite's WebAssembly, React rendering) keep both cores busy when given two.
  maxWorkers: Math.max(2, (os.availableParallelism?.() ?? os.cpus().length) - 1),
  projects: TIERS.map((tier) => ({
    ...common,
    displayName: tier,
    // An exact list: a file is in one tier only. An empty tier matches nothing.
    testMatch: byTier[tier].length ? byTier[tier] : ['<rootDir>/test/__no_tests__'],
    ...(tier === 'e2e' ? { globalSetup: '<rootDir>/test/e2e/global-setup.js' } : {}),
  })),
};
