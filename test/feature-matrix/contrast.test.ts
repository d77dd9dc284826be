import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/feature-matrix/feature-matrix.js';
import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';
import { contrastRatio, paintedBackground } from '../shared/dom.js';

for (const theme of ['light', 'dark']) {
  describe(`<feature-matrix theme="${theme}"> a revealed row`, () => {
    it('keeps every text of the row at 4.5:1 on the mark colour', async () => {
      const el = await fixture<FeatureMatrix>(html`<feature-matrix theme=${theme}></feature-matrix>`);
      await el.loadComplete;
      // This row has a "via" note, in muted grey elsewhere.
      expect(el.reveal('restful-dispatching')).to.equal(true);
      await el.updateComplete;
      const row = el.shadowRoot!.querySelector('tr[data-feature="restful-dispatching"]')!;
      const texts = [...row.querySelectorAll('*')].filter((node) => [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()));
      expect(texts.some((node) => node.classList.contains('via'))).to.equal(true);
      const faint = texts
        .map((node) => ({ text: node.textContent!.trim(), ratio: contrastRatio(getComputedStyle(node).color, paintedBackground(node)) }))
        .filter(({ ratio }) => ratio < 4.5)
        .map(({ text, ratio }) => `${text}: ${ratio.toFixed(2)}`);
      expect(faint).to.deep.equal([]);
    });
  });
}

if (navigator.userAgent.includes('Chrome/')) {
  describe('<feature-matrix theme="dark"> printed', () => {
    before(() => emulateMedia({ media: 'print' }));
    after(() => emulateMedia({ media: 'screen' }));

    it('prints on white paper in light colours: icons keep 3:1 and text 4.5:1 without the dark background', async () => {
      const el = await fixture<FeatureMatrix>(html`<feature-matrix theme="dark"></feature-matrix>`);
      await el.loadComplete;
      const paper = 'rgb(255, 255, 255)';
      const icons = [...el.shadowRoot!.querySelectorAll('[data-level] .icon')];
      expect(icons.length).to.be.greaterThan(10);
      const faintIcons = icons.map((icon) => getComputedStyle(icon).color).filter((colour) => contrastRatio(colour, paper) < 3);
      expect([...new Set(faintIcons)]).to.deep.equal([]);
      const text = getComputedStyle(el.shadowRoot!.querySelector('th[scope="row"]')!).color;
      expect(contrastRatio(text, paper)).to.be.at.least(4.5);
    });
  });
}
