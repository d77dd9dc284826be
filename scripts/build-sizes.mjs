// Prints each cdn/ file's size (minified, gzip, brotli) and its Subresource Integrity hash.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const cdn = new URL('../cdn/', import.meta.url);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);

/** [{ file, min, gzip, brotli, integrity }] for every .js file in cdn/. */
export function cdnSizes() {
  return readdirSync(cdn)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(new URL(file, cdn));
      return {
        file: `cdn/${file}`,
        min: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
        integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
      };
    });
}

const README = new URL('../README.md', import.meta.url);
const SNIPPET = /(versus-elements@)[^/"]+(\/cdn\/versus-elements\.js"\s*integrity=")[^"]*(")/;

/** The README's script-tag snippet with this version and the built module's integrity. */
export function readmeWithSnippet(readme, version, integrity) {
  return readme.replace(SNIPPET, (_all, a, b, c) => `${a}${version}${b}${integrity}${c}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const sizes = cdnSizes();
  const integrity = sizes.find((s) => s.file === 'cdn/versus-elements.js')?.integrity;
  const readme = readFileSync(README, 'utf8');
  const current = integrity && readmeWithSnippet(readme, version, integrity);
  if (process.argv.includes('--readme') && current) {
    writeFileSync(README, current);
    console.log('README.md: the script-tag snippet now pins', version, 'with', integrity);
  } else if (current && current !== readme) {
    console.log('README.md: the script-tag snippet is stale; run `npm run readme-sri` and commit it.');
  }
  console.log(`${'file'.padEnd(34)}${'min'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}  integrity`);
  for (const s of sizes) console.log(`${s.file.padEnd(34)}${kb(s.min)}${kb(s.gzip)}${kb(s.brotli)}  ${s.integrity}`);
}
