import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/comparison-article/comparison-article.js';
import '../../src/components/faq-accordion/faq-accordion.js';
import '../../src/components/feature-matrix/feature-matrix.js';
import '../../src/components/use-case-picker/use-case-picker.js';
import type { UseCasePicker } from '../../src/components/use-case-picker/use-case-picker.component.js';
import { $$ } from './helpers.js';

// Apps put the elements inside their own components (a Lit or Stencil app shell): the picker's
// "show" links must find the FAQ and the feature table however many open shadow roots down they are.
const VALUE = 'project-size:large,project-kind:cms-content,admin-cms:yes,deadline:tight,team-size:big-team,architecture:no';

type Loading = HTMLElement & { loadComplete: Promise<boolean>; updateComplete: Promise<boolean> };

/** `tags` inside `depth` nested open shadow roots (each a plain <div> host), in a fixture. */
async function inShadowRoots(depth: number, tags: string[]): Promise<Loading[]> {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  let root: ParentNode = page;
  for (let i = 0; i < depth; i++) {
    const host = document.createElement('div');
    root.append(host);
    root = host.attachShadow({ mode: 'open' });
  }
  const elements = tags.map((tag) => document.createElement(tag) as Loading);
  elements[0].setAttribute('value', VALUE);
  root.append(...elements);
  expect(await Promise.all(elements.map((el) => el.loadComplete))).to.deep.equal(elements.map(() => true));
  return elements;
}

const links = (picker: UseCasePicker) => $$<HTMLButtonElement>(picker, '[part="reveal"]');
const link = (picker: UseCasePicker, kind: string) => links(picker).find((b) => b.dataset.reveal === kind)!;
const kinds = (picker: UseCasePicker) => [...new Set(links(picker).map((b) => b.dataset.reveal))].sort();

/** Whether the FAQ shows the item open: its question button says it is expanded. */
const faqOpen = (faq: Element, id: string) => faq.shadowRoot!.getElementById(id)?.getAttribute('aria-expanded');

describe('<use-case-picker> reason links inside an app\'s shadow roots', () => {
  it('two shadow roots deep next to a <faq-accordion> and a <feature-matrix>: both kinds of link show and open their item', async () => {
    const [picker, faq, matrix] = await inShadowRoots(2, ['use-case-picker', 'faq-accordion', 'feature-matrix']);
    await picker.updateComplete;
    expect(kinds(picker as UseCasePicker)).to.deep.equal(['faq', 'feature']);

    const faqLink = link(picker as UseCasePicker, 'faq');
    expect(faqOpen(faq, faqLink.dataset.id!)).to.equal('false');
    faqLink.click();
    await faq.updateComplete;
    expect(faqOpen(faq, faqLink.dataset.id!)).to.equal('true');

    // A filter hides the feature's row: the link clears it and puts focus on the row.
    matrix.setAttribute('query', 'zzzzzz');
    await matrix.updateComplete;
    const featureLink = link(picker as UseCasePicker, 'feature');
    featureLink.click();
    await matrix.updateComplete;
    const row = matrix.shadowRoot!.querySelector<HTMLElement>(`tr[data-feature="${featureLink.dataset.id}"]`)!;
    expect(row.checkVisibility(), 'row shown').to.equal(true);
    expect(matrix.shadowRoot!.activeElement, 'focus on the row header').to.equal(row.querySelector('th'));
  });

  it('beside a <comparison-article> in one app shadow root: the links open the article\'s FAQ', async () => {
    const [picker, article] = await inShadowRoots(1, ['use-case-picker', 'comparison-article']);
    const faq = article.shadowRoot!.querySelector<Loading>('faq-accordion')!;
    await faq.loadComplete;
    await picker.updateComplete;
    expect(kinds(picker as UseCasePicker)).to.include('faq');
    const faqLink = link(picker as UseCasePicker, 'faq');
    faqLink.click();
    await faq.updateComplete;
    expect(faqOpen(faq, faqLink.dataset.id!)).to.equal('true');
  });

  it('drops a link whose target left the app once it is pressed, and keeps focus on the result', async () => {
    const [picker, faq] = await inShadowRoots(2, ['use-case-picker', 'faq-accordion']);
    await picker.updateComplete;
    expect(kinds(picker as UseCasePicker)).to.deep.equal(['faq']);
    faq.remove();
    const faqLink = link(picker as UseCasePicker, 'faq');
    faqLink.focus();
    faqLink.click();
    await picker.updateComplete;
    expect(links(picker as UseCasePicker)).to.have.length(0);
    expect(picker.shadowRoot!.activeElement?.classList.contains('result-focus')).to.equal(true);
  });
});
