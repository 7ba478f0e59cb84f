#!/usr/bin/env node
// `npx afspraak …`: runs the TypeScript CLI through tsx's require hook, so no build step is needed.
require('tsx/cjs');
require('../cli/main.ts')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
