// Visits one Storybook entry (a story or a docs page) in headless Chromium and says what is wrong
// with it: a render that errors or never finishes, console errors, page errors, failed requests,
// elements that never loaded their data, axe violations. Shared by the story check of the static
// build (check-stories.mjs) and the check of `npm start`'s dev server (check-dev-storybook.mjs).

const RENDER_TIMEOUT = 60_000;
// Page-level rules say nothing about a component rendered alone in a bare iframe.
const AXE_DISABLED = ['region', 'landmark-one-main', 'page-has-heading-one', 'bypass'];
// A docs page shows several stories of one element with the same article, so the same named
// regions repeat by design; the controls table is Storybook's own (its toggles and selects).
const DOCS_AXE = { disabled: [...AXE_DISABLED, 'landmark-unique'], exclude: ['.docblock-argstable'] };
const STORY_AXE = { disabled: AXE_DISABLED, exclude: [] };

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

/**
 * Returns the problems of one entry at `base` (the Storybook's origin), with the variant's toolbar
 * globals. `warnings` counts console warnings as problems too, except those `allowWarning` matches;
 * `inspect(page)` may return more problems once the entry has rendered and settled.
 */
export async function visit(browser, base, entry, variant, axeSource, { warnings = false, allowWarning = () => false, inspect } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (msg) => {
    const counted = msg.type() === 'error' || (warnings && msg.type() === 'warn' && !allowWarning(msg.text()));
    if (counted) {
      const where = msg.location()?.url ? ` (${msg.location().url})` : '';
      problems.push(`console.${msg.type()}: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message ?? err}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  // Tests touch no network beyond 127.0.0.1: a story that fetches a font or an image from elsewhere fails.
  page.on('request', (req) => {
    if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:|about:)/.test(req.url())) problems.push(`request off 127.0.0.1: ${req.url()}`);
  });
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
      if (inspect) problems.push(...(await inspect(page)));
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
