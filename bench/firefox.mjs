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
import { interleave, stats } from './measure.mjs';
import { firefoxMarkdown } from './report.mjs';
import { root } from './sizes.mjs';

const { values: args } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(args.runs ?? 7);

const FAQ = (n) => ({ kind: 'faq', n });
const MATRIX = (n, subjects) => ({ kind: 'matrix', n, subjects });
const TYPE = (label) => ({ kind: 'type', label, text: 'cache' });
const CASES = [
  { name: 'FAQ render, 100 entries', variants: ['details', 'faq-accordion', 'sl-details'], scenario: FAQ(100) },
  { name: 'FAQ render, 1,000 entries', variants: ['details', 'faq-accordion', 'sl-details'], scenario: FAQ(1000) },
  { name: 'Matrix render, 1,000 features x 2 subjects', variants: ['table', 'feature-matrix'], scenario: MATRIX(1000, 2) },
  { name: 'FAQ search keystroke, 1,000 entries (slowest of "cache")', variants: ['faq-accordion'], scenario: { ...FAQ(1000), attributes: { searchable: '' } }, action: TYPE('Search the questions') },
  ...[2, 6].map((subjects) => ({ name: `Matrix filter keystroke, 1,000 features x ${subjects} subjects (slowest of "cache")`, variants: ['feature-matrix'], scenario: MATRIX(1000, subjects), action: TYPE('Filter features') })),
  ...[2, 6].map((subjects) => ({ name: `Matrix "only differences" toggle, 1,000 features x ${subjects} subjects`, variants: ['feature-matrix'], scenario: MATRIX(1000, subjects), action: { kind: 'toggle', label: 'Only differences' } })),
];

async function sample(env, variant, { scenario, action }) {
  const page = await env.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let wall;
  try {
    await page.setViewport({ width: 1024, height: 768 });
    await page.goto(`${env.origin}/bench/harness/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate((urls) => window.bench.load(urls), env.modules[variant] ? [env.modules[variant]] : []);
    await page.evaluate((s) => window.bench.prepare(s), { ...scenario, variant });
    wall = await page.evaluate(() => window.bench.render());
    if (action?.kind === 'type') wall = (await page.evaluate((a) => window.bench.type(a.label, a.text), action)).slowest;
    if (action?.kind === 'toggle') wall = (await page.evaluate((a) => window.bench.toggle(a.label), action)).time;
  } finally {
    await page.close();
  }
  if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
  return { wall };
}

const { modules } = await buildBenchBundles();
const server = await serve({ '/': root });
const browser = await launchFirefox();
const env = { browser, origin: server.origin, modules };
const results = { date: new Date().toISOString(), firefox: await browser.version(), pagesPerVariant: runs, rows: [] };
try {
  for (const item of CASES) {
    console.error(`[bench:firefox] ${item.name}, ${runs} runs`);
    const { samples, errors } = await interleave(item.variants, runs, (variant) => sample(env, variant, item));
    const floor = item.variants.length > 1 ? stats(samples[item.variants[0]].map((s) => s.wall)).median : undefined;
    for (const variant of item.variants) {
      const wall = errors[variant] ? undefined : stats(samples[variant].map((s) => s.wall));
      results.rows.push({ name: item.name, variant, floor: item.variants.length > 1 ? item.variants[0] : undefined, error: errors[variant], wall, ratio: wall && floor ? wall.median / floor : undefined });
    }
  }
} finally {
  await browser.close();
  await server.close();
}
await writeFile(join(root, 'bench/results-firefox.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(firefoxMarkdown(results));
