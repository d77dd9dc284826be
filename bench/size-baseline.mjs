// Records today's bundle sizes (brotli -q 11) in bench/size-baseline.json: the ratchet that the
// size test holds every change to. Run it (`npm run size-baseline`) when a change adds size on
// purpose, and say why in the commit.
import { writeFile } from 'node:fs/promises';
import { baselineSizes, measureSizes } from './sizes.mjs';

const baseline = baselineSizes(await measureSizes());
await writeFile(new URL('size-baseline.json', import.meta.url), `${JSON.stringify(baseline, null, 2)}\n`);
console.log(baseline);
