// The modules under mutation testing (issue 18): where a one-line change alters what a user is
// told or what state a press request is in. Each names the files Stryker mutates and the test
// files that guard them: the unit tier where one exists, the integration tier only where the
// module's rules live in SQL or behind HTTP (the press desk, the token check). Stryker runs, per
// mutant, only the tests among these that cover it (coverageAnalysis 'perTest').
const MODULES = {
  'ask-verdict': {
    mutate: ['shared/ask/verdict.ts'],
    tests: ['test/shared/ask/verdict.test.ts', 'test/shared/ask/polarity.test.ts'],
  },
  'ask-reply': {
    mutate: ['shared/ask/reply.ts'],
    tests: [
      'test/shared/ask/ask.test.ts',
      'test/shared/ask/polarity.test.ts',
      'test/shared/ask/modes.test.ts',
      'test/shared/ask/reply-aimed.test.ts',
    ],
  },
  'triage-route': {
    mutate: ['shared/triage/rules.ts'],
    tests: [
      'test/shared/triage/triage.test.ts',
      'test/shared/triage/recognise.test.ts',
      'test/shared/triage/inform.test.ts',
    ],
  },
  'check-rules': {
    mutate: ['shared/checks/rules/*.ts'],
    tests: [
      'test/shared/checks/rules/*.test.ts',
      'test/shared/checks/fix/*.test.ts',
      'test/shared/checks/core.test.ts',
    ],
  },
  'press-desk': {
    mutate: ['bot/press-desk/store.ts', 'bot/api/press-requests.ts'],
    tests: [
      'test/bot/press-desk/state-machine.test.ts',
      'test/bot/press-desk/store.test.ts',
      'test/bot/api/press-requests.test.ts',
    ],
  },
  'tenant-filter': {
    mutate: ['bot/teams/tenant-filter.ts'],
    tests: ['test/bot/teams/tenant-filter.test.ts'],
  },
  token: {
    mutate: ['bot/api/auth.ts'],
    tests: [
      'test/bot/api/token-tenant.test.ts',
      'test/bot/api/token-identity.test.ts',
      'test/bot/api/auth.test.ts',
      'test/bot/api/token-refusals.test.ts',
    ],
  },
  'organisation-merge': {
    mutate: ['shared/organisation/effective.ts'],
    tests: [
      'test/shared/organisation/effective.test.ts',
      'test/shared/organisation/own-agreements.test.ts',
      'test/shared/organisation/parameters.test.ts',
    ],
  },
};

module.exports = { MODULES };
