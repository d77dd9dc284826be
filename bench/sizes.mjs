// Sizes of what users download: each npm entry bundled with its dependencies (Lit included), each
// CDN file when `cdn/` has been built, and the peers for reference. Raw, gzip -9 and brotli -q 11.
// Shared by `npm run bench` and the size test (test/node/size.test.mjs); sizes are deterministic.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minifyCssInSource } from '../scripts/build-css-minify.mjs';

export const root = new URL('../', import.meta.url).pathname;

/** Byte counts of one text: raw, gzip -9, brotli -q 11. */
export function compressedSizes(bytes) {
  const buffer = Buffer.from(bytes);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

function addSizes(a, b) {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

const ZERO = { raw: 0, gzip: 0, brotli: 0 };

/** The tags that have an element folder with a defining module. */
export function elementTags() {
  const dir = join(root, 'src/components');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, `${entry.name}.ts`)))
    .map((entry) => entry.name)
    .sort();
}

/** Ships `css` templates minified, as the dist/ build does (an app's bundler cannot do it). */
const minifiedCss = {
  name: 'versus-minified-css',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, (args) => ({ contents: minifyCssInSource(readFileSync(args.path, 'utf8')), loader: 'ts' }));
  },
};

/**
 * Bundles one entry the way an app's bundler would (production Lit, minified, ES2022, our `css` already minified as in dist/), keeping
 * dynamic imports (the bundled article) as their own chunks. Files are counted separately because
 * they are fetched separately: `initial` is what the entry needs to define its elements,
 * `lazy` what it fetches on demand (the article, only for pages without their own data).
 */
export async function bundleEntry(entry) {
  const result = await build({
    ...(entry.contents ? { stdin: { contents: entry.contents, resolveDir: root, loader: 'js' } } : { entryPoints: [join(root, entry.source)] }),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    outdir: join(root, 'bench/out/sizes'),
    chunkNames: 'chunk-[hash]',
    logLevel: 'silent',
    tsconfig: join(root, 'tsconfig.json'),
    plugins: [minifiedCss],
  });
  const byPath = new Map(result.outputFiles.filter((file) => file.path.endsWith('.js')).map((file) => [file.path, file]));
  const meta = result.metafile.outputs;
  const key = (path) => relative(root, path);
  const entryFile = result.outputFiles.find((file) => meta[key(file.path)]?.entryPoint !== undefined);
  // Walks the import graph: static imports belong to the initial load, dynamic ones are lazy.
  const initial = new Set();
  const lazy = new Set();
  const walk = (path, isLazy) => {
    const target = isLazy ? lazy : initial;
    if (initial.has(path) || target.has(path)) return;
    target.add(path);
    for (const imported of meta[key(path)]?.imports ?? []) {
      walk(join(root, imported.path), isLazy || imported.kind === 'dynamic-import');
    }
  };
  walk(entryFile.path, false);
  for (const path of initial) lazy.delete(path);
  const sum = (paths) => [...paths].reduce((total, path) => addSizes(total, compressedSizes(byPath.get(path).contents)), ZERO);
  const code = [...initial].map((path) => byPath.get(path).text).join('\n');
  return { initial: sum(initial), lazy: sum(lazy), files: initial.size + lazy.size, code };
}

/**
 * The npm entries: the whole library (`src/index.ts`, plus every element folder in case the
 * generated index is behind) and each element's defining module.
 */
export function npmEntries() {
  const tags = elementTags();
  const lines = tags.map((tag) => `import './src/components/${tag}/${tag}.ts';`);
  if (existsSync(join(root, 'src/index.ts'))) lines.unshift("export * from './src/index.ts';");
  const entries = [{ name: 'versus-elements (every element)', contents: lines.join('\n'), kind: 'npm', whole: true }];
  for (const tag of tags) entries.push({ name: tag, source: `src/components/${tag}/${tag}.ts`, kind: 'npm', tag });
  return entries;
}

/** Reference rows: the peer (Shoelace's sl-details, with its Lit) and Lit alone. */
export function referenceEntries() {
  return [
    { name: 'peer: sl-details (Shoelace 2, with Lit)', contents: "import '@shoelace-style/shoelace/dist/components/details/details.js';", kind: 'peer' },
    { name: 'reference: Lit alone (lit)', contents: "export * from 'lit';", kind: 'peer' },
  ];
}

/** Every built CDN file (`cdn/**.js`), measured as shipped. Empty when the build has not run. */
export function cdnFiles() {
  const dir = join(root, 'cdn');
  if (!existsSync(dir)) return [];
  const files = [];
  const visit = (path) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (/\.m?js$/.test(name)) files.push(full);
    }
  };
  visit(dir);
  return files.sort().map((path) => ({ name: relative(root, path), kind: 'cdn', size: compressedSizes(readFileSync(path)) }));
}

/** All size rows: npm entries (initial and lazy; `code` is the initial JavaScript), CDN files, peers. */
export async function measureSizes() {
  const rows = [];
  for (const entry of [...npmEntries(), ...referenceEntries()]) {
    let bundled;
    try {
      bundled = await bundleEntry(entry);
    } catch (error) {
      rows.push({ name: entry.name, kind: entry.kind, tag: entry.tag, whole: entry.whole, error: error.message.split('\n')[0] });
      continue;
    }
    const { initial, lazy, files, code } = bundled;
    rows.push({ name: entry.name, kind: entry.kind, tag: entry.tag, whole: entry.whole, initial, lazy, total: addSizes(initial, lazy), files, code });
  }
  for (const file of cdnFiles()) {
    rows.push({ name: file.name, kind: 'cdn', whole: /versus-elements\.js$/.test(file.name), initial: file.size, lazy: ZERO, total: file.size, files: 1 });
  }
  return rows;
}

/** What the size ratchet holds, per npm entry: the whole library with its article, an element's initial load. */
export function baselineSizes(rows) {
  return Object.fromEntries(
    rows.filter((row) => row.kind === 'npm' && !row.error).map((row) => [row.name, row.whole ? row.total.brotli : row.initial.brotli]),
  );
}
