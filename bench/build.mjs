// Bundles what the benchmark pages load: each element's defining module and Shoelace's sl-details,
// minified with production Lit, as ES modules with shared chunks (like a CDN build).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { elementTags, root } from './sizes.mjs';

const OUT = 'bench/out/run';

/** Resolves to `{ modules: { name: url }, article: url }` (URLs relative to the server root). */
export async function buildBenchBundles() {
  await rm(join(root, OUT), { recursive: true, force: true });
  const entryPoints = {};
  // Elements are written while the benchmark runs: one that does not build is left out, with a note.
  for (const tag of elementTags()) {
    const path = join(root, `src/components/${tag}/${tag}.ts`);
    try {
      await build({ entryPoints: [path], bundle: true, write: false, logLevel: 'silent', tsconfig: join(root, 'tsconfig.json') });
      entryPoints[tag] = path;
    } catch (error) {
      console.warn(`bench: <${tag}> does not build, left out: ${error.message.split('\n')[0]}`);
    }
  }
  entryPoints['sl-details'] = join(root, 'node_modules/@shoelace-style/shoelace/dist/components/details/details.js');
  const result = await build({
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    outdir: join(root, OUT),
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
  });
  const modules = {};
  let article;
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (!path.endsWith('.js')) continue;
    const url = `/${relative(root, join(root, path))}`;
    const name = Object.keys(entryPoints).find((entry) => path.endsWith(`/${entry}.js`));
    if (output.entryPoint && name) modules[name] = url;
    if (Object.keys(output.inputs).some((input) => input.endsWith('data/django-vs-flask.json'))) article = url;
  }
  return { modules, article };
}
