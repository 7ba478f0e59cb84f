// Our sources find files next to themselves with __dirname (the organisation example, the built web
// pages, PGlite's initdb script). In a bundle every module shares the bundle's folder, so this
// plugin rewrites each of our modules' __dirname to its folder in the repository, resolved from
// wherever the bundle lies at run time: the repository can move after a build.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';

/** The helper each output file starts with; `rootFromOutput` is the repository seen from the output's folder. */
export function dirnameBanner(format: 'cjs' | 'esm', rootFromOutput: string): string {
  const root = JSON.stringify(rootFromOutput);
  if (format === 'cjs')
    return `const __afspraakDir = (rel) => require('node:path').join(__dirname, ${root}, rel);`;
  return [
    `import { createRequire as __afspraakRequire } from 'node:module';`,
    `import { fileURLToPath as __afspraakPath } from 'node:url';`,
    `import { dirname as __afspraakDirname, join as __afspraakJoin } from 'node:path';`,
    // CommonJS packages bundled into an ES module still call require() and read __dirname.
    `const require = __afspraakRequire(import.meta.url);`,
    `const __filename = __afspraakPath(import.meta.url);`,
    `const __dirname = __afspraakDirname(__filename);`,
    `const __afspraakDir = (rel) => __afspraakJoin(__dirname, ${root}, rel);`,
  ].join('\n');
}

export function sourceDirname(root: string): Plugin {
  return {
    name: 'source-dirname',
    setup(b) {
      b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = await fs.readFile(args.path, 'utf8');
        if (!/\b__(dirname|filename)\b/.test(text)) return undefined;
        const dir = path.relative(root, path.dirname(args.path)).split(path.sep).join('/');
        const file = path.relative(root, args.path).split(path.sep).join('/');
        const contents = text
          .replace(/\b__dirname\b/g, `__afspraakDir(${JSON.stringify(dir)})`)
          .replace(/\b__filename\b/g, `__afspraakDir(${JSON.stringify(file)})`);
        return { contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}
