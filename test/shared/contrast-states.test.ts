// Text contrast (WCAG 1.4.3) of every element in states axe does not see in the element tests:
// hovered controls, error views, "no matches", the picker's result, 320 px, other data.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import type { VersusElement } from '../../src/shared/versus-element.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { faintTexts } from './contrast.js';

const TAGS = ['comparison-article', 'comparison-overview', 'similarity-list', 'performance-notes', 'community-guide', 'pros-cons-table', 'feature-matrix', 'faq-accordion', 'use-case-picker'];

async function make(tag: string, attributes: Record<string, string>, width = 1000, data?: unknown): Promise<VersusElement> {
  const el = document.createElement(tag) as VersusElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (data !== undefined) el.data = data as VersusElement['data'];
  (await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`)).append(el);
  await el.loadComplete;
  await el.updateComplete;
  return el;
}

const typeInto = async (el: VersusElement, selector: string, text: string) => {
  el.shadowRoot!.querySelector<HTMLInputElement>(selector)!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
};

for (const theme of ['light', 'dark']) {
  describe(`text contrast as painted, theme="${theme}"`, function () {
    this.timeout(60000);
    afterEach(() => resetMouse());

    for (const tag of TAGS) {
      it(`<${tag}> at 1000 px and 320 px, with a highlighted subject where it has one`, async () => {
        const attributes = { theme, ...(tag === 'pros-cons-table' || tag === 'feature-matrix' ? { highlight: 'django' } : {}) };
        expect(faintTexts(await make(tag, attributes)), 'wide').to.deep.equal([]);
        expect(faintTexts(await make(tag, attributes, 320)), '320 px').to.deep.equal([]);
      });
    }

    it('keeps the text of hovered buttons and links readable', async () => {
      const faint: string[] = [];
      const hovered: string[] = [];
      const withControls: string[] = [];
      for (const tag of TAGS.slice(1)) {
        const el = await make(tag, { theme, searchable: '', 'toggle-all': '' });
        const controls = [...el.shadowRoot!.querySelectorAll('button, a, label')].filter((c) => c.getBoundingClientRect().height > 0).slice(0, 6);
        if (controls.length) withControls.push(tag);
        for (const control of controls) {
          control.scrollIntoView({ block: 'center' });
          const box = control.getBoundingClientRect();
          // Visually hidden labels and boxes still off screen cannot be hovered.
          if (box.left < 0 || box.top < 0 || box.left + 5 >= innerWidth || box.top + box.height / 2 >= innerHeight) continue;
          await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.top + box.height / 2)] });
          hovered.push(tag);
          faint.push(...faintTexts(el).map((text) => `<${tag}> hovering ${control.localName}.${control.className}: ${text}`));
        }
      }
      expect([...new Set(faint)]).to.deep.equal([]);
      // Something was hovered, and in every element that shows a control at least one of them.
      expect(hovered.length, 'controls hovered').to.be.greaterThan(0);
      expect([...new Set(hovered)], 'elements with a hovered control').to.deep.equal(withControls);
    });

    it('<faq-accordion> expanded, searching, and matching nothing', async () => {
      const el = await make('faq-accordion', { theme, searchable: '', 'toggle-all': '' });
      el.shadowRoot!.querySelector<HTMLButtonElement>('.question')!.click();
      await el.updateComplete;
      expect(faintTexts(el), 'expanded').to.deep.equal([]);
      await typeInto(el, 'input', 'django');
      expect(faintTexts(el), 'searching').to.deep.equal([]);
      await typeInto(el, 'input', 'zzzqqq');
      expect(faintTexts(el), 'no matches').to.deep.equal([]);
    });

    it('<feature-matrix> with a disclosure open, and matching nothing', async () => {
      const el = await make('feature-matrix', { theme, highlight: 'flask' });
      el.shadowRoot!.querySelector<HTMLButtonElement>('.disclosure')!.click();
      await el.updateComplete;
      expect(faintTexts(el), 'disclosure open').to.deep.equal([]);
      await typeInto(el, 'input[type="search"]', 'zzzqqq');
      expect(faintTexts(el), 'no matches').to.deep.equal([]);
    });

    it('<use-case-picker> result, and browse mode', async () => {
      const value = 'project-size:large,project-kind:cms-content,admin-cms:yes,deadline:tight,team-size:big-team,architecture:no';
      const result = await make('use-case-picker', { theme, value });
      expect(result.shadowRoot!.querySelector('[part="result"]')).to.not.equal(null);
      expect(faintTexts(result), 'result').to.deep.equal([]);
      expect(faintTexts(await make('use-case-picker', { theme, mode: 'browse' })), 'browse').to.deep.equal([]);
    });

    it('the error view of every element', async () => {
      const faint: string[] = [];
      for (const tag of TAGS) {
        const el = await make(tag, { theme }, 1000, { title: 'x', subjects: [{ id: 'a', name: 'A' }] });
        expect(el.shadowRoot!.querySelector('[part="error"]'), tag).to.not.equal(null);
        faint.push(...faintTexts(el).map((text) => `<${tag}>: ${text}`));
      }
      expect(faint).to.deep.equal([]);
    });

    it('every element with the three-subject fixture', async () => {
      const faint: string[] = [];
      for (const tag of TAGS) faint.push(...faintTexts(await make(tag, { theme, highlight: 'vue' }, 1000, threeSubjects)).map((text) => `<${tag}>: ${text}`));
      expect(faint).to.deep.equal([]);
    });
  });
}
