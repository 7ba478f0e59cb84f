// `npm run build`: everything `npm start` and `npx afspraak` run, into dist/.
//   dist/server/index.js       the bot and web server (bot/index.ts), for plain node
//   dist/cli/main.mjs (+chunks) the CLI, one chunk per command
//   dist/web/{taskpane,tab}/    the task pane and the tab (taskpane/build.ts)
//   dist/ask/terms.json, example-terms.json  the agreement texts' and example questions' terms (build/stored-terms.ts)
//   dist/ask/corpus/           the example index of each organisation in organisations/ (build/example-corpus-store.ts)
//   dist/build-info.json        what the build read, so a start can tell when to build again
//
//   npx tsx build/build.ts [--dev]    --dev: unminified web pages with source maps
import type { Metafile } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAll as buildWebPages } from '../taskpane/build';
import { buildCli, buildServer } from './bundles';
import { BUILT_CORPUS_DIR } from './example-corpus-store';
import { sourceKey } from './source-key';
import { writeExampleCorpora } from './write-example-corpora';
import { writeStoredTerms } from './write-stored-terms';
import { storedTermFiles } from './stored-terms';

const ROOT = path.resolve(__dirname, '..');
const BUILD_INFO = path.join(ROOT, 'dist', 'build-info.json');

/** Files every build depends on besides what esbuild read: the build itself and the installed packages. */
function fixedInputs(): string[] {
  const files = [
    'package.json',
    'package-lock.json',
    'node_modules/.package-lock.json',
    'taskpane/index.html',
    'taskpane/tab/index.html',
  ];
  for (const f of readdirSync(path.join(ROOT, 'build'))) files.push(`build/${f}`);
  if (existsSync(path.join(ROOT, 'manifest/icons')))
    for (const f of readdirSync(path.join(ROOT, 'manifest/icons'))) files.push(`manifest/icons/${f}`);
  return files.filter((f) => existsSync(path.join(ROOT, f)));
}

/** Our source files esbuild read (packages are covered by node_modules/.package-lock.json). */
function sourceInputs(metafiles: Metafile[]): string[] {
  const inputs = new Set<string>();
  for (const m of metafiles)
    for (const input of Object.keys(m.inputs))
      if (!input.includes('node_modules/') && !input.includes(':')) inputs.add(input);
  return [...inputs];
}

export async function buildEverything(
  dev = false,
): Promise<{ ms: number; examples: number; agreements: number; corpora: number; inputs: number }> {
  const startedAt = Date.now();
  const key = sourceKey(ROOT);
  const server = await buildServer(ROOT, key);
  const cli = await buildCli(ROOT, key);
  const pages = await buildWebPages(dev);
  const stored = writeStoredTerms(key);
  const corpora = writeExampleCorpora(key);
  const inputs = [
    ...new Set([...sourceInputs([server, cli, ...pages.map((p) => p.metafile)]), ...fixedInputs()]),
  ].sort();
  const outputs = [
    'dist/server/index.js',
    'dist/cli/main.mjs',
    ...Object.values(storedTermFiles()).map((f) => path.relative(ROOT, f).split(path.sep).join('/')),
    path.relative(ROOT, BUILT_CORPUS_DIR).split(path.sep).join('/'),
  ];
  mkdirSync(path.dirname(BUILD_INFO), { recursive: true });
  writeFileSync(
    BUILD_INFO,
    JSON.stringify({ startedAt, sourceKey: key, node: process.version, inputs, outputs }, null, 1),
  );
  return {
    ms: Date.now() - startedAt,
    examples: stored.examples.length,
    agreements: stored.agreements.length,
    corpora,
    inputs: inputs.length,
  };
}

if (require.main === module) {
  buildEverything(process.argv.includes('--dev'))
    .then(({ ms, examples, agreements, corpora, inputs }) =>
      console.log(
        `build done in ${ms} ms: dist/server, dist/cli, dist/web, ${examples} example questions and ${agreements} agreement texts analysed, ${corpora} example indexes (${inputs} inputs)`,
      ),
    )
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
