// Imports a TypeScript module of src/ in Node by bundling it with esbuild first (no TS loader here).
import { build } from 'esbuild';

export async function importTs(relativePath) {
  const out = await build({
    entryPoints: [new URL(`../${relativePath}`, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}
