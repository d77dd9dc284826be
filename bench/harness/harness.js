// Runs inside the benchmark page. Node (bench/measure.mjs) calls `window.bench.*` through
// puppeteer: `prepare` builds the data (untimed), `render` times building and attaching the
// content until every element has updated and a layout has been forced.
import { faqDataset, matrixDataset } from './datasets.js';
import { floors } from './floors.js';
import { findControl, findToggles, settle } from './controls.js';

const state = { data: undefined, scenario: undefined, elements: [], host: undefined };

function host() {
  state.host?.remove();
  const main = document.createElement('main');
  document.body.append(main);
  state.host = main;
  return main;
}

/** Forces style and layout of everything attached, shadow trees included. */
function forceLayout() {
  return document.documentElement.offsetHeight + document.body.getBoundingClientRect().height;
}

/**
 * Lets two frames render. Work the browser leaves to the next frames (painting, and laying out rows
 * that `content-visibility: auto` skipped and a filter brought into view) then happens before the
 * next keystroke, as it would for a person typing, and inside the CPU-time span of the sample.
 * Resolves to each frame's rendering time: from its animation-frame callback, after which the
 * browser styles, lays out and paints, to the next task.
 */
async function nextFrames() {
  const frames = [];
  for (let i = 0; i < 2; i += 1) {
    await new Promise((resolve) =>
      requestAnimationFrame(() => {
        const start = performance.now();
        setTimeout(() => resolve(frames.push(performance.now() - start)));
      }),
    );
  }
  return frames;
}

async function complete(elements) {
  const waited = new Set();
  let pending = elements;
  // Elements render more elements (<comparison-article> renders every section's element): those
  // must finish too, and a tag whose module was not bundled must not pass as a fast empty render.
  while (pending.length) {
    await Promise.all(
      pending.map(async (el) => {
        waited.add(el);
        if (el.loadComplete) {
          if ((await el.loadComplete) !== true) throw new Error(`<${el.localName}> rendered an error: ${el.shadowRoot?.textContent?.trim().slice(0, 300)}`);
        } else if (el.updateComplete) await el.updateComplete;
      }),
    );
    pending = pending.flatMap((el) => innerElements(el)).filter((el) => !waited.has(el));
  }
}

/** The custom elements in `el`'s shadow tree (not deeper); throws on one that is not defined. */
function innerElements(el) {
  const found = [];
  for (const child of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if (!child.localName.includes('-')) continue;
    if (!customElements.get(child.localName)) throw new Error(`<${child.localName}> inside <${el.localName}> is not defined: its module is missing from the bundle`);
    found.push(child);
  }
  return found;
}

/** Builds the scenario's content; returns the elements to wait for. */
function build(scenario, data, target) {
  const { variant } = scenario;
  if (floors[variant]) return floors[variant](data, target);
  if (variant === 'sl-details') {
    const elements = data.faq.map((item) => {
      const el = document.createElement('sl-details');
      el.setAttribute('summary', item.question);
      el.textContent = item.answer;
      return el;
    });
    target.append(...elements);
    return elements;
  }
  // One of ours: the tag is the variant. Article runs use the bundled article (no data).
  const el = document.createElement(variant);
  for (const [name, value] of Object.entries(scenario.attributes ?? {})) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  target.append(el);
  return [el];
}

window.bench = {
  /** Imports a module (the variant's script) before timing: the warm case. */
  async load(urls) {
    for (const url of urls) await import(url);
  },

  /** Makes the data; it exists before timing for every variant alike (and in the memory baseline). */
  prepare(scenario) {
    state.scenario = scenario;
    if (scenario.kind === 'faq') state.data = faqDataset(scenario.n);
    else if (scenario.kind === 'matrix') state.data = matrixDataset(scenario.n, scenario.subjects);
    else state.data = undefined;
    return true;
  },

  /** Times building, attaching, updating and laying out the content. Milliseconds. */
  async render() {
    const target = host();
    const start = performance.now();
    state.elements = build(state.scenario, state.data, target);
    await complete(state.elements);
    forceLayout();
    return performance.now() - start;
  },

  /** The cold case: fetching and evaluating the modules is timed too. */
  async coldRender(urls) {
    const target = host();
    const start = performance.now();
    for (const url of urls) await import(url);
    state.elements = build(state.scenario, state.data, target);
    await complete(state.elements);
    forceLayout();
    return performance.now() - start;
  },

  /** Counts what a user would see, as a sanity check of the run. */
  summary() {
    const el = state.elements[0];
    const root = el?.shadowRoot ?? state.host;
    return { elements: state.elements.length, text: (root?.textContent ?? '').length };
  },

  /**
   * Types `text` into the element's search field one key at a time: the slowest keystroke (until
   * updated and laid out) and the longest frame rendered after any keystroke, ms.
   */
  async type(label, text) {
    const el = state.elements[0];
    const input = findControl(el, label, 'input');
    if (!input) throw new Error(`<${el.localName}> has no field labelled "${label}"`);
    input.focus();
    const times = [];
    const frames = [];
    for (const ch of text) {
      const start = performance.now();
      input.value += ch;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: ch }));
      await settle(el);
      forceLayout();
      times.push(performance.now() - start);
      frames.push(...(await nextFrames()));
    }
    return { slowest: Math.max(...times), first: times[0], longestFrame: Math.max(...frames), visible: el.shadowRoot.textContent.length };
  },

  /** Clicks the control labelled `label` (a checkbox or toggle button) once; ms, and the longest frame after. */
  async toggle(label) {
    const el = state.elements[0];
    const control = findControl(el, label, 'toggle');
    if (!control) throw new Error(`<${el.localName}> has no control labelled "${label}"`);
    const before = el.shadowRoot.textContent.length;
    const start = performance.now();
    control.click();
    await settle(el);
    forceLayout();
    const time = performance.now() - start;
    const frames = await nextFrames();
    return { time, longestFrame: Math.max(...frames), changed: el.shadowRoot.textContent.length !== before };
  },

  /** Opens the first `count` FAQ items one by one (a click each, then update and layout); ms. */
  async openEach(count) {
    const el = state.elements[0];
    const toggles = findToggles(el, state.host).slice(0, count);
    if (toggles.length < count) throw new Error(`found ${toggles.length} question toggles, expected ${count}`);
    const start = performance.now();
    for (const toggle of toggles) {
      toggle.click();
      await settle(el);
      forceLayout();
    }
    return performance.now() - start;
  },
};
