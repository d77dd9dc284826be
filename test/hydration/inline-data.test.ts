// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { cleanUp, clientRender, datasets, domLines as lines, differences, hydrateServerHtml, watchPage } from './hydrate.js';

// The data as an inline <script type="application/json"> child (README: "Where the data comes
// from"): the server does not read it (it renders "Loading"), the browser does.
describe('<faq-accordion> server-rendered with its data in an inline JSON script', function () {
  this.timeout(30000);
  const page = watchPage();
  before(() => page.start());
  after(() => {
    page.stop();
    cleanUp();
  });

  it('hydrates with no error and shows the questions instead of "Loading", as the browser alone does', async () => {
    const define = () => import('../../src/components/faq-accordion/faq-accordion.js');
    const { el, loaded } = await hydrateServerHtml<FaqAccordion>('faq-accordion.inline-three-subjects', undefined, define);
    const twin = await clientRender<FaqAccordion>('faq-accordion', undefined, { inline: datasets['three-subjects'] });
    expect({
      'loading message shown': !!el.shadowRoot!.querySelector('[part="loading"]'),
      'questions shown': el.shadowRoot!.querySelectorAll('[part="question"]').length,
      'browser-only render -> hydrated': differences(lines(twin), lines(el)),
      'loadComplete resolved to': loaded,
      'logged or thrown': page.problems,
    }).to.deep.equal({
      'loading message shown': false,
      'questions shown': datasets['three-subjects'].faq.length,
      'browser-only render -> hydrated': [],
      'loadComplete resolved to': true,
      'logged or thrown': [],
    });
  });
});
