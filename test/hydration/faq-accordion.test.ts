// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { describeHydration } from './suite.js';

describeHydration<FaqAccordion>('faq-accordion', () => import('../../src/components/faq-accordion/faq-accordion.js'), (c) => {
  it('opens the first question on click: the server-rendered button says so and its answer shows', async () => {
    const button = c.hydrated.serverNodes.find((n): n is HTMLButtonElement => n instanceof HTMLButtonElement && n.matches('[part="question"]'))!;
    const diff = await c.both((el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="question"]')!.click());
    expect(c.hydrated.el.shadowRoot!.querySelector('[part="question"]') === button, 'the server button still in place').to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const answer = c.hydrated.el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(answer.hidden, 'answer hidden').to.equal(false);
    expect(diff, 'browser-only -> hydrated, after the same click').to.deep.equal([]);
  });
});
