/**
 * Lit still updates a removed <faq-accordion> (its first update, a load that lands after removal, a
 * property set on it). It must not write page-wide state then, which nothing would take back: the
 * JSON-LD in <head>, search highlights, versus-load. A file of its own: the bundled article must
 * not be loaded yet when the first test starts.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/faq-accordion/faq-accordion.js';
import '../../src/components/similarity-list/similarity-list.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { loadBundledDataset } from '../../src/data/load.js';
import { faqDataset } from './helpers.js';

const jsonLd = () => document.head.querySelector('script[data-versus-faq]')?.textContent ?? null;
const highlighted = () => CSS.highlights.get('versus-faq-match')?.size ?? 0;
const settle = () => new Promise((r) => setTimeout(r, 50));
let n = 0;
const unique = () => `${Date.now()}-${++n}`;

describe('<faq-accordion> removed from the page', () => {
  afterEach(() => {
    document.querySelectorAll('faq-accordion, similarity-list').forEach((el) => el.remove());
    document.head.querySelector('script[data-versus-faq]')?.remove();
  });

  it('removed while the bundled article loads: no JSON-LD in <head> and no versus-load afterwards', async () => {
    const el = document.createElement('faq-accordion') as FaqAccordion;
    el.structuredData = true;
    const loads: unknown[] = [];
    el.addEventListener('versus-load', (e) => loads.push((e as CustomEvent).detail));
    document.body.append(el);
    await el.updateComplete; // the article is requested
    el.remove();
    await loadBundledDataset();
    await el.updateComplete;
    await settle();
    expect(el.isConnected).to.equal(false);
    expect(jsonLd() ?? '', 'JSON-LD of a removed accordion').not.to.include('Can I use Flask and Django together');
    expect(loads, 'versus-load from a removed element').to.deep.equal([]);
  });

  it('mounted and removed in the same task (a redirect, a quick route change): no JSON-LD left', async () => {
    for (let i = 0; i < 5; i++) {
      const el = document.createElement('faq-accordion') as FaqAccordion;
      el.structuredData = true;
      el.data = faqDataset([{ question: `Route ${i} question?`, answer: 'A.' }]);
      document.body.append(el);
      el.remove();
      await el.updateComplete;
    }
    await settle();
    expect(jsonLd() ?? '', 'JSON-LD of 5 accordions no longer in the page').not.to.include('Route ');
  });

  it('removed while another element (still shown) shares its src fetch: no JSON-LD left', async () => {
    const src = `/__test__/dataset?name=shared&delay=300&key=${unique()}`;
    const sidebar = document.createElement('similarity-list');
    sidebar.setAttribute('src', src);
    const el = document.createElement('faq-accordion') as FaqAccordion;
    el.structuredData = true;
    el.setAttribute('src', src);
    document.body.append(sidebar, el);
    await el.updateComplete;
    el.remove(); // route change; the sidebar stays
    await (sidebar as unknown as { loadComplete: Promise<boolean> }).loadComplete;
    await el.updateComplete;
    await settle();
    expect(jsonLd() ?? '', 'JSON-LD of a removed accordion').not.to.include('Which is shared?');
  });

  it('a property set on a removed accordion does not put its JSON-LD back', async () => {
    const el = document.createElement('faq-accordion') as FaqAccordion;
    el.structuredData = true;
    el.data = faqDataset([{ question: 'Gone question?', answer: 'A.' }]);
    document.body.append(el);
    await el.loadComplete;
    expect(jsonLd()).to.include('Gone question?');
    el.remove();
    expect(jsonLd() ?? '').not.to.include('Gone question?');
    el.searchable = true; // e.g. a framework flushing a prop during teardown
    await el.updateComplete;
    expect(jsonLd() ?? '', 'JSON-LD after a prop change on a removed accordion').not.to.include('Gone question?');
  });

  it('removed in the same task as a search keystroke: no highlights left registered', async () => {
    const el = document.createElement('faq-accordion') as FaqAccordion;
    el.searchable = true;
    el.data = faqDataset([{ question: 'Which is faster?', answer: 'Flask is smaller.' }]);
    document.body.append(el);
    await el.loadComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = 'faster';
    input.dispatchEvent(new Event('input'));
    el.remove(); // e.g. a route change bound to the same keystroke (Enter)
    await el.updateComplete;
    await settle();
    expect(highlighted(), 'highlight ranges in removed nodes').to.equal(0);
  });

  it('added back, publishes its JSON-LD, marks its search and announces its data again', async () => {
    const el = document.createElement('faq-accordion') as FaqAccordion;
    el.structuredData = true;
    el.searchable = true;
    el.data = faqDataset([{ question: 'Back again?', answer: 'Yes.' }]);
    const loads: unknown[] = [];
    el.addEventListener('versus-load', (e) => loads.push((e as CustomEvent).detail));
    document.body.append(el);
    el.remove();
    await el.updateComplete;
    expect([jsonLd() ?? '', loads.length]).to.deep.equal(['', 0]);
    document.body.append(el);
    await el.loadComplete;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    input.value = 'again';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    await settle();
    expect(jsonLd()).to.include('Back again?');
    expect(highlighted()).to.equal(1);
    expect(loads).to.have.length(1);
  });
});
