// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ComparisonArticle } from '../../src/components/comparison-article/comparison-article.component.js';
import { datasets, textOf } from './hydrate.js';
import { describeHydration } from './suite.js';

/** A section element inside the article's shadow root, e.g. `faq-accordion`. */
const section = (el: ComparisonArticle, tag: string) => el.shadowRoot!.querySelector(tag)!;
const inSection = <T extends Element = HTMLElement>(el: ComparisonArticle, tag: string, selector: string) =>
  section(el, tag).shadowRoot!.querySelector<T>(selector)!;

describeHydration<ComparisonArticle>('comparison-article', () => import('../../src/components/comparison-article/comparison-article.js'), (c) => {
  it('hydrates every section element inside it (none left waiting with defer-hydration)', () => {
    const { el } = c.hydrated;
    const sections = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => node.localName.includes('-'));
    expect(sections.length, 'section elements').to.be.greaterThan(4);
    expect(sections.filter((node) => node.hasAttribute('defer-hydration')).map((node) => node.localName)).to.deep.equal([]);
    expect(sections.filter((node) => !customElements.get(node.localName)).map((node) => node.localName)).to.deep.equal([]);
  });

  it('opens an FAQ question of the article on click: the server-rendered button says so', async () => {
    const button = inSection<HTMLButtonElement>(c.hydrated.el, 'faq-accordion', '[part="question"]');
    expect(c.hydrated.serverNodes, 'the question is the server-rendered one').to.include(button);
    const diff = await c.both((el) => inSection(el, 'faq-accordion', '[part="question"]').click());
    expect(button.isConnected && button.getAttribute('aria-expanded')).to.equal('true');
    expect(diff, 'browser-only -> hydrated, after the same click').to.deep.equal([]);
  });

  it('filters the feature matrix of the article as the user types', async () => {
    const { el } = c.hydrated;
    const rows = () => [...section(el, 'feature-matrix').shadowRoot!.querySelectorAll('tr.feature')];
    const query = c.dataset === 'article' ? 'sqlalchemy' : 'routing';
    const diff = await c.both(async (article) => {
      inSection(article, 'feature-matrix', '[part="filter"]').focus();
      await sendKeys({ type: query });
    });
    const shown = rows().filter((row) => !row.closest('[hidden]'));
    expect(shown.length, 'rows left').to.be.within(1, rows().length - 1);
    expect(textOf(inSection(el, 'feature-matrix', '[part="count"]'))).to.match(new RegExp(`^${shown.length} of ${rows().length} features shown`));
    expect(diff, 'browser-only -> hydrated, after typing the same').to.deep.equal([]);
  });

  it('answers the picker of the article and goes on to its second question', async () => {
    const { el } = c.hydrated;
    const questions = datasets[c.dataset].decision.questions;
    const diff = await c.both(async (article) => {
      const picker = section(article, 'use-case-picker') as HTMLElement & { updateComplete: Promise<unknown> };
      inSection(article, 'use-case-picker', '[part="option"]').click();
      await picker.updateComplete;
      [...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => textOf(b) === 'Next')!.click();
    });
    expect(textOf(inSection(el, 'use-case-picker', '[part="progress"]'))).to.equal(`Question 2 of ${questions.length}`);
    expect(diff, 'browser-only -> hydrated, after the same answers').to.deep.equal([]);
  });

  it('moves focus to a section from its table-of-contents link', async () => {
    const { el } = c.hydrated;
    const link = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="toc-link"]')].at(-1)!;
    expect(c.hydrated.serverNodes, 'the link is the server-rendered one').to.include(link);
    link.click();
    const target = link.getAttribute('href')!.slice(1);
    expect(el.shadowRoot!.activeElement?.id).to.equal(target);
  });
});
