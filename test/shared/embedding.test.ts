import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { VersusElement } from '../../src/shared/versus-element.js';
import type { PerformanceNotes } from '../../src/components/performance-notes/performance-notes.component.js';
import { luminance } from './dom.js';

const surfaceOf = (el: Element) => luminance(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor);

describe('embedded in a host page', () => {
  describe('theme attribute against ordinary page CSS', () => {
    it('theme="dark" stays dark when the page sets color-scheme on every element (`* { color-scheme: light }`)', async () => {
      const style = document.createElement('style');
      style.textContent = '.page-reset, .page-reset * { color-scheme: light; }';
      document.head.append(style);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div class="page-reset"><performance-notes theme="dark"></performance-notes></div>`);
        const el = wrapper.firstElementChild as VersusElement;
        await el.loadComplete;
        expect(surfaceOf(el), 'surface luminance with theme="dark"').to.be.below(0.05);
      } finally {
        style.remove();
      }
    });
  });

  describe('theme="auto" and inherited text decoration against page CSS', () => {
    it('theme="auto" follows the (light) system when the page sets color-scheme: dark on every element', async () => {
      expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the system is light').to.equal(false);
      const style = document.createElement('style');
      style.textContent = '.page-dark, .page-dark * { color-scheme: dark; }';
      document.head.append(style);
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div class="page-dark"><performance-notes></performance-notes></div>`);
        const el = wrapper.firstElementChild as VersusElement;
        await el.loadComplete;
        expect(surfaceOf(el), 'surface luminance with theme="auto"').to.be.above(0.9);
      } finally {
        style.remove();
      }
    });

    it('text-emphasis and text stroke set on a container do not reach the text inside', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="text-emphasis: circle; -webkit-text-stroke: 1px red">
        <community-guide></community-guide>
      </div>`);
      const el = wrapper.firstElementChild as VersusElement;
      await el.loadComplete;
      const style = getComputedStyle(el.shadowRoot!.querySelector('[part="channel"]')!);
      expect([style.textEmphasisStyle, style.webkitTextStrokeWidth]).to.deep.equal(['none', '0px']);
    });
  });

  describe('a page that hides a region with `visibility: hidden` (off-canvas menus, closed tabs)', () => {
    for (const tag of ['performance-notes', 'community-guide', 'faq-accordion']) {
      it(`<${tag}> inside it is hidden and out of the Tab order`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <button id="before">before</button>
          <div id="panel" style="visibility: hidden"></div>
          <button id="after">after</button>
        </div>`);
        const el = document.createElement(tag) as VersusElement;
        wrapper.querySelector('#panel')!.append(el);
        await el.loadComplete;
        const root = el.shadowRoot!.querySelector('.root')!;
        (wrapper.querySelector('#before') as HTMLElement).focus();
        await sendKeys({ press: 'Tab' });
        const landed = document.activeElement === el ? `inside <${tag}>: ${el.shadowRoot!.activeElement?.localName}` : document.activeElement?.id;
        expect({ visibility: getComputedStyle(root).visibility, tabFromBeforeGoesTo: landed }).to.deep.equal({ visibility: 'hidden', tabFromBeforeGoesTo: 'after' });
      });
    }
  });

  describe('in a flex row (container queries make the content\'s own width 0)', () => {
    it('<performance-notes> in a flex row next to an aside is not squeezed to nothing', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="display: flex; gap: 16px; width: 1200px"><performance-notes></performance-notes><aside style="width: 200px">Sidebar</aside></div>`,
      );
      const el = wrapper.firstElementChild as VersusElement;
      await el.loadComplete;
      expect(el.getBoundingClientRect().width, 'width of the element').to.be.at.least(300);
    });
  });

  describe('a theme that shrinks the root font size (`html { font-size: 62.5% }`)', () => {
    /** The computed size of every element with its own text, through nested shadow roots. */
    function textSizes(host: Element): Map<string, number> {
      const sizes = new Map<string, number>();
      const walk = (root: ShadowRoot, path: string) => {
        for (const node of root.querySelectorAll('*')) {
          const own = [...node.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim()).join(' ');
          if (own && node.getClientRects().length) sizes.set(`${path}${node.localName}.${node.className}: ${own.slice(0, 40)}`, parseFloat(getComputedStyle(node).fontSize));
          if (node.shadowRoot) walk(node.shadowRoot, `${path}${node.localName}>`);
        }
      };
      walk(host.shadowRoot!, `${host.localName}>`);
      return sizes;
    }

    async function sizesOfEveryText(): Promise<Map<string, number>> {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 900px; --versus-font-size: 16px">
        <comparison-article></comparison-article>
        <use-case-picker value="project-size:large,project-kind:cms-content,admin-cms:yes,deadline:tight,team-size:big-team,architecture:no"></use-case-picker>
        <pros-cons-table highlight="flask"></pros-cons-table>
        <faq-accordion searchable toggle-all></faq-accordion>
      </div>`);
      const elements = [...box.children] as VersusElement[];
      await Promise.all(elements.map((el) => el.loadComplete));
      const sizes = new Map(elements.flatMap((el) => [...textSizes(el)]));
      box.remove();
      return sizes;
    }

    it('--versus-font-size: 16px gives every text the size it has under a 16 px root, as the README says', async () => {
      const at16 = await sizesOfEveryText();
      expect(at16.size).to.be.greaterThan(100);
      document.documentElement.style.fontSize = '62.5%';
      try {
        const at10 = await sizesOfEveryText();
        expect([...at10.keys()].sort(), 'the texts found under each root size').to.deep.equal([...at16.keys()].sort());
        const shrunk = [...at16].filter(([key, size]) => at10.has(key) && Math.abs(at10.get(key)! - size) > 0.01).map(([key, size]) => `${key}: ${size}px -> ${at10.get(key)}px`);
        expect(shrunk).to.deep.equal([]);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  });

  describe('the layout switch points under `html { font-size: 62.5% }` with `--versus-font-size: 16px`', () => {
    // Each width sits between an element's switch point under a 16 px root and under a 10 px one;
    // the probe reads what the switch changes.
    const cases: [string, number, (root: ShadowRoot) => string][] = [
      ['pros-cons-table', 330, (root) => getComputedStyle(root.querySelector('.table')!).display],
      ['feature-matrix', 400, (root) => getComputedStyle(root.querySelector('thead')!).position],
      ['use-case-picker', 300, (root) => getComputedStyle(root.querySelector('.actions .button')!).flexGrow],
    ];
    for (const [tag, width, probe] of cases) {
      it(`<${tag}> ${width} px wide switches layout as under a 16 px root`, async () => {
        const layout = async () => {
          const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; --versus-font-size: 16px"></div>`);
          const el = document.createElement(tag) as VersusElement;
          box.append(el);
          await el.loadComplete;
          const found = probe(el.shadowRoot!);
          box.remove();
          return found;
        };
        const at16 = await layout();
        document.documentElement.style.fontSize = '62.5%';
        try {
          expect(await layout()).to.equal(at16);
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });
    }
  });

  describe('in boxes that size themselves to their content (the README\'s advice)', () => {
    it('in a modal <dialog>, a length such as min(40rem, 90vw) gives the element its width', async () => {
      const dialog = await fixture<HTMLDialogElement>(html`<dialog><faq-accordion style="width: min(40rem, 90vw)"></faq-accordion></dialog>`);
      const el = dialog.firstElementChild as VersusElement;
      dialog.showModal();
      try {
        expect(await el.loadComplete).to.equal(true);
        expect(el.getBoundingClientRect().width).to.be.closeTo(Math.min(640, 0.9 * innerWidth), 1);
        expect(el.shadowRoot!.querySelector('[part~="question"]')!.getBoundingClientRect().width).to.be.greaterThan(200);
      } finally {
        dialog.close();
      }
    });

    it('in a table cell, width: 100% does', async () => {
      const table = await fixture<HTMLTableElement>(html`<table style="width: 600px"><tr><td><faq-accordion style="width: 100%"></faq-accordion></td></tr></table>`);
      const el = table.querySelector('faq-accordion') as VersusElement;
      expect(await el.loadComplete).to.equal(true);
      expect(el.getBoundingClientRect().width).to.be.greaterThan(550);
    });
  });

  describe('RTL marker of <performance-notes>', () => {
    /** The direction the marker's chevron points to: the corner its two borders meet at, turned by its transform. */
    function pointing(marker: Element): string {
      const s = getComputedStyle(marker);
      const x = parseFloat(s.borderRightWidth) > 0 ? 1 : parseFloat(s.borderLeftWidth) > 0 ? -1 : 0;
      const y = parseFloat(s.borderBottomWidth) > 0 ? 1 : parseFloat(s.borderTopWidth) > 0 ? -1 : 0;
      const [a, b, c, d] = (s.transform.match(/-?[\d.e-]+/g) ?? ['1', '0', '0', '1']).map(Number);
      const px = a * x + c * y;
      const py = b * x + d * y;
      if (Math.abs(px) > Math.abs(py)) return px > 0 ? 'right' : 'left';
      return py > 0 ? 'down' : 'up';
    }

    it('points right when closed and down when open in LTR', async () => {
      const el = await fixture<PerformanceNotes>(html`<performance-notes collapsed></performance-notes>`);
      await el.loadComplete;
      const markers = [...el.shadowRoot!.querySelectorAll('.marker')];
      el.toggle('benchmarking', true);
      await el.updateComplete;
      expect([pointing(markers[0]), pointing(markers[1])]).to.deep.equal(['right', 'down']);
    });

    it('points left (toward the reading direction) when closed and down when open in RTL', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><performance-notes collapsed theme="light"></performance-notes></div>`);
      const el = wrapper.firstElementChild as PerformanceNotes;
      await el.loadComplete;
      const markers = [...el.shadowRoot!.querySelectorAll('.marker')];
      el.toggle('benchmarking', true);
      await el.updateComplete;
      expect([pointing(markers[0]), pointing(markers[1])], '[closed, open]').to.deep.equal(['left', 'down']);
    });

    it('never looks open while closed on a page made right-to-left by CSS alone (no dir attribute)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="direction: rtl"><performance-notes collapsed></performance-notes></div>`);
      const el = wrapper.firstElementChild as PerformanceNotes;
      await el.loadComplete;
      const markers = [...el.shadowRoot!.querySelectorAll('.marker')];
      el.toggle('benchmarking', true);
      await el.updateComplete;
      // :dir() follows the dir attribute only, so the chevron is not mirrored here, but it says "closed".
      expect([pointing(markers[0]), pointing(markers[1])], '[closed, open]').to.deep.equal(['right', 'down']);
    });
  });

  describe('documented CSS parts', () => {
    it('the page can style <performance-notes> and <community-guide> through their documented parts', async () => {
      const style = document.createElement('style');
      style.textContent = `performance-notes::part(toggle), community-guide::part(channel-name) { outline: 5px solid rgb(1, 2, 3); }
        performance-notes::part(closing), community-guide::part(closing) { outline: 5px solid rgb(1, 2, 3); }`;
      document.head.append(style);
      try {
        const data = {
          title: 'T',
          subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
          sectionText: { performance: { closing: 'Perf closing.' }, communities: { closing: 'Comm closing.' } },
          performance: [{ id: 'p', title: 'P', summary: 'S', findings: [{ subject: 'a', text: 'x' }] }],
          communities: [{ id: 'c', subject: 'a', title: 'A community', channels: [{ name: 'Docs', url: 'https://example.com/', description: 'd' }] }],
        };
        for (const tag of ['performance-notes', 'community-guide']) {
          const el = document.createElement(tag) as VersusElement;
          el.data = data;
          (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
          expect(await el.loadComplete, tag).to.equal(true);
          for (const part of tag === 'performance-notes' ? ['toggle', 'closing'] : ['channel-name', 'closing']) {
            const node = el.shadowRoot!.querySelector(`[part~="${part}"]`);
            expect(node, `${tag}::part(${part})`).to.not.equal(null);
            expect(getComputedStyle(node!).outlineColor, `${tag}::part(${part})`).to.equal('rgb(1, 2, 3)');
          }
        }
      } finally {
        style.remove();
      }
    });
  });
});
