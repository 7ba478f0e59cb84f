// Jest runs TypeScript through SWC (fast, no type-check; `tsc --noEmit` checks types in `npm test`).
// ESM-only packages (jose, uuid, strip-bom …) are transformed too, so they load under CommonJS.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
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
    '/node_modules/(?!(jose|uuid|strip-bom|nanoid|@microsoft/teams-js|@electric-sql/pglite)/)',
  ],
  testTimeout: 30000,
};
