import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { VersusElement } from '../../src/shared/versus-element.js';

// base-styles.ts: "The `.root` wrapper re-declares every inherited text property so that host-page CSS
// cannot leak in through inheritance." Render each element under a clean wrapper and under one with
// hostile inherited properties, then compare the computed styles of every node in the shadow root.
const TAGS = ['performance-notes', 'community-guide', 'comparison-overview', 'similarity-list', 'pros-cons-table', 'feature-matrix', 'faq-accordion', 'use-case-picker'];

const HOSTILE: Record<string, string> = {
  // Each is an inherited property a real page may set on a container (justified text, balanced or
  // pretty wrapping, gradient text, underline tweaks, a hidden caret for a kiosk, font synthesis off).
  'text-align-last': 'right',
  'text-wrap-style': 'balance',
  '-webkit-text-fill-color': 'rgb(255, 0, 0)',
  'text-underline-offset': '12px',
  'text-underline-position': 'under',
  'caret-color': 'rgb(255, 0, 0)',
  'font-synthesis': 'none',
  'line-break': 'anywhere',
};
const PROPS = Object.keys(HOSTILE);

function nodes(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((n) => !['STYLE', 'SCRIPT'].includes(n.tagName));
}

describe('host-page inherited CSS does not leak into the shadow root', () => {
  for (const tag of TAGS) {
    it(`<${tag}> looks the same under a wrapper with unusual inherited properties`, async () => {
      const style = Object.entries(HOSTILE).map(([k, v]) => `${k}: ${v}`).join('; ');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"><div class="clean"></div><div class="hostile" style=${style}></div></div>`);
      const clean = document.createElement(tag) as VersusElement;
      const hostile = document.createElement(tag) as VersusElement;
      wrapper.querySelector('.clean')!.append(clean);
      wrapper.querySelector('.hostile')!.append(hostile);
      await clean.loadComplete;
      await hostile.loadComplete;
      const a = nodes(clean.shadowRoot!);
      const b = nodes(hostile.shadowRoot!);
      expect(a.length).to.equal(b.length);
      const leaked = new Set<string>();
      a.forEach((node, i) => {
        const sa = getComputedStyle(node);
        const sb = getComputedStyle(b[i]);
        for (const p of PROPS) if (sa.getPropertyValue(p) !== sb.getPropertyValue(p)) leaked.add(`${p}: ${sb.getPropertyValue(p)}`);
      });
      expect([...leaked]).to.deep.equal([]);
    });
  }
});
