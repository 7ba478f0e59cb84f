#!/usr/bin/env node
// npm run mutate -- ask-verdict token   mutate those modules (test/mutation/modules.js), one after
//                                        the other, incrementally; no name: every module.
// npm run mutate -- --list                the module names with their files.
// npm run mutate -- check-rules            every module of a group (here one per rule file).
// npm run mutate -- press-desk --only bot/press-desk/store.ts:300-400
//                                        one file (or line range) of a module, with its tests.
// npm run mutate -- ask-reply --tests test/shared/ask/reply-aimed.test.ts
//                                        the module's mutants against only these tests (comma
//                                        separated): a lower bound of the score in minutes where the
//                                        module's own tests take hours; results kept apart.
// Extra Stryker flags pass through: `--force` retests every mutant; `--checkers ""` skips the
// TypeScript checker (several times faster on a busy machine; mutants that would not compile then
// count as survivors, so the score is a lower bound).
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { MODULES } = require('./modules');

/** The value of our own option `--<name> <value>`, and the arguments without it. */
function takeOption(argv, name) {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? [argv[at + 1], [...argv.slice(0, at), ...argv.slice(at + 2)]] : [undefined, argv];
}
const [only, rest] = takeOption(process.argv.slice(2), 'only');
const [tests, args] = takeOption(rest, 'tests');
if (args.includes('--list')) {
  for (const [name, m] of Object.entries(MODULES)) console.log(`${name.padEnd(32)} ${m.mutate.join(' ')}`);
  process.exit(0);
}
const asked = args.filter((a, i) => !a.startsWith('-') && !(i > 0 && args[i - 1].startsWith('--')));
const passThrough = args.filter((a) => !asked.includes(a));
// A group name ("check-rules") stands for its modules, in their order.
const inGroup = (g) => Object.keys(MODULES).filter((n) => MODULES[n].group === g);
const names = asked.flatMap((n) => (MODULES[n] ? [n] : inGroup(n).length ? inGroup(n) : [n]));
const unknown = names.filter((n) => !MODULES[n]);
if (unknown.length) {
  console.error(`Unknown module ${unknown.join(', ')}; known: ${Object.keys(MODULES).join(', ')}`);
  process.exit(2);
}
const root = path.resolve(__dirname, '../..');
let failed = 0;
for (const name of names.length ? names : Object.keys(MODULES)) {
  const m = MODULES[name];
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/.bin/stryker'),
      'run',
      'stryker.config.mjs',
      '--mutate',
      only ?? m.mutate.join(','),
      ...passThrough,
    ],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, MUTATE_MODULE: name, ...(tests ? { MUTATE_TESTS: tests } : {}) },
    },
  );
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
