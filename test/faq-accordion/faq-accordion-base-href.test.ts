import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/faq-accordion/faq-accordion.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import article from '../../data/django-vs-flask.json';

// Its own file (own page): a <base> element changes how every relative URL on the page resolves.
describe('<faq-accordion hash-links> on a page with <base href> (e.g. every Angular app)', () => {
  it('writes the item into the hash of the page URL without changing its path', async () => {
    const start = location.href;
    history.replaceState(null, '', `/docs/frameworks/faq${location.search}`); // the page's own address
    const base = document.createElement('base');
    base.href = '/'; // Angular's default; the page itself lives at a deeper path
    document.head.prepend(base);
    try {
      const el = await fixture<FaqAccordion>(html`<faq-accordion hash-links .data=${article}></faq-accordion>`);
      await el.loadComplete;
      const path = location.pathname;
      expect(path).to.equal('/docs/frameworks/faq');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.question')!.click();
      const after = { path: location.pathname, hash: location.hash };
      expect(after).to.deep.equal({ path, hash: `#${el.shadowRoot!.querySelector('.question')!.id}` });
    } finally {
      base.remove();
      history.replaceState(null, '', start);
    }
  });
});
