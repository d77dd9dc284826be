// Every element at 320 CSS px (WCAG 1.4.10 reflow) with larger text (1.4.4), with a reader's text
// spacing (1.4.12), and its controls' target size (2.5.8) and accessible names (2.5.3). Each
// element's own tests cover its states; these hold the same promises for all of them at once.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { VersusElement } from '../../src/shared/versus-element.js';

const TAGS = [
  'faq-accordion',
  'pros-cons-table',
  'feature-matrix',
  'use-case-picker',
  'comparison-overview',
  'similarity-list',
  'performance-notes',
  'community-guide',
  'comparison-article',
];

/** Every element of a shadow tree and of the shadow trees inside it. */
function deepAll(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deepAll(el.shadowRoot));
  }
  return out;
}

const shadowRoots = (host: Element) => [host.shadowRoot!, ...deepAll(host.shadowRoot!).flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

function describeEl(el: Element): string {
  const r = el.getBoundingClientRect();
  return `${el.localName}.${[...el.classList].join('.')}[part=${el.getAttribute('part') ?? ''}] "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.left)}..${Math.round(r.right)} ${Math.round(r.width)}x${Math.round(r.height)}`;
}

/** Mounts `tag` with the bundled article and waits for it and the elements inside it. */
async function mount(tag: string, style = ''): Promise<VersusElement> {
  const el = document.createElement(tag) as VersusElement;
  el.setAttribute('searchable', '');
  el.setAttribute('style', style);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  expect(await el.loadComplete).to.equal(true);
  for (const inner of deepAll(el.shadowRoot!)) if ((inner as VersusElement).loadComplete) await (inner as VersusElement).loadComplete;
  await frames();
  return el;
}

/** Visible boxes past the viewport's edges, outside any scroll container of their own. */
function outside(host: Element): string[] {
  const width = document.documentElement.clientWidth;
  return deepAll(host.shadowRoot!)
    .filter((el) => {
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || el.closest('.visually-hidden')) return false;
      for (let p = el.parentElement; p; p = p.parentElement) if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) return false;
      return r.right > width + 1 || r.left < -1;
    })
    .map(describeEl);
}

/** Boxes that cut off their content (overflow hidden, content larger), visually hidden text aside. */
function clipped(host: Element): string[] {
  return deepAll(host.shadowRoot!)
    .filter((el) => {
      const style = getComputedStyle(el);
      if (!/hidden|clip/.test(style.overflowX + style.overflowY) || el.closest('.visually-hidden')) return false;
      const r = el.getBoundingClientRect();
      return r.width > 2 && r.height > 2 && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    })
    .map((el) => `${describeEl(el)} content ${el.scrollWidth}x${el.scrollHeight}`);
}

/** Containers that scroll sideways must be reachable by keyboard and named. */
function unnamedScrollers(host: Element): string[] {
  return deepAll(host.shadowRoot!)
    .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
    .filter((el) => (el as HTMLElement).tabIndex < 0 || !(el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')))
    .map(describeEl);
}

const pageScrollsSideways = () => document.scrollingElement!.scrollWidth > document.documentElement.clientWidth;

describe('every element at 320 px', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => {
    document.documentElement.style.fontSize = '';
  });

  for (const tag of TAGS) {
    for (const [label, style, rootSize] of [
      ['', '', ''],
      [' with the page text at 200%', '', '200%'],
      [' with --versus-font-size: 2rem', '--versus-font-size: 2rem', ''],
    ]) {
      it(`<${tag}>${label}: reflows, with nothing past the edges or cut off`, async () => {
        document.documentElement.style.fontSize = rootSize;
        const el = await mount(tag, style);
        expect(pageScrollsSideways(), 'the page scrolls sideways').to.equal(false);
        expect(outside(el), 'boxes past the viewport').to.deep.equal([]);
        expect(unnamedScrollers(el), 'scroll containers').to.deep.equal([]);
        expect(clipped(el), 'clipped boxes').to.deep.equal([]);
      });
    }

    it(`<${tag}>: takes a reader's text spacing (WCAG 1.4.12) without cutting anything off`, async () => {
      const el = await mount(tag);
      const spacing = new CSSStyleSheet();
      spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
      for (const root of shadowRoots(el)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
      await frames();
      expect(pageScrollsSideways(), 'the page scrolls sideways').to.equal(false);
      expect(clipped(el), 'clipped boxes').to.deep.equal([]);
    });

    it(`<${tag}>: every control is at least 24 x 24 px, or an inline link in a sentence (WCAG 2.5.8)`, async () => {
      const el = await mount(tag);
      const small: string[] = [];
      for (const control of deepAll(el.shadowRoot!)) {
        if (!control.matches('a[href], button, input, select, summary, [tabindex]') || (control as HTMLElement).tabIndex < 0) continue;
        let r = control.getBoundingClientRect();
        if (!r.width && !r.height) continue;
        const label = (control as HTMLInputElement).labels?.[0]?.getBoundingClientRect();
        if (label) r = new DOMRect(Math.min(r.left, label.left), Math.min(r.top, label.top), Math.max(r.right, label.right) - Math.min(r.left, label.left), Math.max(r.bottom, label.bottom) - Math.min(r.top, label.top));
        const inSentence = control.localName === 'a' && getComputedStyle(control).display === 'inline' && control.parentElement?.textContent?.trim() !== control.textContent?.trim();
        if (!inSentence && (r.width < 24 || r.height < 24)) small.push(describeEl(control));
      }
      expect(small).to.deep.equal([]);
    });
  }

  it('lets a page or a reader set letter and word spacing through --versus-letter-spacing and --versus-word-spacing', async () => {
    const el = await mount('faq-accordion', '--versus-letter-spacing: 0.12em; --versus-word-spacing: 0.16em; letter-spacing: 1em');
    // An em length resolves at the element's box (its base font size) and reaches every text inside.
    const base = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.root')!).fontSize);
    for (const part of ['question', 'answer']) {
      const style = getComputedStyle(el.shadowRoot!.querySelector(`[part~="${part}"]`)!);
      expect(parseFloat(style.letterSpacing), `${part} letter spacing`).to.be.closeTo(0.12 * base, 0.05);
      expect(parseFloat(style.wordSpacing), `${part} word spacing`).to.be.closeTo(0.16 * base, 0.05);
    }
  });

  it('spaces the uppercase labels by --versus-letter-spacing too, not by their own tighter spacing', async () => {
    const labels = { 'pros-cons-table': '.kind, .example-label', 'feature-matrix': '.group-row th' };
    for (const [tag, selector] of Object.entries(labels)) {
      const el = await mount(tag, '--versus-letter-spacing: 0.12em');
      const found = [...el.shadowRoot!.querySelectorAll(selector)];
      expect(found.length, `${tag} ${selector}`).to.be.above(0);
      for (const label of found) {
        const style = getComputedStyle(label);
        // 0.12 of the label's own font size, as WCAG 1.4.12 measures it.
        expect(parseFloat(style.letterSpacing), `${tag} "${label.textContent!.trim().slice(0, 20)}"`).to.be.closeTo(0.12 * parseFloat(style.fontSize), 0.05);
      }
    }
  });
});

describe('label in name (WCAG 2.5.3)', () => {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  /** The text a sighted user reads on a control (hidden helper text left out). */
  function visibleText(el: Element): string {
    let out = '';
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) out += node.textContent;
      else if (node instanceof Element && node.getAttribute('aria-hidden') !== 'true' && !node.classList.contains('visually-hidden')) node.childNodes.forEach(walk);
    };
    walk(el);
    return norm(out);
  }
  function ariaName(el: Element): string | undefined {
    const root = el.getRootNode() as ShadowRoot;
    const ids = el.getAttribute('aria-labelledby');
    if (ids) return norm(ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' '));
    const label = el.getAttribute('aria-label');
    return label ? norm(label) : undefined;
  }

  for (const tag of TAGS) {
    it(`<${tag}>: a control's aria-label or aria-labelledby contains its visible text`, async () => {
      const el = await mount(tag);
      const mismatched = deepAll(el.shadowRoot!)
        .filter((control) => control.matches('a[href], button, [role=button], [role=link], summary'))
        .map((control) => ({ control, name: ariaName(control), visible: visibleText(control) }))
        .filter(({ name, visible }) => name !== undefined && visible && !name.includes(visible))
        .map(({ control, name, visible }) => `${describeEl(control)}: "${visible}" not in "${name}"`);
      expect(mismatched).to.deep.equal([]);
    });
  }
});
