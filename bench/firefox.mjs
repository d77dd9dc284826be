// `npm run bench:firefox`: the FAQ and matrix scenarios of `npm run bench` in headless Firefox, for
// reference (issue 10's budgets are Chromium's). Wall time inside the page only: Firefox has no CDP
// ThreadTime, and its performance.now() is rounded to the millisecond. Same harness, bundles,
// floors and peer, variants interleaved in fresh pages. Writes bench/results-firefox.json, which
// `node bench/readme.mjs` adds to the README, and prints a markdown table. Option: --runs N (default 7).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchFirefox } from '../test/e2e/browser.mjs';
import { serve } from '../scripts/static-server.mjs';
import { buildBenchBundles } from './build.mjs';
import { interleave, stats, wallSample } from './measure.mjs';
import { firefoxMarkdown } from './report.mjs';
import { root } from './sizes.mjs';
import { INTERACTIONS, urlsFor } from './suites.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(args.runs ?? 7);

// The first variant of a render is its floor. Then the Chromium bench's interactions, as they are.
const CASES = [
  { name: 'FAQ render, 100 entries', variants: ['details', 'faq-accordion', 'sl-details'], scenario: { kind: 'faq', n: 100 } },
  { name: 'FAQ render, 1,000 entries', variants: ['details', 'faq-accordion', 'sl-details'], scenario: { kind: 'faq', n: 1000 } },
  { name: 'Matrix render, 1,000 features x 2 subjects', variants: ['table', 'feature-matrix'], scenario: { kind: 'matrix', n: 1000, subjects: 2 } },
  ...INTERACTIONS.map(({ name, variant, scenario, action }) => ({ name, variants: [variant], scenario, action })),
];

const { modules } = await buildBenchBundles();
const server = await serve({ '/': root });
const browser = await launchFirefox();
const env = { browser, origin: server.origin, modules };
const results = { date: new Date().toISOString(), firefox: await browser.version(), pagesPerVariant: runs, rows: [] };
try {
  for (const item of CASES) {
    console.error(`[bench:firefox] ${item.name}, ${runs} runs`);
    const { samples, errors } = await interleave(item.variants, runs, (variant) =>
      wallSample(env, { scenario: { ...item.scenario, variant }, urls: urlsFor(env, variant), action: item.action }),
    );
    const floor = item.variants.length > 1 ? item.variants[0] : undefined;
    for (const variant of item.variants) {
      results.rows.push({ name: item.name, variant, floor, error: errors[variant], wall: errors[variant] ? undefined : stats(samples[variant].map((s) => s.wall)) });
    }
  }
} finally {
  await browser.close();
  await server.close();
}
await writeFile(join(root, 'bench/results-firefox.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(firefoxMarkdown(results));
