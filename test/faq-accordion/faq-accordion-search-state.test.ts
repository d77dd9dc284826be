// What a search leaves behind: the open state, the events and the URL once it ends, however it ends.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/faq-accordion/faq-accordion.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { faqDataset, marked, questions, search } from './helpers.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

describe('<faq-accordion> when a search ends', () => {
  afterEach(() => setHash(''));

  it('shows every question again when `searchable` is turned off during a search (no box is left to clear it)', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable></faq-accordion>`);
    await el.loadComplete;
    await search(el, 'community');
    expect(questions(el)).to.have.length(1);
    el.searchable = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="search"]')).to.equal(null);
    expect(questions(el)).to.have.length(5);
  });

  it('tells versus-toggle listeners about the items that clearing the search closes or reopens', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable open-items="can-i-use-flask-and-django-together-in-a-project"></faq-accordion>`);
    await el.loadComplete;
    const believed = new Map<string, boolean>();
    el.addEventListener('versus-toggle', (event) => believed.set(event.detail.id, event.detail.open));
    await search(el, 'community');
    const [only] = questions(el);
    only.click(); // single mode: this closes the item open before the search
    await el.updateComplete;
    await search(el, '');
    const shown = new Map(questions(el).map((q) => [q.id, q.getAttribute('aria-expanded') === 'true']));
    expect(shown.get(only.id), 'the item opened during the search').to.equal(false);
    expect(shown.get('can-i-use-flask-and-django-together-in-a-project'), 'the item open before it').to.equal(true);
    expect(Object.fromEntries(believed)).to.deep.equal({ [only.id]: false, 'can-i-use-flask-and-django-together-in-a-project': true });
  });

  it('with hash-links, does not leave the id of an item it closed in the URL', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable hash-links></faq-accordion>`);
    await el.loadComplete;
    await search(el, 'community');
    const [only] = questions(el);
    only.click();
    await el.updateComplete;
    expect(location.hash).to.equal(`#${only.id}`);
    await search(el, '');
    expect(only.getAttribute('aria-expanded')).to.equal('false');
    expect(location.hash).to.equal('');
  });

  it('finds words with or without their accents, and highlights them as written', async () => {
    const data = faqDataset([
      { question: 'Where is the café?', answer: 'Down the street.' },
      { question: 'Is the cafe open?', answer: 'Every day.' },
      { question: 'What about tea?', answer: 'No.' },
    ]);
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable .data=${data}></faq-accordion>`);
    await el.loadComplete;
    for (const query of ['cafe', 'CAFÉ']) {
      await search(el, query);
      expect(questions(el).map((q) => q.textContent), query).to.deep.equal(['Where is the café?', 'Is the cafe open?']);
    }
    expect(marked().sort()).to.deep.equal(['cafe', 'café']);
  });

  it('highlights a match as written where folding drops marks or changes forms (harakat, decomposed accents, ＡＰＩ)', async () => {
    const data = faqDataset([
      { question: 'ما هو الإطار المُدْمَج؟', answer: '…' },
      { question: 'Where is the cafe\u0301 in ＡＰＩ land?', answer: '…' },
    ]);
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable .data=${data}></faq-accordion>`);
    await el.loadComplete;
    await search(el, 'مدمج');
    expect(marked()).to.deep.equal(['مُدْمَج']);
    await search(el, 'café');
    expect(marked()).to.deep.equal(['cafe\u0301']);
    await search(el, 'api');
    expect(marked()).to.deep.equal(['ＡＰＩ']);
  });

  it('searches the words, not the spaces between them', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable></faq-accordion>`);
    await el.loadComplete;
    await search(el, '  Flask   AND  django ');
    expect(questions(el).map((q) => q.textContent)).to.deep.equal([
      'Can I build RESTful APIs with both Flask and Django?',
      'Can I use Flask and Django together in a project?',
      'How do Flask and Django fare in terms of community support?',
    ]);
  });
});

describe('<faq-accordion> with a hash naming an item two accordions have', () => {
  afterEach(() => setHash(''));

  it('opens it in both and scrolls to the first, as a fragment link would', async () => {
    const id = 'can-i-use-flask-and-django-together-in-a-project';
    setHash(`#${id}`);
    // Below the fold, so only a scroll to it brings the first accordion's item on screen.
    const page = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 3000px"></div>
      <faq-accordion></faq-accordion>
      <div style="height: 4000px"></div>
      <faq-accordion></faq-accordion>
      <div style="height: 4000px"></div>
    </div>`);
    const [first, second] = page.querySelectorAll('faq-accordion');
    await Promise.all([first.loadComplete, second.loadComplete]);
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect([first.open, second.open]).to.deep.equal([[id], [id]]);
    const top = first.shadowRoot!.getElementById(id)!.getBoundingClientRect().top;
    window.scrollTo(0, 0);
    expect(top >= 0 && top < innerHeight, `the first accordion's item is on screen (top ${top})`).to.equal(true);
  });
});
