import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/faq-accordion/faq-accordion.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { faqDataset, questions, search } from './helpers.js';

const data1 = faqDataset([
  { question: 'Apple pie?', answer: 'Sweet apple.' },
  { question: 'Banana bread?', answer: 'Soft banana.' },
  { question: 'Cherry tart?', answer: 'Red cherry.' },
]);
const data2 = faqDataset([
  { question: 'Banana split?', answer: 'Cold banana.' },
  { question: 'Date cake?', answer: 'Sticky date.' },
  { question: 'Elder wine?', answer: 'Banana-free.' },
  { question: 'Fig roll?', answer: 'Dry fig.' },
]);
const shownText = (el: FaqAccordion) => questions(el).map((q) => q.textContent!.trim());
const headings = (el: FaqAccordion) => [...el.shadowRoot!.querySelectorAll('[part="heading"]')].map((h) => h.tagName.toLowerCase());
const itemOk = (el: FaqAccordion) =>
  [...el.shadowRoot!.querySelectorAll('.item')].every((item) => {
    const q = item.querySelector('.question')!;
    const a = item.querySelector('.answer')!;
    return q.getAttribute('aria-controls') === a.id && a.id === `${q.id}_a` && (q.getAttribute('aria-expanded') === 'true') === !a.hasAttribute('hidden');
  });

describe('<faq-accordion> heading levels, one template per tag', () => {
  it('heading-level changes at runtime keep the right tag and attributes', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion heading-level="3" open-items="banana-bread" .data=${data1}></faq-accordion>`);
    await el.loadComplete;
    expect(headings(el)).to.deep.equal(['h3', 'h3', 'h3']);
    for (const level of [4, 2, 3, 6, 4]) {
      el.headingLevel = level;
      await el.updateComplete;
      expect(headings(el)).to.deep.equal([`h${level}`, `h${level}`, `h${level}`]);
      expect(itemOk(el)).to.equal(true);
      expect(el.shadowRoot!.querySelector('#banana-bread')!.getAttribute('aria-expanded')).to.equal('true');
    }
  });

  it('several accordions with different levels coexist', async () => {
    const box = await fixture(html`<div>
      <faq-accordion heading-level="2" .data=${data1}></faq-accordion>
      <faq-accordion heading-level="5" open-items="date-cake" .data=${data2}></faq-accordion>
      <faq-accordion heading-level="2" .data=${data2}></faq-accordion>
    </div>`);
    const [a, b, c] = [...box.children] as FaqAccordion[];
    await Promise.all([a.loadComplete, b.loadComplete, c.loadComplete]);
    await Promise.all([a.updateComplete, b.updateComplete, c.updateComplete]);
    expect(headings(a)).to.deep.equal(['h2', 'h2', 'h2']);
    expect(headings(b)).to.deep.equal(['h5', 'h5', 'h5', 'h5']);
    expect(headings(c)).to.deep.equal(['h2', 'h2', 'h2', 'h2']);
    expect(shownText(b)).to.deep.equal(['Banana split?', 'Date cake?', 'Elder wine?', 'Fig roll?']);
    expect(itemOk(a) && itemOk(b) && itemOk(c)).to.equal(true);
  });
});

describe('<faq-accordion> items re-rendered during a search', () => {
  it('data replaced during a search', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable .data=${data1}></faq-accordion>`);
    await el.loadComplete;
    await search(el, 'banana');
    expect(shownText(el)).to.deep.equal(['Banana bread?']);
    el.data = data2;
    await el.updateComplete;
    expect(shownText(el)).to.deep.equal(['Banana split?', 'Elder wine?']);
    await search(el, '');
    expect(shownText(el)).to.have.length(4);
  });

  it('heading level changes during a search', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable .data=${data2}></faq-accordion>`);
    await el.loadComplete;
    await search(el, 'banana');
    el.headingLevel = 5;
    await el.updateComplete;
    expect(shownText(el)).to.deep.equal(['Banana split?', 'Elder wine?']);
    await search(el, '');
    expect(shownText(el)).to.have.length(4);
  });

  it('open items change during a search', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable .data=${data2}></faq-accordion>`);
    await el.loadComplete;
    await search(el, 'banana');
    el.open = ['fig-roll'];
    await el.updateComplete;
    expect(shownText(el)).to.deep.equal(['Banana split?', 'Elder wine?']);
    el.show('banana-split');
    await el.updateComplete;
    expect(shownText(el)).to.deep.equal(['Banana split?', 'Elder wine?']);
    await search(el, '');
    expect(shownText(el)).to.have.length(4);
  });

  it('"Show all" clears a search that matched nothing', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable open-items="date-cake" .data=${data2}></faq-accordion>`);
    await el.loadComplete;
    await search(el, 'banana');
    await search(el, 'zzzz');
    expect(shownText(el)).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!.click();
    await el.updateComplete;
    expect(shownText(el)).to.have.length(4);
  });

  it('data replaced with no FAQ, then back, during and after a search', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable .data=${data2}></faq-accordion>`);
    await el.loadComplete;
    await search(el, 'banana');
    el.data = { ...data1, faq: [] };
    await el.updateComplete;
    el.data = data1;
    await el.updateComplete;
    expect(shownText(el)).to.deep.equal(['Banana bread?']);
    await search(el, '');
    expect(shownText(el)).to.have.length(3);
  });

  it('search ended by reveal() and by turning searchable off, with data swapped', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable .data=${data2}></faq-accordion>`);
    await el.loadComplete;
    await search(el, 'banana');
    el.reveal('fig-roll', false);
    await el.updateComplete;
    expect(shownText(el)).to.have.length(4);
    await search(el, 'banana');
    el.data = data1;
    el.searchable = false;
    await el.updateComplete;
    expect(shownText(el)).to.have.length(3);
  });

  it('bad data during a search, then good data after the search is turned off', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable .data=${data2}></faq-accordion>`);
    await el.loadComplete;
    await search(el, 'banana');
    el.data = { nope: 1 } as never;
    await el.updateComplete;
    el.searchable = false;
    await el.updateComplete;
    el.data = data2;
    await el.updateComplete;
    expect(shownText(el)).to.have.length(4);
  });
});
