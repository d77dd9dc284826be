// Prints each cdn/ file's size (minified, gzip, brotli) and its Subresource Integrity hash.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`${'file'.padEnd(34)}${'min'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}  integrity`);
  for (const s of cdnSizes()) console.log(`${s.file.padEnd(34)}${kb(s.min)}${kb(s.gzip)}${kb(s.brotli)}  ${s.integrity}`);
}
