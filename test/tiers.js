// Which tier each test file belongs to, read from what the file does, so a new test lands in the
// right tier without a list to keep up to date. A file's tier is the heaviest thing it, or any
// helper it imports from test/, reaches for:
//
//   quality      accuracy floors on labelled sets: imports bench/ (the scorers), lives in
//                test/blind/, or is named *.quality.test.ts
//   e2e          drives a browser or Microsoft's client: imports playwright-core or
//                @microsoft/m365agentsplayground, or calls launchChromium
//   integration  a server, a port, a database or a process: imports node:http/https/net,
//                node:child_process, restify, pg, PGlite, bot/server or bot/storage
//   unit         everything else: in-process and pure (fixture files and temp files allowed)
//
// A file that imports a heavy helper for its pure parts only (a fixture organisation beside the
// storage setup) says so in a line `// tier: unit`; that line wins over what its imports suggest.
//
// `npm test` runs unit and integration; `.ci/run` runs every tier (see package.json's test:* scripts).
// `node test/tiers.js` prints every file with its tier.
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');

const TEST_DIR = __dirname;
const TEST_FILE = /\.test\.tsx?$/;

const E2E = [
  /from '(playwright-core|@microsoft\/m365agentsplayground)'/,
  /\blaunchChromium\(/,
  /agentsplayground/,
];
const INTEGRATION_PACKAGES =
  /from '(node:)?(http|https|net|child_process)'|from '(restify|pg|@electric-sql\/pglite)'|from '[./]+\/bot\/(server|storage)(\/[^']*)?'/;
const RELATIVE_IMPORT = /from '(\.{1,2}\/[^']+)'/g;

/** The source without type-only imports, which load nothing at run time. */
function runtimeSource(file) {
  return readFileSync(file, 'utf8').replace(/^import type [^;]+;/gm, '');
}

function resolveHelper(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (candidate.startsWith(TEST_DIR + path.sep) && existsSync(candidate) && /\.tsx?$/.test(candidate))
      return candidate;
  return undefined;
}

/** 'e2e' | 'integration' | undefined for one file and the test/ helpers it imports, transitively. */
function heaviest(file, seen = new Set()) {
  if (seen.has(file)) return undefined;
  seen.add(file);
  const source = runtimeSource(file);
  if (E2E.some((re) => re.test(source))) return 'e2e';
  let found = INTEGRATION_PACKAGES.test(source) ? 'integration' : undefined;
  for (const [, spec] of source.matchAll(RELATIVE_IMPORT)) {
    const helper = resolveHelper(file, spec);
    const tier = helper && heaviest(helper, seen);
    if (tier === 'e2e') return 'e2e';
    found ??= tier;
  }
  return found;
}

function tierOf(file) {
  const rel = path.relative(TEST_DIR, file).split(path.sep).join('/');
  const source = runtimeSource(file);
  const stated = /^\/\/ tier: (\w+)\b/m.exec(source)?.[1];
  if (stated) {
    if (!TIERS.includes(stated)) throw new Error(`${rel}: unknown tier '${stated}' (${TIERS.join(', ')})`);
    return stated;
  }
  if (rel.startsWith('blind/') || /\.quality\.test\.tsx?$/.test(rel) || /from '(\.\.\/)+bench\//.test(source))
    return 'quality';
  return heaviest(file) ?? 'unit';
}

function testFiles(dir = TEST_DIR) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'fixtures') out.push(...testFiles(full));
    } else if (TEST_FILE.test(entry.name)) out.push(full);
  }
  return out.sort();
}

const TIERS = ['unit', 'integration', 'e2e', 'quality'];

/** Every test file by tier. */
function filesByTier() {
  const byTier = Object.fromEntries(TIERS.map((t) => [t, []]));
  for (const file of testFiles()) byTier[tierOf(file)].push(file);
  return byTier;
}

module.exports = { TIERS, tierOf, filesByTier };

if (require.main === module) {
  for (const [tier, files] of Object.entries(filesByTier())) {
    console.log(`${tier} (${files.length})`);
    for (const f of files) console.log(`  ${path.relative(TEST_DIR, f)}`);
  }
}
