// `npm run bench`: sizes, then renders, scaling, interactions and memory in headless Chromium,
// side by side with the native floors and the Shoelace peer. Writes bench/results.json and
// bench/scaling.svg and prints the markdown tables. `npm run bench -- --check` exits 1 when a
// budget fails (listing the failing rows). Options: --runs N (pages per variant and scenario,
// default 11), --quick (3 runs, for trying the harness), --only faq,matrix,article,interaction,memory.
import { writeFile } from 'node:fs/promises';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBenchBundles } from './build.mjs';
import { scalingChart } from './chart.mjs';
import { launchBrowser, renderSample } from './measure.mjs';
import { checks, markdown } from './report.mjs';
import { serve } from '../scripts/static-server.mjs';
import { measureSizes, root } from './sizes.mjs';
import { articleRenders, faqScaling, interactions, matrixScaling, memory } from './suites.mjs';

const { values: args } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    only: { type: 'string' },
  },
});
const runs = Number(args.runs ?? (args.quick ? 3 : 11));
const only = args.only ? args.only.split(',') : undefined;
const wanted = (name) => !only || only.includes(name);
const started = Date.now();
const log = (message) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

log('sizes');
const sizes = (await measureSizes()).map(({ code: _code, ...row }) => row);
log('building the benchmark bundles');
const { modules, article } = await buildBenchBundles();
const server = await serve({ '/': root });
const browser = await launchBrowser();
const env = { browser, origin: server.origin, modules, article, log };

const results = {
  date: new Date().toISOString(),
  machine: { cpus: availableParallelism(), cpu: cpus()[0]?.model, node: process.version, chromium: await browser.version() },
  pagesPerVariant: { faq: runs, matrix: Math.min(runs, 7), article: Math.min(runs, 5), interaction: Math.min(runs, 7), memory: Math.min(runs, 5) },
  sizes,
  note: 'wall: in-page performance.now() from just before the content is built and attached until every element updated and a layout was forced; cpu: renderer main-thread time (CDP Performance.getMetrics ThreadTime) over the same span',
  runs: [],
};
try {
  // The first pages of a browser are slower; they warm it up and are not counted.
  for (let i = 0; i < 3; i += 1) await renderSample(env, { scenario: { kind: 'faq', n: 100, variant: 'details' }, urls: [] });
  if (wanted('faq')) results.runs.push(...(await faqScaling(env, runs)));
  if (wanted('matrix')) results.runs.push(...(await matrixScaling(env, Math.min(runs, 7))));
  if (wanted('article')) results.runs.push(...(await articleRenders(env, Math.min(runs, 5))));
  if (wanted('interaction')) results.runs.push(...(await interactions(env, Math.min(runs, 7))));
  if (wanted('memory')) results.runs.push(...(await memory(env, Math.min(runs, 5))));
} finally {
  await browser.close();
  await server.close();
}

await writeFile(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(join(root, 'bench/scaling.svg'), scalingChart(results.runs));
console.log(markdown(results));
log(`done: bench/results.json, bench/scaling.svg`);

if (args.check) {
  const failing = checks(results).filter((c) => !c.pass);
  if (failing.length) {
    console.error(`\n${failing.length} budget${failing.length > 1 ? 's' : ''} failed:`);
    for (const c of failing) console.error(`  - ${c.name}: ${c.measured} (limit ${c.limit})`);
    process.exit(1);
  }
  console.error('\nEvery budget holds.');
}
