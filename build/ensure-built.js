#!/usr/bin/env node
// `npm start` and `npm install` run this first: builds dist/ when it is missing or older than the
// sources (build/freshness.js), and does nothing otherwise.
const { spawnSync } = require('node:child_process');
const path = require('node:path');
const { staleReason } = require('./freshness.js');

const root = path.resolve(__dirname, '..');
const reason = staleReason(root);
if (reason) {
  console.log(`[afspraak] building (${reason})`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'build.ts')], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exitCode = r.status ?? 1;
}
