// The modules under mutation testing (issue 18): where a one-line change alters what a user is
// told or what state a press request is in. Each names the files Stryker mutates and the test
// files that guard them: the unit tier where one exists, the integration tier only where the
// module's rules live in SQL or behind HTTP (the press desk, the token check). Stryker runs, per
// mutant, only the tests among these that cover it (coverageAnalysis 'perTest').
const fs = require('node:fs');
const path = require('node:path');

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
  'press-desk': {
    mutate: ['bot/press-desk/store.ts', 'bot/api/press-requests.ts'],
    tests: [
      'test/bot/press-desk/state-machine.test.ts',
      'test/bot/press-desk/store.test.ts',
      'test/bot/press-desk/store-aimed.test.ts',
      'test/bot/api/press-requests.test.ts',
      'test/bot/api/press-requests-aimed.test.ts',
    ],
  },
  // The store's rules alone, against the store-level tests (one PGlite each, no bot host, no
  // HTTP): a fast lower bound of press-desk's score for the store, minutes instead of hours.
  'press-desk-store': {
    mutate: ['bot/press-desk/store.ts'],
    tests: ['test/bot/press-desk/store.test.ts', 'test/bot/press-desk/store-aimed.test.ts'],
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

// Every check rule, one module per file of shared/checks/rules (check-<file>), so each keeps its
// own incremental results and its own score; `npm run mutate -- check-rules` runs them all. Each
// is guarded by every rule, fix and runner test (a rule's finding is also asserted through the
// fixes and the runner), plus its own aimed tests (test/shared/checks/rules/<rule>-aimed.test.ts).
const RULE_TESTS = [
  'test/shared/checks/rules/*.test.ts',
  'test/shared/checks/fix/*.test.ts',
  'test/shared/checks/core.test.ts',
];
const RULES_DIR = path.join(__dirname, '../../shared/checks/rules');
for (const file of fs.readdirSync(RULES_DIR).sort()) {
  if (!file.endsWith('.ts')) continue;
  const rule = file.slice(0, -'.ts'.length);
  const aimed = `test/shared/checks/rules/${rule}-aimed.test.ts`;
  MODULES[`check-${rule}`] = {
    group: 'check-rules',
    mutate: [`shared/checks/rules/${file}`],
    tests: [...RULE_TESTS, ...(fs.existsSync(path.join(__dirname, '../..', aimed)) ? [aimed] : [])],
  };
}

module.exports = { MODULES };
