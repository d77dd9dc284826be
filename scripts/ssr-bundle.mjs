// For the SSR tests (test/node/ssr*.test.mjs): bundles an entry that imports elements from src/ for
// Node, as @lit-labs/ssr renders them, and imports it. Each test names its own file: node --test
// runs the SSR tests at the same time.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);

/** The module `source` (a JS module beside the repository root) bundled for Node and imported. */
export async function importSsrBundle(name, source) {
  const outdir = new URL('node_modules/.cache/versus-ssr/', root);
  await mkdir(outdir, { recursive: true });
  const result = await build({
    stdin: { contents: source, resolveDir: root.pathname, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: new URL('tsconfig.json', root).pathname,
    write: false,
  });
  const file = new URL(`${name}.mjs`, outdir);
  await writeFile(file, result.outputFiles[0].text);
  return import(`${file.href}?t=${Date.now()}`);
}
