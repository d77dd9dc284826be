// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { cleanUp, clientRender, datasets, domLines as lines, differences, hydrateServerHtml, watchPage } from './hydrate.js';

// Server HTML rendered without data shows "Loading" (the server had a src it cannot fetch, or
// `data = null`); the browser has the data before the element upgrades.
describe('<faq-accordion> server-rendered as "Loading", given data in the browser before it upgrades', function () {
  this.timeout(30000);
  const page = watchPage();
  before(() => page.start());
  after(() => {
    page.stop();
    cleanUp();
  });

  it('hydrates with no error and shows the questions once, as the browser alone does', async () => {
    const define = () => import('../../src/components/faq-accordion/faq-accordion.js');
    const { el, loaded } = await hydrateServerHtml<FaqAccordion>('faq-accordion.no-data', datasets['three-subjects'], define);
    const twin = await clientRender<FaqAccordion>('faq-accordion', datasets['three-subjects']);
    expect({
      'browser-only render -> hydrated': differences(lines(twin), lines(el)),
      'loadComplete resolved to': loaded,
      'logged or thrown': page.problems,
    }).to.deep.equal({
      'browser-only render -> hydrated': [],
      'loadComplete resolved to': true,
      'logged or thrown': [],
    });
  });
});
