// Runs once before the end-to-end files start (jest's globalSetup of the e2e project): builds dist/
// when it is stale, as `npm start` does. The files then only check that the build is fresh; two
// workers building at once would empty dist/web under a page that the other one is serving.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

module.exports = function buildOnceBeforeTheBrowsers() {
  const root = path.resolve(__dirname, '../..');
  const r = spawnSync(process.execPath, [path.join(root, 'build', 'ensure-built.js')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('the build failed (build/ensure-built.js): see its output above');
};
