import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/performance-notes/performance-notes.js';
import type { PerformanceNotes } from '../../src/components/performance-notes/performance-notes.component.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { text } from '../shared/dom.js';

const topics = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="topic"]')];
const toggles = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toggle"]')];
const panelOf = (el: Element, button: Element) => el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
const visible = (node: Element) => node.getBoundingClientRect().height > 0;

describe('<performance-notes>', () => {
  it('shows the five performance topics with their findings per subject, open by default', async () => {
    const el = await fixture<PerformanceNotes>(html`<performance-notes></performance-notes>`);
    expect(await el.loadComplete).to.equal(true);
    expect(topics(el).map((t) => text(t.querySelector('h3')))).to.deep.equal([
      'Synchronous Roots with Asynchronous Forays',
      'Benchmarking Challenges',
      'Database Interactions',
      'Custom Code and Framework Code',
      'Real-World Observations',
    ]);
    const db = topics(el)[2];
    expect(text(db.querySelector('[part="summary"]'))).to.include('performance bottlenecks');
    const entries = [...db.querySelectorAll('[part="entry"]')].map(text);
    expect(entries[0]).to.match(/^Flask Compatibility with SQLAlchemy/);
    expect(entries[1]).to.match(/^Django The built-in ORM/);
    expect(toggles(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(visible(db.querySelector('[part="findings"]')!)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens and closes findings with Enter and Space, keeping title and summary visible', async () => {
    const el = await fixture<PerformanceNotes>(html`<performance-notes collapsed></performance-notes>`);
    await el.loadComplete;
    const [first, second] = toggles(el);
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(visible(panelOf(el, first))).to.equal(false);
    expect(visible(topics(el)[0].querySelector('[part="summary"]')!)).to.equal(true);

    first.focus();
    const opened = oneEvent(el, 'versus-toggle');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail).to.deep.equal({ id: 'sync-and-async', open: true });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect(visible(panelOf(el, first))).to.equal(true);
    expect(text(panelOf(el, first))).to.include('asynchronous views');

    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(second);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(second.getAttribute('aria-expanded')).to.equal('true');

    second.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(visible(panelOf(el, second))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('opens topics from script and resets to the default when `collapsed` changes', async () => {
    const el = await fixture<PerformanceNotes>(html`<performance-notes></performance-notes>`);
    await el.loadComplete;
    const events: unknown[] = [];
    el.addEventListener('versus-toggle', (event) => events.push(event.detail));
    el.toggle('benchmarking', false);
    el.toggle('no-such-topic');
    await el.updateComplete;
    expect(toggles(el)[1].getAttribute('aria-expanded')).to.equal('false');
    expect(events).to.deep.equal([{ id: 'benchmarking', open: false }]);
    el.collapsed = true;
    await el.updateComplete;
    expect(toggles(el).map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(Array(5).fill('false'));
  });

  it('renders three subjects in the chosen order with the chosen heading level', async () => {
    const el = await fixture<PerformanceNotes>(
      html`<performance-notes .data=${threeSubjects} subjects="vue svelte" heading-level="5"></performance-notes>`,
    );
    await el.loadComplete;
    expect(topics(el).map((t) => text(t.querySelector('h5')))).to.deep.equal(['Bundle size', 'Startup']);
    expect([...topics(el)[0].querySelectorAll('dt')].map(text)).to.deep.equal(['Vue', 'Svelte']);
  });

  it('says which subject id is unknown, and renders nothing without performance data', async () => {
    const bad = await fixture<PerformanceNotes>(html`<performance-notes subjects="rails"></performance-notes>`);
    expect(await bad.loadComplete).to.equal(false);
    expect(text(bad.shadowRoot!.querySelector('[role="alert"]'))).to.include('Unknown subject "rails"');
    const data = { title: 'T', subjects: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }] };
    const empty = await fixture<PerformanceNotes>(html`<performance-notes .data=${data}></performance-notes>`);
    await empty.loadComplete;
    expect(empty.shadowRoot!.querySelectorAll('.root > :not(.load-status)'), 'only the empty status region').to.have.length(0);
  });

  it('fits 280 px without sideways scrolling and passes axe in dark mode', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><performance-notes theme="dark"></performance-notes></div>`);
    const el = wrapper.querySelector('performance-notes')!;
    await el.loadComplete;
    expect(el.shadowRoot!.querySelector('.root')!.scrollWidth).to.be.at.most(280);
    expect(toggles(el)[0].getBoundingClientRect().height).to.be.at.least(24);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(24, 24, 27)');
    await expect(el).to.be.accessible();
  });
});
