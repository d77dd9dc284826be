/**
 * Helpers for the hydration tests: an element's server HTML (rendered by @lit-labs/ssr on request,
 * scripts/ssr-cases.mjs) is put in the page with its declarative shadow roots, given the
 * same data the server had, and hydrated by @lit-labs/ssr-client when the element's module loads.
 *
 * A test file imports '@lit-labs/ssr-client/lit-element-hydrate-support.js' first, before
 * anything that loads Lit (this file does not), or LitElement never learns to hydrate.
 */
import article from '../../data/django-vs-flask.json';
import threeSubjects from '../fixtures/three-subjects.json';

export const datasets = { article, 'three-subjects': threeSubjects };
export type DatasetName = keyof typeof datasets;

export interface VersusHost extends HTMLElement {
  data?: unknown;
  loadComplete: Promise<boolean>;
  updateComplete: Promise<boolean>;
}

/**
 * What a reader could tell apart, in tree order through shadow roots: elements and text that is
 * not only whitespace (comments are Lit's markers; neither <style> nor <script> shows).
 */
export function nodesOf(root: Element | ShadowRoot): Node[] {
  const found: Node[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script') return;
      found.push(node);
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    } else if (node instanceof Text && node.data.trim()) {
      found.push(node);
    }
    node.childNodes.forEach(visit);
  };
  if (root instanceof ShadowRoot) root.childNodes.forEach(visit);
  else visit(root);
  return found;
}

/** Lit's own attribute, gone once the element inside another hydrates; not something a reader sees. */
const OWN_ATTRIBUTES = new Set(['defer-hydration']);

/** An element's attributes as a reader meets them: form controls by their state, styles as the CSSOM reads them. */
function attributesOf(node: Element): string[] {
  const control = node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement;
  const found = [...node.attributes]
    .filter((a) => !OWN_ATTRIBUTES.has(a.name) && !(control && (a.name === 'value' || a.name === 'checked')))
    .map((a) => `${a.name}="${a.name === 'style' ? (node as HTMLElement).style.cssText : a.value}"`);
  if (control) found.push(`.value="${node.value}"`);
  if (node instanceof HTMLInputElement && (node.type === 'checkbox' || node.type === 'radio')) found.push(`.checked="${node.checked}"`);
  return found.sort();
}

/** The DOM as lines: `<tag name="value" ...>` for an element (its tag only, without `attributes`), its words for a text node. */
export function domLines(root: Element | ShadowRoot, attributes = true): string[] {
  return nodesOf(root).map((node) => {
    if (!(node instanceof Element)) return (node as Text).data.replace(/\s+/g, ' ').trim();
    return attributes ? `<${node.localName} ${attributesOf(node).join(' ')}>` : `<${node.localName}>`;
  });
}

/** The lines of `after` that differ from `before`, as a readable list (empty when the same). */
export function differences(before: string[], after: string[], most = 8): string[] {
  const lines: string[] = [];
  for (let i = 0; i < Math.max(before.length, after.length) && lines.length < most; i++) {
    if (before[i] !== after[i]) lines.push(`#${i}: ${before[i] ?? '(nothing)'}  ->  ${after[i] ?? '(nothing)'}`);
  }
  if (before.length !== after.length) lines.push(`${before.length} nodes before, ${after.length} after`);
  return lines;
}

export const textOf = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Console errors and warnings, uncaught errors and unhandled rejections seen between `start()` and
 * `stop()` (Lit throws or logs on a template mismatch).
 */
export function watchPage() {
  const original = { error: console.error, warn: console.warn };
  const watch = {
    problems: [] as string[],
    start() {
      watch.problems = [];
      console.error = (...values: unknown[]) => (say('console.error', values), original.error.apply(console, values));
      console.warn = (...values: unknown[]) => (say('console.warn', values), original.warn.apply(console, values));
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
    },
    stop() {
      Object.assign(console, original);
      removeEventListener('error', onError);
      removeEventListener('unhandledrejection', onError);
    },
  };
  const say = (kind: string, values: unknown[]) =>
    watch.problems.push(`${kind}: ${values.map((v) => (v instanceof Error ? v.message : String(v))).join(' ')}`);
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => say(event.type, ['reason' in event ? event.reason : (event.error ?? event.message)]);
  return watch;
}

/** `watchPage()` over each test of the calling `describe`, which then removes what the test put in the page. */
export function watchEachTest() {
  const page = watchPage();
  beforeEach(() => page.start());
  afterEach(() => {
    page.stop();
    cleanUp();
  });
  return page;
}

export interface Hydrated<T extends VersusHost> {
  el: T;
  /** The element's nodes and their text (`domLines` without attributes) as the server HTML put them in the page, before any script ran. */
  serverNodes: Node[];
  serverLines: string[];
  /** What `loadComplete` settled to (the error, if it rejected). */
  loaded: unknown;
  /** The titles of the `versus-load` events heard from the element and the elements inside it. */
  loads: string[];
}

/** Whether the page fetched the bundled article's module (an element without data falls back to it). */
export const fetchedBundledArticle = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/src/data/bundled-article'));

/**
 * Puts the server HTML of the case `fixture` (its element: the tag the name starts with) in
 * the page, sets `data` on the element (unless undefined) as a server-rendering framework does,
 * before the element's module runs, then runs `define` (an import of the module: nothing new if it
 * ran already, and then the element upgrades as it is inserted).
 */
export async function hydrateServerHtml<T extends VersusHost>(
  fixture: string,
  data: unknown,
  define: () => Promise<unknown>,
  /** What the page does once the element upgraded, before its data settles (e.g. set `data` late). */
  afterUpgrade: (el: T) => unknown = () => {},
): Promise<Hydrated<T>> {
  const tag = fixture.split('.')[0];
  const response = await fetch(`/__test__/ssr?case=${fixture}`);
  if (!response.ok) throw new Error(`no server HTML for ${fixture}: HTTP ${response.status}`);
  const box = document.createElement('div');
  box.className = 'hydration-box';
  box.setHTMLUnsafe(await response.text());
  const el = box.querySelector<T>(tag)!;
  if (!el.shadowRoot) throw new Error(`<${tag}> got no declarative shadow root from the server HTML`);
  if (data !== undefined) el.data = data;
  const serverNodes = nodesOf(el);
  const serverLines = domLines(el, false);
  const loads: string[] = [];
  box.addEventListener('versus-load', (event) => loads.push((event as CustomEvent<{ title: string }>).detail.title));
  document.body.append(box);
  await define();
  await afterUpgrade(el);
  const loaded = await el.loadComplete.then(
    (value) => value,
    (error: unknown) => error,
  );
  await settle();
  return { el, serverNodes, serverLines, loaded, loads };
}

/** The same element rendered by the browser alone (no server HTML): given `data` unless undefined, and `inline` as an inline JSON script. */
export async function clientRender<T extends VersusHost>(tag: string, data: unknown, { attributes = {}, inline }: { attributes?: Record<string, string>; inline?: unknown } = {}): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data !== undefined) el.data = data;
  if (inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(inline);
    el.append(script);
  }
  const box = document.createElement('div');
  box.className = 'hydration-box';
  box.append(el);
  document.body.append(box);
  await el.loadComplete;
  return el;
}

/** Runs `run` with the page URL's query set to `search`, then puts the URL back. */
export async function withUrl<R>(search: string, run: () => Promise<R>): Promise<R> {
  const original = location.href;
  history.replaceState(null, '', `${location.pathname}${search}`);
  try {
    return await run();
  } finally {
    history.replaceState(null, '', original);
  }
}

/**
 * Lets the browser report what went wrong in the tasks just run: it fires `unhandledrejection` in a
 * task of its own, after the one the promise was rejected in.
 */
export const settle = async () => {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setTimeout(resolve));
};

/** Removes what the tests put in the page. */
export function cleanUp(): void {
  for (const box of document.querySelectorAll('.hydration-box')) box.remove();
}

/** Lines of the first nodes that are no longer the server's own (re-rendered from scratch or gone). */
export function replacedNodes(serverNodes: Node[], now: Node[], most = 5): string[] {
  const lines: string[] = [];
  serverNodes.forEach((node, i) => {
    if (lines.length < most && (now[i] !== node || !node.isConnected)) {
      lines.push(`#${i} ${node instanceof Element ? `<${node.localName}>` : JSON.stringify(node.textContent)} ${node.isConnected ? 'replaced' : 'disconnected'}`);
    }
  });
  return lines;
}
