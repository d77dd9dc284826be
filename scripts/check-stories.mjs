// The story check (`npm test` runs it): builds the static Storybook, serves it on 127.0.0.1 and
// visits every entry of its index.json in headless Chromium. A story passes when it renders, logs no
// console error and throws no page error, and axe-core finds no violation inside #storybook-root
// (open shadow roots included). Each story is visited once as written and once per extra variant
// (toolbar globals: dark + RTL + narrow + hostile host page). Docs pages (autodocs and the MDX pages)
// must render without errors and pass axe inside #storybook-docs, Storybook's own blocks included.
// Closes with "N passed, N failed".
//
// Env: STORYBOOK_DIR=<dir> checks an existing build instead of building one; STORY_FILTER=<text>
// keeps only entries whose id contains the text; STORY_VARIANTS=default skips the extra variants.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowsers } from './browsers.mjs';
import { serve } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const RENDER_TIMEOUT = 60_000;
const VARIANTS = [
  { name: 'as written', globals: '' },
  { name: 'dark, rtl, narrow, hostile page', globals: 'theme:dark;dir:rtl;width:narrow;hostile:on' },
];
// Page-level rules say nothing about a component rendered alone in a bare iframe.
const AXE_DISABLED = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass'];
// A docs page shows several stories of one element with the same article, so the same named
// regions repeat by design; the controls table is Storybook's own (its toggles and selects).
const DOCS_AXE = { disabled: [...AXE_DISABLED, 'landmark-unique'], exclude: ['.docblock-argstable'] };
const STORY_AXE = { disabled: AXE_DISABLED, exclude: [] };

function finish(passed, failed) {
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

function build() {
  const out = mkdtempSync(join(tmpdir(), 'versus-storybook-'));
  const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
  console.log(`Building the static Storybook into ${out} (npm run build-storybook)`);
  const sb = spawnSync('npm', ['run', '--silent', 'build-storybook', '--', '-o', out], { cwd: ROOT, env, encoding: 'utf8' });
  if (sb.status !== 0 || !existsSync(join(out, 'index.json'))) {
    return { error: `storybook build failed:\n${sb.stdout.slice(-6000)}${sb.stderr.slice(-6000)}` };
  }
  return { dir: out, temporary: true };
}

// Runs in the page before Storybook: records the channel's render events.
function hookChannel() {
  const state = { events: [] };
  window.__storyCheck = state;
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      for (const name of ['storyRendered', 'storyFinished', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException']) {
        next.on(name, (payload) => {
          const detail = payload instanceof Error ? `${payload.name}: ${payload.message}` : payload && typeof payload === 'object' ? JSON.stringify(payload).slice(0, 2000) : String(payload ?? '');
          state.events.push({ name, detail });
        });
      }
    },
  });
}

// Runs in the page: waits until every versus element (light or shadow DOM) has settled its data.
async function settleElements(selector) {
  const all = [];
  // A tag whose module the build dropped renders as an empty unknown element, which axe passes.
  const undefinedTags = new Set();
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.loadComplete && typeof el.loadComplete.then === 'function') all.push(el);
      if (el.localName.includes('-') && !customElements.get(el.localName)) undefinedTags.add(el.localName);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  const root = document.querySelector(selector) ?? document.body;
  walk(root);
  await Promise.all(all.map((el) => el.loadComplete));
  // Elements that render more elements once loaded: settle those too.
  all.length = 0;
  walk(root);
  await Promise.all(all.map((el) => el.loadComplete));
  // What is on the page once everything settled.
  all.length = 0;
  undefinedTags.clear();
  walk(root);
  const problems = [];
  for (const tag of undefinedTags) problems.push(`<${tag}> is not defined: its module did not load`);
  const box = root.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) problems.push('the story renders nothing visible');
  return problems;
}

async function runAxe(selector, { disabled, exclude }) {
  const rules = Object.fromEntries(disabled.map((id) => [id, { enabled: false }]));
  const result = await window.axe.run({ include: [[selector]], exclude: exclude.map((e) => [e]) }, { rules, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n        ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join('\n        ')}`);
}

async function visit(browser, base, entry, variant, axeSource) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location()?.url ? ` (${msg.location().url})` : '';
      problems.push(`console.error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message ?? err}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.evaluateOnNewDocument(hookChannel);
  const isDocs = entry.type === 'docs';
  // The a11y addon's own automatic axe run would only repeat ours (and must not overlap it).
  const globals = `&globals=${['a11y.manual:!true', variant.globals].filter(Boolean).join(';')}`;
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${isDocs ? 'docs' : 'story'}${globals}`;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: RENDER_TIMEOUT });
    const done = isDocs ? ['docsRendered'] : ['storyFinished'];
    const failures = ['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
    // Until Storybook reports the end of the render; a page error before that ends the wait.
    const deadline = Date.now() + RENDER_TIMEOUT;
    const names = [...done, ...failures];
    while (!(await page.evaluate((wanted) => window.__storyCheck.events.some((e) => wanted.includes(e.name)), names))) {
      if (problems.some((p) => p.startsWith('page error'))) throw new Error('a page error stopped the render');
      if (Date.now() > deadline) throw Object.assign(new Error(`no ${done[0]} after ${RENDER_TIMEOUT / 1000} s`), { name: 'TimeoutError' });
      await new Promise((r) => setTimeout(r, 100));
    }
    const events = await page.evaluate(() => window.__storyCheck.events);
    for (const e of events.filter((ev) => failures.includes(ev.name))) problems.push(`${e.name}: ${e.detail}`);
    if (!problems.length) {
      const scope = isDocs ? '#storybook-docs' : '#storybook-root';
      problems.push(...(await page.evaluate(settleElements, scope)));
      await page.evaluate(axeSource);
      const violations = await page.evaluate(runAxe, scope, isDocs ? DOCS_AXE : STORY_AXE);
      for (const v of violations) problems.push(`axe: ${v}`);
    }
    // Late errors (a render that logs after settling) still count.
    await new Promise((r) => setTimeout(r, 100));
  } catch (err) {
    problems.push(`${err.name === 'TimeoutError' ? 'did not finish rendering' : 'failed'}: ${err.message}`);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

async function main() {
  const only = process.env.STORY_FILTER ?? '';
  const variants = process.env.STORY_VARIANTS === 'default' ? VARIANTS.slice(0, 1) : VARIANTS;
  const built = process.env.STORYBOOK_DIR ? { dir: resolve(process.env.STORYBOOK_DIR) } : build();
  if (built.error) {
    console.error(built.error);
    finish(0, 1);
  }
  const index = JSON.parse(readFileSync(join(built.dir, 'index.json'), 'utf8'));
  const entries = Object.values(index.entries).filter((e) => e.id.includes(only));
  if (!entries.length) {
    console.error(`No stories in ${join(built.dir, 'index.json')}${only ? ` matching "${only}"` : ''}.`);
    finish(0, 1);
  }
  const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const { chromium } = findBrowsers(['chromium']);
  const server = await serve({ '/': built.dir });
  const base = server.origin;
  const browser = await puppeteer.launch({ executablePath: chromium, args: chromiumArgs, headless: true });
  let passed = 0;
  let failed = 0;
  try {
    for (const entry of entries) {
      for (const variant of entry.type === 'docs' ? variants.slice(0, 1) : variants) {
        const label = `${entry.type === 'docs' ? 'docs' : 'story'} ${entry.title} / ${entry.name}${variant.globals ? ` [${variant.name}]` : ''}`;
        const started = Date.now();
        const problems = await visit(browser, base, entry, variant, axeSource);
        const ms = ` (${((Date.now() - started) / 1000).toFixed(1)} s)`;
        if (problems.length) {
          failed += 1;
          console.log(`  ✗ ${label}${ms}\n      ${problems.join('\n      ')}`);
        } else {
          passed += 1;
          console.log(`  ✓ ${label}${ms}`);
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
    if (built.temporary) rmSync(built.dir, { recursive: true, force: true });
  }
  finish(passed, failed);
}

main().catch((err) => {
  console.error(err);
  finish(0, 1);
});
