import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/comparison-article/comparison-article.js';
import type { ComparisonArticle } from '../../src/components/comparison-article/comparison-article.component.js';

const SECTION_TAGS = [
  'comparison-overview',
  'pros-cons-table',
  'feature-matrix',
  'performance-notes',
  'similarity-list',
  'use-case-picker',
  'community-guide',
  'faq-accordion',
];

/** The section elements inside the article, at any depth of its own shadow tree. */
function sectionElements(article: Element): Element[] {
  return [...article.shadowRoot!.querySelectorAll(SECTION_TAGS.join(','))];
}

describe('<comparison-article> parts', () => {
  let style: HTMLStyleElement;
  afterEach(() => style?.remove());

  it('lets the page style every part the section elements render, under the element\'s tag', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article></comparison-article>`);
    expect(await el.loadComplete).to.equal(true);
    const inner = sectionElements(el);
    expect(inner.map((child) => child.localName).sort()).to.deep.equal([...SECTION_TAGS].sort());
    // One rule per part rendered inside a section element; each must reach its element.
    const seen: [Element, string][] = [];
    for (const child of inner) {
      for (const partEl of child.shadowRoot!.querySelectorAll('[part]')) {
        for (const part of partEl.getAttribute('part')!.split(/\s+/)) seen.push([partEl, `${child.localName}-${part}`]);
      }
    }
    expect(seen.length).to.be.greaterThan(60);
    style = document.createElement('style');
    style.textContent = [...new Set(seen.map(([, name]) => name))]
      .map((name) => `comparison-article::part(${name}) { outline-offset: 17px; }`)
      .join('\n');
    document.head.append(style);
    const missed = seen.filter(([partEl]) => getComputedStyle(partEl).outlineOffset !== '17px').map(([, name]) => name);
    expect([...new Set(missed)]).to.deep.equal([]);
  });

  it('keeps the section elements\' parts apart from its own: a forwarded name styles only that element\'s part', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article></comparison-article>`);
    await el.loadComplete;
    style = document.createElement('style');
    style.textContent = 'comparison-article::part(faq-accordion-question) { color: rgb(1, 2, 3); } comparison-article::part(intro) { color: rgb(4, 5, 6); }';
    document.head.append(style);
    const faq = el.shadowRoot!.querySelector('faq-accordion')!;
    const question = faq.shadowRoot!.querySelector('[part~="question"]')!;
    expect(getComputedStyle(question).color).to.equal('rgb(1, 2, 3)');
    // The article's own intro takes its rule; the sections' intros (their part is also "intro") do not.
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="intro"]')!).color).to.equal('rgb(4, 5, 6)');
    const overviewIntro = el.shadowRoot!.querySelector('comparison-overview')!.shadowRoot!.querySelector('[part~="intro"]')!;
    expect(getComputedStyle(overviewIntro).color).to.not.equal('rgb(4, 5, 6)');
  });
});
