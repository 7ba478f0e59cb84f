// The Node bundles: the server (dist/server/index.js, what `npm start` runs) and the CLI
// (dist/cli/main.mjs, what bin/afspraak.js runs). Plain node at run time: no tsx, no TypeScript.
import { build, type Metafile } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CliCommandInfo } from '../cli/command';
import { commandLoaders } from '../cli/commands';
import { dirnameBanner, sourceDirname } from './source-dirname';

const NODE_TARGET = 'node20.19';

/**
 * The server keeps its packages external: botbuilder, restify and PGlite (whose WebAssembly and
 * data files are found next to its own modules) load from node_modules as they do from source.
 * One CommonJS file of our code only.
 */
export async function buildServer(root: string, sourceKey: string): Promise<Metafile> {
  const outdir = path.join(root, 'dist', 'server');
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { index: 'bot/index.ts' },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: NODE_TARGET,
    packages: 'external',
    banner: { js: dirnameBanner('cjs', '../..') },
    define: { AFSPRAAK_SOURCE_KEY: JSON.stringify(sourceKey) },
    plugins: [sourceDirname(root)],
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}

/** Every command's help, read from the commands themselves at build time. */
export async function cliCommandInfos(): Promise<CliCommandInfo[]> {
  const commands = await Promise.all(Object.values(commandLoaders).map((load) => load()));
  return commands.map(({ name, summary, usage, options }) => ({ name, summary, usage, options }));
}

/**
 * The CLI is one ES module per command with shared chunks (esbuild splits only ES modules), its
 * packages bundled in: a call loads main, the one command it runs and what that command imports.
 * Chunks sit beside main.mjs so every output file finds the repository two folders up.
 */
export async function buildCli(root: string, sourceKey: string): Promise<Metafile> {
  const outdir = path.join(root, 'dist', 'cli');
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts' },
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: NODE_TARGET,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[name]-[hash]',
    banner: { js: dirnameBanner('esm', '../..') },
    define: {
      AFSPRAAK_SOURCE_KEY: JSON.stringify(sourceKey),
      AFSPRAAK_CLI_COMMANDS: JSON.stringify(await cliCommandInfos()),
    },
    plugins: [sourceDirname(root)],
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}
