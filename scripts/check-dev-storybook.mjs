// The README's `npm start` (`npm test` runs this check): starts it as a newcomer would, on a free
// port, waits until Storybook serves, and visits the first story of every element and one docs page
// in headless Chromium. Each must render the bundled article with no console error or warning (Lit's
// own dev-mode notice aside: `npm start` is a development server) and no axe violation. The dev
// server bundles on demand, unlike the static build the story check visits, so it fails in ways of
// its own: a dependency pre-bundled twice loads two copies of Lit. Closes with "N passed, N failed".
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findBrowsers } from './browsers.mjs';
import { elementTags } from './build-index.mjs';
import { visit } from './story-visit.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const START_TIMEOUT = 300_000;
const DEV_MODE_NOTICE = /^Lit is in dev mode/;

/** The bundled article's texts (its strings of a few words), to recognise it on screen. */
function stringsOf(value) {
  if (typeof value === 'string') return value.includes(' ') ? [value.replace(/\s+/g, ' ')] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}
const articleTexts = stringsOf(JSON.parse(readFileSync(resolve(ROOT, 'data/django-vs-flask.json'), 'utf8')));

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

/**
 * `npm start` with the port moved (a later `-p` wins) and without Storybook's update check (a fetch
 * from storybook.js.org), in its own process group so all of it can be stopped.
 */
function start(port) {
  const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', BROWSER: 'none' };
  // --exact-port: Storybook would otherwise move to the next port, away from the one polled here.
  const child = spawn('npm', ['start', '--', '-p', String(port), '--exact-port', '--host', '127.0.0.1', '--no-version-updates'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk) => (log = (log + chunk.toString()).slice(-6000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((done) => child.on('exit', (code) => done(code)));
  return { child, exited, log: () => log };
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops the whole group (npm, its shell, Storybook), forcibly if it is still there after 5 s. */
async function stop(server) {
  signalGroup(server.child, 'SIGTERM');
  const timeout = new Promise((done) => setTimeout(done, 5000, 'timeout'));
  if ((await Promise.race([server.exited, timeout])) === 'timeout') signalGroup(server.child, 'SIGKILL');
}

async function waitForIndex(base, server) {
  const deadline = Date.now() + START_TIMEOUT;
  let exitCode;
  void server.exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`npm start exited (${exitCode}) before serving:\n${server.log()}`);
    try {
      const response = await fetch(`${base}/index.json`, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return await response.json();
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`npm start did not serve ${base}/index.json within ${START_TIMEOUT / 1000} s:\n${server.log()}`);
}

const isElement = (entry) => entry.title.startsWith('Elements/');

/** The first story of each title, and the docs page of the first element: what a newcomer opens first. */
function entriesToVisit(index) {
  const entries = Object.values(index.entries);
  const firstOfTitle = new Map();
  for (const entry of entries) if (entry.type === 'story' && !firstOfTitle.has(entry.title)) firstOfTitle.set(entry.title, entry);
  const docs = entries.find((entry) => entry.type === 'docs' && isElement(entry));
  return [...firstOfTitle.values(), ...(docs ? [docs] : [])];
}

// Runs in the page: the text inside the story's elements, shadow roots included.
function shadowText() {
  const parts = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        parts.push(el.shadowRoot.textContent);
        walk(el.shadowRoot);
      }
    }
  };
  walk(document.querySelector('#storybook-root') ?? document.body);
  return parts.join(' ');
}

async function main() {
  // Before starting anything: without a browser this exits with what to install.
  const { chromium } = findBrowsers(['chromium']);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  console.log(`Starting \`npm start\` on ${base}`);
  const server = start(port);
  // Interrupted (Ctrl-C, a CI timeout) or exiting early: the dev server goes too, not on to PID 1.
  process.on('exit', () => signalGroup(server.child, 'SIGKILL'));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
  let passed = 0;
  let failed = 0;
  let browser;
  try {
    const index = await waitForIndex(base, server);
    const axeSource = readFileSync(resolve(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    browser = await puppeteer.launch({ executablePath: chromium, args: chromiumArgs, headless: true });
    const entries = entriesToVisit(index);
    // Every element has its stories, and there is an element docs page: an empty index passes nothing.
    const missing = elementTags().filter((tag) => !entries.some((e) => e.type === 'story' && e.title === `Elements/${tag}`));
    if (!entries.some((e) => e.type === 'docs')) missing.push('a docs page');
    if (missing.length) {
      failed += 1;
      console.log(`  ✗ npm start: every element has a story and a docs page\n      missing: ${missing.join(', ')}`);
    }
    for (const entry of entries) {
      const started = Date.now();
      const inspect = async (page) => {
        // An element's first story shows the bundled article: some sentence of it is on screen.
        if (entry.type !== 'story' || !isElement(entry)) return [];
        const text = (await page.evaluate(shadowText)).replace(/\s+/g, ' ');
        return articleTexts.some((t) => text.includes(t)) ? [] : [`no text of the bundled article in the story: "${text.slice(0, 200)}"`];
      };
      const problems = await visit(browser, base, entry, { globals: '' }, axeSource, { warnings: true, allowWarning: (text) => DEV_MODE_NOTICE.test(text), inspect });
      const label = `npm start: ${entry.type} ${entry.title} / ${entry.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`;
      if (problems.length) {
        failed += 1;
        console.log(`  ✗ ${label}\n      ${problems.join('\n      ')}`);
      } else {
        passed += 1;
        console.log(`  ✓ ${label}`);
      }
    }
  } catch (error) {
    failed += 1;
    console.log(`  ✗ npm start serves Storybook\n      ${String(error.message ?? error)}`);
  } finally {
    await browser?.close().catch(() => {});
    await stop(server);
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
