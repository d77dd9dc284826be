// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { cleanUp, clientRender, datasets, domLines as lines, differences, fetchedBundledArticle, hydrateServerHtml, settle, watchPage } from './hydrate.js';

// A framework that renders the page on the server sets `data` while it hydrates its own tree,
// which can come after the element's module has upgraded the element (README: "Server rendering").
describe('<faq-accordion> server-rendered with data, given the same data a moment after it upgraded', function () {
  this.timeout(30000);
  const page = watchPage();
  before(() => page.start());
  after(() => {
    page.stop();
    cleanUp();
  });

  it('hydrates with no error and shows the questions once, as the browser alone does', async () => {
    await import('../../src/components/faq-accordion/faq-accordion.js');
    const { el, loaded } = await hydrateServerHtml<FaqAccordion>('faq-accordion.three-subjects', undefined, settle, async (upgraded) => {
      // A task after the upgrade: the framework's hydration reaches the element.
      await settle();
      upgraded.data = datasets['three-subjects'];
    });
    await settle();
    const twin = await clientRender<FaqAccordion>('faq-accordion', datasets['three-subjects']);
    expect({
      'FAQ lists shown': el.shadowRoot!.querySelectorAll('[part="list"]').length,
      'browser-only render -> hydrated': differences(lines(twin), lines(el)),
      'loadComplete resolved to': loaded,
      'logged or thrown': page.problems,
      'fetched the bundled article': fetchedBundledArticle(),
    }).to.deep.equal({
      'FAQ lists shown': 1,
      'browser-only render -> hydrated': [],
      'loadComplete resolved to': true,
      'logged or thrown': [],
      'fetched the bundled article': false,
    });
  });
});
