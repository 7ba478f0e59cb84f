// Builds the web pages with esbuild: the Word task pane (taskpane/main.tsx → dist/web/taskpane)
// and, when it exists, the Teams tab (taskpane/tab/main.tsx → dist/web/tab). Minified ES
// modules with content-hashed names (the server caches those for a year) and code splitting,
// so what a page does not need at first (sign-in, the .docx reader) loads only when used.
//
//   npx tsx taskpane/build.ts            production build
//   npx tsx taskpane/build.ts --dev      unminified, with source maps
import { build, type Metafile, type Plugin } from 'esbuild';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist', 'web');

interface Page {
  name: 'taskpane' | 'tab';
  /** Entry points by output name; 'main' is the page's own script. */
  entries: Record<string, string>;
  /** HTML template with %MAIN_JS%, %STYLES% (and %OFFICE_JS_URL% for the server). */
  template: string;
  /** Extra HTML pages: output file → entry name. */
  extraPages?: Record<string, string>;
  /** Folders copied as they are (output folder → source folder), without their .ts sources. */
  assets?: Record<string, string>;
}

const FALLBACK_TEMPLATE = `<!doctype html>
<html lang="nl-BE">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Afspraak</title>
    %STYLES%
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="%MAIN_JS%"></script>
  </body>
</html>
`;

function pages(): Page[] {
  const list: Page[] = [
    {
      name: 'taskpane',
      entries: { main: 'taskpane/main.tsx', 'auth-redirect': 'taskpane/auth/redirect.ts' },
      template: 'taskpane/index.html',
      extraPages: { 'auth-redirect.html': 'auth-redirect' },
    },
  ];
  if (existsSync(path.join(ROOT, 'taskpane/tab/main.tsx'))) {
    list.push({
      name: 'tab',
      entries: { main: 'taskpane/tab/main.tsx' },
      template: 'taskpane/tab/index.html',
      // The app icons, for the Word add-in manifest (manifest/templates/word-addin.xml) and the favicon.
      assets: { icons: 'manifest/icons' },
    });
  }
  return list;
}

/**
 * shared/ is pure by design (no module-level effects), but esbuild cannot know: without this, a
 * barrel such as shared/organisation/index.ts would pull the YAML parser and zod into the page
 * for a rule that only needs a people helper.
 */
const pureShared: Plugin = {
  name: 'pure-shared',
  setup(b) {
    b.onResolve({ filter: /^\.{1,2}\// }, async (args) => {
      if (args.pluginData === 'pure-shared') return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'pure-shared',
      });
      if (resolved.errors.length) return undefined;
      const shared = resolved.path.startsWith(path.join(ROOT, 'shared') + path.sep);
      return shared ? { ...resolved, sideEffects: false } : undefined;
    });
  },
};

export interface PageBuild {
  page: string;
  outDir: string;
  /** Files the page loads before anything else (its entry and the chunks it imports statically). */
  initialFiles: string[];
  metafile: Metafile;
}

export async function buildPage(page: Page, dev = false): Promise<PageBuild> {
  const outDir = path.join(DIST, page.name);
  await fs.rm(outDir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: page.entries,
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome109', 'edge109', 'firefox115', 'safari16'],
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
    legalComments: 'linked',
    metafile: true,
    plugins: [pureShared],
    logLevel: 'warning',
  });
  const metafile = result.metafile;
  const outputOf = (entry: string) => {
    const source = page.entries[entry];
    const found = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === source);
    if (!found) throw new Error(`esbuild produced no output for ${source}`);
    return { file: found[0], output: found[1] };
  };

  const template = existsSync(path.join(ROOT, page.template))
    ? await fs.readFile(path.join(ROOT, page.template), 'utf8')
    : FALLBACK_TEMPLATE;
  const writePage = async (fileName: string, entry: string) => {
    const { file, output } = outputOf(entry);
    const rel = (f: string) => './' + path.relative(outDir, path.join(ROOT, f)).split(path.sep).join('/');
    const css = output.cssBundle ? `<link rel="stylesheet" href="${rel(output.cssBundle)}" />` : '';
    // Preload the chunks the entry imports statically, so the browser fetches them in parallel.
    const preloads = output.imports
      .filter((i) => i.kind === 'import-statement')
      .map((i) => `<link rel="modulepreload" href="${rel(i.path)}" />`)
      .join('\n    ');
    const html = template
      .replace('%MAIN_JS%', rel(file))
      .replace('%STYLES%', [css, preloads].filter(Boolean).join('\n    '));
    await fs.writeFile(path.join(outDir, fileName), html);
  };
  await writePage('index.html', 'main');
  for (const [fileName, entry] of Object.entries(page.extraPages ?? {})) {
    const { file } = outputOf(entry);
    await fs.writeFile(
      path.join(outDir, fileName),
      `<!doctype html><html lang="nl-BE"><head><meta charset="utf-8" /><title>Afspraak</title></head>` +
        `<body><script type="module" src="./${path.relative(outDir, path.join(ROOT, file)).split(path.sep).join('/')}"></script></body></html>\n`,
    );
  }

  for (const [to, from] of Object.entries(page.assets ?? {})) {
    await fs.cp(path.join(ROOT, from), path.join(outDir, to), {
      recursive: true,
      filter: (f) => !/\.tsx?$/.test(f),
    });
  }

  await copyIcons(outDir);
  return { page: page.name, outDir, initialFiles: initialFiles(metafile, outputOf('main').file), metafile };
}

/**
 * The add-in manifest points Word at <page>/icons/addin-*.png (manifest/templates/word-addin.xml):
 * the icons drawn in manifest/icons are published with each page.
 */
async function copyIcons(outDir: string): Promise<void> {
  const source = path.join(ROOT, 'manifest', 'icons');
  if (!existsSync(source)) return;
  const pngs = (await fs.readdir(source)).filter((f) => f.endsWith('.png'));
  if (pngs.length === 0) return;
  await fs.mkdir(path.join(outDir, 'icons'), { recursive: true });
  for (const f of pngs) await fs.copyFile(path.join(source, f), path.join(outDir, 'icons', f));
}

/** The entry file and, transitively, every chunk it imports statically (not dynamic imports). */
function initialFiles(metafile: Metafile, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of metafile.outputs[file]?.imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  return [...seen].map((f) => path.join(ROOT, f));
}

/** Builds every page; one page's failure does not stop the others, but fails the whole. */
export async function buildAll(dev = false, only?: readonly string[]): Promise<PageBuild[]> {
  const out: PageBuild[] = [];
  const failed: string[] = [];
  for (const page of pages().filter((p) => !only || only.includes(p.name))) {
    try {
      out.push(await buildPage(page, dev));
    } catch (error) {
      failed.push(`${page.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failed.length) throw new Error(`web build failed for ${failed.join('\n')}`);
  return out;
}

if (require.main === module) {
  const dev = process.argv.includes('--dev');
  const started = Date.now();
  buildAll(dev)
    .then(async (builds) => {
      for (const b of builds) {
        let bytes = 0;
        for (const f of b.initialFiles) bytes += (await fs.stat(f)).size;
        console.log(
          `${b.page}: ${path.relative(ROOT, b.outDir)} (initial JavaScript ${(bytes / 1024).toFixed(0)} KB)`,
        );
      }
      console.log(`web build ${dev ? '(dev) ' : ''}done in ${Date.now() - started} ms`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
