// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { clientRender, datasets, domLines as lines, differences, fetchedBundledArticle, hydrateServerHtml, settle, watchEachTest, type Hydrated } from './hydrate.js';

// The data reaches the browser another way than it reached the server: the server rendered
// "Loading" for data it could not read, or content for data the browser sets only later.
describe('<faq-accordion> server-rendered, its data reaching the browser another way', function () {
  this.timeout(30000);
  const page = watchEachTest();
  const define = () => import('../../src/components/faq-accordion/faq-accordion.js');
  const data = datasets['three-subjects'];

  /** What a reader and the console can tell about the hydrated element, against the browser alone. */
  const seen = ({ el, loaded }: Hydrated<FaqAccordion>, twin: FaqAccordion) => ({
    'questions shown': el.shadowRoot!.querySelectorAll('[part="question"]').length,
    'browser-only render -> hydrated': differences(lines(twin), lines(el)),
    'loadComplete resolved to': loaded,
    'logged or thrown': page.problems,
  });
  const asTheBrowserAlone = { 'questions shown': data.faq.length, 'browser-only render -> hydrated': [], 'loadComplete resolved to': true, 'logged or thrown': [] };

  // The server does not read an inline <script type="application/json"> child (README: "Where the data comes from").
  it('in an inline JSON script: hydrates with no error and shows the questions instead of "Loading"', async () => {
    const hydrated = await hydrateServerHtml<FaqAccordion>('faq-accordion.inline-three-subjects', undefined, define);
    const twin = await clientRender<FaqAccordion>('faq-accordion', undefined, { inline: data });
    expect({ ...seen(hydrated, twin), 'loading message shown': !!hydrated.el.shadowRoot!.querySelector('[part="loading"]') }).to.deep.equal({
      ...asTheBrowserAlone,
      'loading message shown': false,
    });
  });

  // The server had a src it cannot fetch, or `data = null`; the browser has the data before the element upgrades.
  it('as data set before the upgrade, over server "Loading": hydrates with no error and shows the questions once', async () => {
    const hydrated = await hydrateServerHtml<FaqAccordion>('faq-accordion.no-data', data, define);
    const twin = await clientRender<FaqAccordion>('faq-accordion', data);
    expect(seen(hydrated, twin)).to.deep.equal(asTheBrowserAlone);
  });

  // A framework sets `data` while it hydrates its own tree, after the element upgraded (README: "Server rendering").
  it('as data set a moment after the upgrade, over server content: hydrates with no error, shows the questions once, fetches no article', async () => {
    await define();
    const hydrated = await hydrateServerHtml<FaqAccordion>('faq-accordion.three-subjects', undefined, settle, async (upgraded) => {
      // A task after the upgrade: the framework's hydration reaches the element.
      await settle();
      upgraded.data = data;
    });
    await settle();
    const twin = await clientRender<FaqAccordion>('faq-accordion', data);
    expect({ ...seen(hydrated, twin), 'fetched the bundled article': fetchedBundledArticle() }).to.deep.equal({
      ...asTheBrowserAlone,
      'fetched the bundled article': false,
    });
  });
});
