import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/similarity-list/similarity-list.js';
import type { SimilarityList } from '../../src/components/similarity-list/similarity-list.component.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { text } from '../shared/dom.js';

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="item"]')];

describe('<similarity-list>', () => {
  it('lists the eight things both frameworks share, each with how each one does it', async () => {
    const el = await fixture<SimilarityList>(html`<similarity-list></similarity-list>`);
    expect(await el.loadComplete).to.equal(true);
    const titles = items(el).map((i) => text(i.querySelector('h3')));
    expect(titles).to.deep.equal([
      'Python-Based',
      'MVC Architecture',
      'WSGI Compliant',
      'Templating Engine',
      'Extendability',
      'ORM Support',
      'Development Server',
      'Community and Documentation',
    ]);
    const templating = items(el)[3];
    const entries = [...templating.querySelectorAll('[part="entry"]')].map(text);
    expect(entries).to.deep.equal(['Flask Jinja2 is the default templating engine.', 'Django Comes with its own built-in templating system.']);
    expect(text(el.shadowRoot!.querySelector('[part="intro"]'))).to.include('share a set of commonalities');
    expect(text(el.shadowRoot!.querySelector('[part="closing"]'))).to.include('common foundation');
    await expect(el).to.be.accessible();
  });

  it('says an identical practice once, naming every subject that shares it', async () => {
    const el = await fixture<SimilarityList>(html`<similarity-list></similarity-list>`);
    await el.loadComplete;
    const wsgi = items(el)[2];
    const entries = wsgi.querySelectorAll('[part="entry"]');
    expect(entries).to.have.length(1);
    // Read as a list ("Flask and Django"); each term is the name alone, the word between is for the eye.
    expect([...entries[0].querySelectorAll('dt')].map(text)).to.deep.equal(['Flask and', 'Django']);
    expect([...entries[0].querySelectorAll('dt [aria-hidden="true"]')].map(text)).to.deep.equal(['and']);
    expect(text(entries[0].querySelector('dd'))).to.equal('Runs on any WSGI-compliant web server.');
  });

  it('renders three subjects, picks and orders them with `subjects`, and sets the heading level', async () => {
    const el = await fixture<SimilarityList>(
      html`<similarity-list .data=${threeSubjects} subjects="svelte react" heading-level="4"></similarity-list>`,
    );
    await el.loadComplete;
    expect(items(el).map((i) => text(i.querySelector('h4')))).to.deep.equal(['Components', 'Open source', 'Tooling']);
    expect([...items(el)[0].querySelectorAll('dt')].map(text)).to.deep.equal(['Svelte', 'React']);
  });

  it('says which subject id is unknown', async () => {
    const el = await fixture<SimilarityList>(html`<similarity-list subjects="flask rails"></similarity-list>`);
    expect(await el.loadComplete).to.equal(false);
    expect(text(el.shadowRoot!.querySelector('[role="alert"]'))).to.include('Unknown subject "rails" in the subjects attribute');
  });

  it('renders nothing for a dataset without similarities', async () => {
    const data = { title: 'T', subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], sectionText: { similarities: { intro: 'x' } } };
    const el = await fixture<SimilarityList>(html`<similarity-list .data=${data}></similarity-list>`);
    await el.loadComplete;
    expect(el.shadowRoot!.querySelectorAll('.root > :not(.load-status)'), 'only the empty status region').to.have.length(0);
  });

  it('stacks into one column at 280 px without sideways scrolling, also right to left', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="width: 900px"><similarity-list></similarity-list></div>`);
    const el = wrapper.querySelector('similarity-list')!;
    await el.loadComplete;
    const [a, b] = items(el).map((i) => i.getBoundingClientRect());
    expect(a.top).to.equal(b.top);
    expect(a.left).to.be.greaterThan(b.left); // first item on the right in RTL
    wrapper.style.width = '280px';
    const [c, d] = items(el).map((i) => i.getBoundingClientRect());
    expect(d.top).to.be.greaterThan(c.bottom - 1);
    expect(el.shadowRoot!.querySelector('.root')!.scrollWidth).to.be.at.most(280);
  });

  it('passes axe in dark mode', async () => {
    const el = await fixture<SimilarityList>(html`<similarity-list theme="dark"></similarity-list>`);
    await el.loadComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(24, 24, 27)');
    await expect(el).to.be.accessible();
  });
});
