import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/comparison-article/comparison-article.js';
import type { ComparisonArticle } from '../../src/components/comparison-article/comparison-article.component.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import '../../src/components/comparison-overview/comparison-overview.js';
import '../../src/components/pros-cons-table/pros-cons-table.js';
import type { VersusElement } from '../../src/shared/versus-element.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { deepText } from './deep.js';

const faqIn = (el: ComparisonArticle) => el.shadowRoot!.querySelector<FaqAccordion>('[data-section="faq"] faq-accordion')!;

describe('<comparison-article> when `sections` changes', () => {
  it('keeps the sections that stay, with what the reader opened and the focus in them', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article sections="overview faq"></comparison-article>`);
    expect(await el.loadComplete).to.equal(true);
    const faq = faqIn(el);
    const question = faq.shadowRoot!.querySelector<HTMLButtonElement>('[part="question"]')!;
    question.focus();
    await sendKeys({ press: 'Enter' });
    await faq.updateComplete;
    for (const sections of ['faq', 'faq overview', 'overview faq']) {
      el.sections = sections;
      expect(await el.loadComplete).to.equal(true);
      // Compared as a boolean: a failing chai comparison of two elements can hang the page.
      expect(faqIn(el) === faq, `the same FAQ element after sections="${sections}"`).to.equal(true);
      expect(question.getAttribute('aria-expanded')).to.equal('true');
      expect(faq.shadowRoot!.activeElement === question, 'focus stays on the question').to.equal(true);
    }
  });
});

describe('the closing paragraph of the overview and of the pros and cons', () => {
  const data = structuredClone(threeSubjects) as unknown as { sectionText: Record<string, Record<string, string>> };
  data.sectionText.overview.closing = 'Overview closing.';
  data.sectionText.prosCons = { intro: 'Pros and cons intro.', closing: 'Pros and cons closing.' };

  for (const tag of ['comparison-overview', 'pros-cons-table']) {
    it(`<${tag}> shows it after its content`, async () => {
      const el = document.createElement(tag) as VersusElement;
      el.data = data;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      expect(await el.loadComplete).to.equal(true);
      const closing = el.shadowRoot!.querySelector('[part="closing"]');
      expect(closing?.textContent).to.equal(tag === 'pros-cons-table' ? 'Pros and cons closing.' : 'Overview closing.');
      expect(closing === el.shadowRoot!.querySelector('[part="base"]')!.lastElementChild, 'last').to.equal(true);
    });
  }

  it('shows each once in the article', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article .data=${data}></comparison-article>`);
    expect(await el.loadComplete).to.equal(true);
    const text = deepText(el);
    for (const closing of ['Overview closing.', 'Pros and cons closing.']) expect(text.split(closing).length - 1, closing).to.equal(1);
  });
});
