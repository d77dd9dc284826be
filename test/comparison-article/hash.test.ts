import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/comparison-article/comparison-article.js';
import type { ComparisonArticle } from '../../src/components/comparison-article/comparison-article.component.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('<comparison-article> opened at a contents link', () => {
  afterEach(() => setHash(''));

  it('a table-of-contents link opened elsewhere (new tab, shared, bookmarked) leads to its section', async () => {
    // What a reader gets from "Open link in new tab" or "Copy link" on the "Frequently Asked Questions" entry.
    const link = await fixture<ComparisonArticle>(html`<comparison-article></comparison-article>`);
    await link.loadComplete;
    const href = link.shadowRoot!.querySelector<HTMLAnchorElement>('[part="toc-link"][href="#section-faq"]')!.getAttribute('href')!;
    link.remove();
    setHash(href);
    const el = await fixture<ComparisonArticle>(html`<comparison-article></comparison-article>`);
    await el.loadComplete;
    const target = el.shadowRoot!.getElementById('section-faq')!;
    // The FAQ is the last section, far below the first screen: it is scrolled to and focused.
    await waitUntil(() => el.shadowRoot!.activeElement === target, 'the FAQ heading is focused');
    expect(Math.round(target.getBoundingClientRect().top), 'the FAQ section is at the top of the viewport').to.be.within(-5, innerHeight / 2);
    window.scrollTo(0, 0);
  });

  it('follows a later change of the hash to another section', async () => {
    const el = await fixture<ComparisonArticle>(html`<comparison-article></comparison-article>`);
    await el.loadComplete;
    location.hash = '#section-communities';
    const target = el.shadowRoot!.getElementById('section-communities')!;
    await waitUntil(() => el.shadowRoot!.activeElement === target, 'the communities heading is focused');
    expect(Math.round(target.getBoundingClientRect().top)).to.be.within(-5, innerHeight / 2);
    window.scrollTo(0, 0);
  });
});
