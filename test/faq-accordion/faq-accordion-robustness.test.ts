import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq-accordion/faq-accordion.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { settled, watchUncaught } from '../shared/dom.js';
import { faqDataset } from './helpers.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
const questions = (el: FaqAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) [part="question"]')];
const expanded = (el: FaqAccordion) => questions(el).map((b) => b.getAttribute('aria-expanded') === 'true');

describe('<faq-accordion> with odd URLs, other scripts and data that stops being usable', () => {
  const watched = watchUncaught();
  afterEach(() => {
    setHash('');
  });

  it('a page URL with a malformed percent-escape in the hash throws nothing on first render', async () => {
    setHash('#100%'); // e.g. a shared link like page#50%off
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const result = await settled(el.loadComplete);
    await new Promise((r) => setTimeout(r, 50)); // errors thrown late by timers or listeners
    expect(String(result), 'loadComplete').to.equal('true');
    expect(watched.uncaught.map(String), 'uncaught').to.deep.equal([]);
  });

  it('a hashchange to a malformed percent-escape throws nothing', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    await el.loadComplete;
    location.hash = '#%E0%A4%A';
    await new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    await new Promise((r) => setTimeout(r, 50));
    expect(watched.uncaught.map(String)).to.deep.equal([]);
  });

  it('with hash-links, clicking a question on a page whose hash is malformed throws nothing and opens it', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion hash-links></faq-accordion>`);
    await el.loadComplete;
    setHash('#%zz');
    let thrown: unknown;
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.question')!.click();
    } catch (error) {
      thrown = error;
    }
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(String(thrown ?? watched.uncaught[0] ?? 'nothing')).to.equal('nothing');
    expect(expanded(el)[0]).to.equal(true);
  });

  it('keeps focus inside the element after "Show all" is pressed with the keyboard', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable></faq-accordion>`);
    await el.loadComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.focus();
    await sendKeys({ type: 'zzz' });
    await el.updateComplete;
    const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!;
    expect(showAll).to.not.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement === showAll, 'Show all is focused').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(questions(el)).to.have.length(5);
    // Comparing strings: chai's diff of two elements can hang the test page.
    expect(document.activeElement?.localName, 'focus after Show all').to.equal('faq-accordion');
    expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focused inside the accordion (the search box)').to.equal('search');
  });

  it('gives questions in a non-Latin script their own ids: opening one does not open the other', async () => {
    const data = faqDataset([
      { question: 'Какой фреймворк быстрее?', answer: 'Оба достаточно быстры.' },
      { question: 'Какой проще изучить?', answer: 'Flask.' },
    ]);
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${data}></faq-accordion>`);
    expect(await el.loadComplete, 'the dataset is accepted').to.equal(true);
    const [first, second] = questions(el);
    expect(first.id, 'ids differ').to.not.equal(second.id);
    expect(first.id, 'id not empty').to.not.equal('');
    first.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, false]);
  });

  it('with structured-data, takes its questions out of the JSON-LD when its data becomes unusable', async () => {
    const block = () => document.head.querySelector('script[type="application/ld+json"]');
    const el = await fixture<FaqAccordion>(html`<faq-accordion structured-data .data=${faqDataset([{ question: 'Old question?', answer: 'Old.' }])}></faq-accordion>`);
    await el.loadComplete;
    expect(block()!.textContent).to.include('Old question?');
    el.data = { title: 'Broken', subjects: [] };
    expect(await el.loadComplete).to.equal(false);
    // The page no longer shows the question, but search engines are still told it does.
    expect(block()?.textContent ?? '', 'stale JSON-LD').to.not.include('Old question?');
  });

  it('with structured-data, drops the old FAQ from the JSON-LD while a new src loads and after it fails', async () => {
    const block = () => document.head.querySelector('script[type="application/ld+json"]');
    const el = await fixture<FaqAccordion>(html`<faq-accordion structured-data .data=${faqDataset([{ question: 'Old question?', answer: 'Old.' }])}></faq-accordion>`);
    await el.loadComplete;
    el.data = undefined;
    el.src = '/__test__/missing';
    expect(await el.loadComplete).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    expect(block()?.textContent ?? '', 'stale JSON-LD').to.not.include('Old question?');
  });
});
