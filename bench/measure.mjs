// Takes the samples: one fresh page per sample, variants interleaved (A B A B ...), the wall time
// measured inside the page and the renderer's main-thread CPU time (CDP ThreadTime) around it.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowsers } from '../scripts/browsers.mjs';

export async function launchBrowser() {
  const { chromium } = findBrowsers(['chromium']);
  return puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: [...chromiumArgs.filter((arg) => !arg.startsWith('--headless')), '--js-flags=--expose-gc'],
  });
}

async function threadTime(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ThreadTime').value * 1000;
}

async function memory(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return { js: heap.usedSize, dom: heap.embedderHeapUsedSize ?? 0, nodes: metrics.find((m) => m.name === 'Nodes').value };
}

/**
 * Opens a fresh page with the harness and the data ready. `urls` are loaded before timing unless
 * `cold`. Resolves to `{ page, cdp, close }`; without `withCdp` (Firefox has no CDP), `cdp` is undefined.
 */
async function openPage(env, { scenario, urls, cold, withCdp = true }) {
  const page = await env.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.setViewport({ width: 1024, height: 768 });
  const cdp = withCdp ? await page.createCDPSession() : undefined;
  await cdp?.send('Performance.enable');
  await page.goto(`${env.origin}/bench/harness/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined);
  if (!cold) await page.evaluate((list) => window.bench.load(list), urls);
  await page.evaluate((s) => window.bench.prepare(s), scenario);
  const close = async () => {
    await page.close();
    if (errors.length) throw new Error(`page errors: ${errors.slice(0, 3).join(' | ')}`);
  };
  return { page, cdp, close };
}

/** The in-page wall time an action returned: a number, or an object with `time` or `slowest`. */
const wallOf = (value) => (typeof value === 'number' ? value : value.time ?? value.slowest);

/** Runs one interaction in the page: `{ kind: 'type', label, text }`, `toggle`, `open`. */
function act(page, action) {
  if (action.kind === 'type') return page.evaluate((a) => window.bench.type(a.label, a.text), action);
  if (action.kind === 'toggle') return page.evaluate((a) => window.bench.toggle(a.label), action);
  return page.evaluate((a) => window.bench.openEach(a.count), action);
}

/** Times `fn(page)` (which returns the in-page wall time, or an object with `time`). */
async function timed(cdp, page, fn) {
  const before = await threadTime(cdp);
  const value = await fn(page);
  const after = await threadTime(cdp);
  const wall = wallOf(value);
  return { wall, cpu: after - before, detail: typeof value === 'number' ? undefined : value };
}

/** One render sample: `{ wall, cpu }` in ms. */
export async function renderSample(env, { scenario, urls, cold = false }) {
  const { page, cdp, close } = await openPage(env, { scenario, urls, cold });
  await cdp.send('HeapProfiler.collectGarbage');
  const sample = await timed(cdp, page, (p) =>
    cold ? p.evaluate((list) => window.bench.coldRender(list), urls) : p.evaluate(() => window.bench.render()),
  );
  sample.summary = await page.evaluate(() => window.bench.summary());
  await close();
  return sample;
}

/** Renders (untimed), then times one interaction: `{ kind: 'type', label, text }`, `toggle`, `open`. */
export async function interactionSample(env, { scenario, urls, action }) {
  const { page, cdp, close } = await openPage(env, { scenario, urls });
  await page.evaluate(() => window.bench.render());
  await cdp.send('HeapProfiler.collectGarbage');
  const sample = await timed(cdp, page, (p) => act(p, action));
  await close();
  return sample;
}

/**
 * Wall time only, for browsers without CDP (bench/firefox.mjs): the render, or with `action`, the
 * interaction after an untimed render. `{ wall }` in ms.
 */
export async function wallSample(env, { scenario, urls, action }) {
  const { page, close } = await openPage(env, { scenario, urls, withCdp: false });
  const rendered = await page.evaluate(() => window.bench.render());
  const wall = action ? wallOf(await act(page, action)) : rendered;
  await close();
  return { wall };
}

/** Memory held by the rendered content after a forced GC, over a baseline with the data already made. */
export async function memorySample(env, { scenario, urls }) {
  const { page, cdp, close } = await openPage(env, { scenario, urls });
  const base = await memory(cdp);
  await page.evaluate(() => window.bench.render());
  const after = await memory(cdp);
  await close();
  return { js: after.js - base.js, dom: after.dom - base.dom, nodes: after.nodes - base.nodes };
}

/**
 * Runs `sample(variant)` for every variant, `runs` times, interleaved: A B C A B C ...
 * Resolves to `{ [variant]: sample[] }`; a variant that throws is recorded with its error.
 */
export async function interleave(variants, runs, sample, onProgress = () => {}) {
  const samples = Object.fromEntries(variants.map((v) => [v, []]));
  const errors = {};
  for (let run = 0; run < runs; run += 1) {
    for (const variant of variants) {
      if (errors[variant]) continue;
      try {
        samples[variant].push(await sample(variant));
      } catch (error) {
        errors[variant] = error.message.split('\n')[0];
      }
      onProgress();
    }
  }
  return { samples, errors };
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), n: sorted.length };
}
