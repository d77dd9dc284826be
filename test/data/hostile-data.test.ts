import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import article from '../../data/django-vs-flask.json';
import type { VersusElement } from '../../src/shared/versus-element.js';
import type { VersusErrorDetail } from '../../src/shared/events.js';

// Seeded random damage to the bundled article, rendered by every element: whatever a dataset holds,
// the page sees either the content or a readable error with a JSON path, never a thrown exception,
// never markup or a script from the data.
const TAGS = [
  'comparison-article', 'comparison-overview', 'pros-cons-table', 'feature-matrix', 'performance-notes',
  'similarity-list', 'use-case-picker', 'community-guide', 'faq-accordion',
];
const CASES = 40;

const HOSTILE_TEXT = [
  '<img src=x onerror="window.__versusPwned=1">',
  'javascript:window.__versusPwned=1',
  '"><script>window.__versusPwned=1</script>',
  '\u202e\u0000\ud800 broken surrogate',
  'x'.repeat(20_000),
  '',
  '   ',
];
const REPLACEMENTS: Array<() => unknown> = [
  () => undefined, // the key is dropped
  () => null,
  () => 0,
  () => -1,
  () => Number.NaN,
  () => Infinity,
  () => 1e21,
  () => true,
  () => [],
  () => ({}),
  () => [null],
  () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  () => 'flask', // a subject id where something else belongs
  ...HOSTILE_TEXT.map((text) => () => text),
];

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Path = Array<string | number>;

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (path.length) out.push(path);
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}

/**
 * A copy of the article with one to three values replaced (or removed) at random places. Odd seeds
 * put anything anywhere (the validator must name the place); even seeds put hostile text in place of
 * text, which mostly stays valid, so the elements render it.
 */
function damaged(seed: number): { data: Record<string, unknown>; changes: string[] } {
  const next = random(seed);
  const data = structuredClone(article) as Record<string, unknown>;
  const changes: string[] = [];
  const textOnly = seed % 2 === 0;
  const pick = <T,>(list: T[]): T => list[Math.floor(next() * list.length)];
  for (let n = 1 + Math.floor(next() * 3); n > 0; n--) {
    const atText = (path: Path) => typeof path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], data) === 'string';
    const paths = pathsOf(data).filter((path) => !textOnly || (atText(path) && path.at(-1) !== 'id' && path.at(-1) !== 'subject'));
    const path = pick(paths);
    const replacement = textOnly ? pick(HOSTILE_TEXT.slice(0, 5)) : pick(REPLACEMENTS)();
    let parent = data as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (replacement === undefined && !Array.isArray(parent)) delete parent[last];
    else parent[last] = replacement;
    changes.push(`${path.join('.')} = ${String(JSON.stringify(replacement) ?? 'removed').slice(0, 40)}`);
  }
  return { data, changes };
}

function shadowRoots(root: ParentNode, out: ShadowRoot[] = []): ShadowRoot[] {
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) {
      out.push(el.shadowRoot);
      shadowRoots(el.shadowRoot, out);
    }
  }
  return out;
}

describe('damaged or hostile data, rendered by every element', () => {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
  before(() => {
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  for (let seed = 1; seed <= CASES; seed++) {
    it(`case ${seed}: shows the content or an error with its path, and runs nothing from the data`, async () => {
      const { data, changes } = damaged(seed);
      const errors = new Map<EventTarget, VersusErrorDetail>();
      const box = await fixture<HTMLElement>(html`<div @versus-error=${(e: CustomEvent<VersusErrorDetail>) => errors.set(e.target!, e.detail)}></div>`);
      for (const tag of TAGS) {
        const el = document.createElement(tag) as VersusElement;
        el.data = data;
        box.append(el);
      }
      const elements = [...box.children] as VersusElement[];
      const shown = await Promise.all(elements.map((el) => el.loadComplete));
      await Promise.all(shadowRoots(box).map((root) => (root.host as VersusElement).loadComplete));
      await new Promise((done) => requestAnimationFrame(done));
      const context = `after ${changes.join('; ')}`;

      expect(uncaught, context).to.deep.equal([]);
      elements.forEach((el, i) => {
        const error = el.shadowRoot!.querySelector('[part~="error"]');
        const where = `${el.localName} ${context}`;
        if (shown[i]) {
          expect(error, where).to.equal(null);
          expect(errors.has(el), where).to.equal(false);
          return;
        }
        // The error on the page names the place of the (first) problem, as does the event.
        const problem = errors.get(el)?.problems?.[0];
        expect(problem?.path, where).to.be.a('string').and.match(/\S/);
        expect(error?.textContent, where).to.include(problem!.path);
      });
      const roots = shadowRoots(box);
      for (const root of roots) {
        expect(root.querySelector('script, img[onerror], iframe, object, embed'), context).to.equal(null);
        for (const link of root.querySelectorAll('a[href]')) expect(link.getAttribute('href'), context).not.to.match(/^\s*javascript:/i);
      }
      expect((window as { __versusPwned?: number }).__versusPwned, context).to.equal(undefined);
      expect(({} as { polluted?: boolean }).polluted, context).to.equal(undefined);
    });
  }
});
