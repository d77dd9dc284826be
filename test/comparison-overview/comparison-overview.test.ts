import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/comparison-overview/comparison-overview.js';
import type { ComparisonOverview } from '../../src/components/comparison-overview/comparison-overview.component.js';
import threeSubjects from '../fixtures/three-subjects.json';

const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="card"]')];

describe('<comparison-overview>', () => {
  it('shows a card per subject with the article\'s characterisation', async () => {
    const el = await fixture<ComparisonOverview>(html`<comparison-overview></comparison-overview>`);
    expect(await el.loadComplete).to.equal(true);
    const [flask, django] = cards(el);
    expect(cards(el)).to.have.length(2);
    expect(flask.querySelector('h3')!.textContent).to.equal('Flask');
    expect(flask.querySelector('[part="label"]')!.textContent).to.equal('micro-framework');
    expect(flask.querySelector('[part="analogy"]')!.textContent).to.match(/car/i);
    expect(django.querySelector('[part="analogy"]')!.textContent).to.match(/SUV/);
    await expect(el).to.be.accessible();
  });

  it('gives each subject its tagline and a link to its website, from the subjects list', async () => {
    const el = await fixture<ComparisonOverview>(html`<comparison-overview></comparison-overview>`);
    await el.loadComplete;
    const [flask, django] = cards(el);
    expect(flask.querySelector('[part="tagline"]')!.textContent).to.equal('The lightweight, customizable micro-framework: start with the basics and build upon it.');
    const links = [flask, django].map((card) => card.querySelector<HTMLAnchorElement>('a[part="website"]')!);
    expect(links.map((a) => [a.textContent, a.href])).to.deep.equal([
      ['Flask website', 'https://flask.palletsprojects.com/'],
      ['Django website', 'https://www.djangoproject.com/'],
    ]);
    // Subjects without a tagline or a website: neither is rendered empty. (A `javascript:` URL never
    // gets this far: the validator takes http(s) URLs only.)
    el.data = { ...threeSubjects, subjects: threeSubjects.subjects.map(({ id, name }) => ({ id, name })) };
    expect(await el.loadComplete).to.equal(true);
    expect(cards(el)).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('[part="tagline"], [part="website"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('puts cards side by side when wide and stacks them when narrow', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><comparison-overview></comparison-overview></div>`);
    const el = wrapper.querySelector('comparison-overview')!;
    await el.loadComplete;
    const [a, b] = cards(el).map((c) => c.getBoundingClientRect());
    expect(a.top).to.equal(b.top);
    wrapper.style.width = '280px'; // container queries apply at the next (synchronous) layout
    const [c, d] = cards(el).map((card) => card.getBoundingClientRect());
    expect(d.top).to.be.greaterThan(c.bottom - 1);
    expect(el.shadowRoot!.querySelector('.root')!.scrollWidth).to.be.at.most(280);
  });

  it('renders any number of subjects and picks them with `subjects`', async () => {
    const el = await fixture<ComparisonOverview>(html`<comparison-overview .data=${threeSubjects} subjects="svelte react" heading-level="4"></comparison-overview>`);
    await el.loadComplete;
    expect(cards(el).map((c) => c.querySelector('h4')!.textContent)).to.deep.equal(['Svelte', 'React']);
  });

  it('says which subject id is unknown', async () => {
    const el = await fixture<ComparisonOverview>(html`<comparison-overview subjects="flask rails"></comparison-overview>`);
    expect(await el.loadComplete).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('Unknown subject "rails" in the subjects attribute');
  });

  it('renders nothing for a dataset without an overview', async () => {
    const el = await fixture<ComparisonOverview>(html`<comparison-overview .data=${{ title: 'T', subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] }}></comparison-overview>`);
    await el.loadComplete;
    expect(el.shadowRoot!.querySelectorAll('.root > :not(.load-status)'), 'only the empty status region').to.have.length(0);
  });

  it('passes axe in dark mode', async () => {
    const el = await fixture<ComparisonOverview>(html`<comparison-overview theme="dark"></comparison-overview>`);
    await el.loadComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(24, 24, 27)');
    await expect(el).to.be.accessible();
  });
});
