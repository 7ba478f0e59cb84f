// Is dist/ up to date with the sources? Plain CommonJS without dependencies, because it runs before
// anything is built: `npm start` (build/ensure-built.js) and bin/afspraak.js ask it on every start,
// so it only stats the files the last build read (listed in dist/build-info.json): a few ms.
const { readFileSync, statSync } = require('node:fs');
const path = require('node:path');

const BUILD_INFO = path.join('dist', 'build-info.json');

/** Why the build must be made again, or undefined when it is fresh. */
function staleReason(root) {
  let info;
  try {
    info = JSON.parse(readFileSync(path.join(root, BUILD_INFO), 'utf8'));
  } catch {
    return 'no build yet';
  }
  if (!Array.isArray(info.inputs) || typeof info.startedAt !== 'number')
    return 'an unreadable build-info.json';
  // Plain concatenation: path.join on every one of ~300 files costs more than the stats.
  const base = root.endsWith(path.sep) ? root : root + path.sep;
  for (const input of [...info.inputs, ...(info.outputs ?? [])]) {
    let mtime;
    try {
      mtime = statSync(base + input).mtimeMs;
    } catch {
      return `${input} is gone`;
    }
    // Outputs are written after the build started; inputs must not have changed since.
    if (!info.outputs?.includes(input) && mtime > info.startedAt) return `${input} changed`;
  }
  return undefined;
}

module.exports = { BUILD_INFO, staleReason };
