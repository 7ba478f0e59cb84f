#!/usr/bin/env node
// `npx afspraak …`: runs the built CLI (dist/cli, `npm run build`) when it is up to date with the
// sources, and otherwise the TypeScript itself through tsx's require hook, so a change in
// development never needs a build first. AFSPRAAK_FROM_SOURCE=1 forces the TypeScript.
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { staleReason } = require('../build/freshness.js');

const root = path.join(__dirname, '..');
const argv = process.argv.slice(2);
const fromSource = process.env.AFSPRAAK_FROM_SOURCE === '1' || staleReason(root) !== undefined;

const cli = fromSource
  ? // Both of tsx's hooks: the commands are loaded with import() (cli/commands/index.ts).
    import('tsx/esm/api').then((tsx) => {
      tsx.register();
      require('tsx/cjs');
      return require('../cli/main.ts');
    })
  : import(pathToFileURL(path.join(root, 'dist', 'cli', 'main.mjs')).href);

cli
  .then((m) => m.main(argv))
  .then((code) => {
    process.exitCode = code;
  });
