import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq-accordion/faq-accordion.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import article from '../../data/django-vs-flask.json';
import { slugify } from '../../src/data/slug.js';
import threeSubjects from '../fixtures/three-subjects.json';
import { answers, focused, questions } from './helpers.js';

const expanded = (el: FaqAccordion) => questions(el).map((b) => b.getAttribute('aria-expanded') === 'true');

describe('<faq-accordion>', () => {
  it("renders the article's five questions as APG accordion buttons inside headings", async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    expect(await el.loadComplete).to.equal(true);
    const buttons = questions(el);
    expect(buttons).to.have.length(5);
    expect(buttons[0].textContent).to.equal(article.faq[0].question);
    for (const button of buttons) {
      expect(button.parentElement!.localName).to.equal('h3');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const answer = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      // A collapsed answer is no landmark: the landmark list would offer empty regions.
      expect([answer.getAttribute('role'), answer.getAttribute('aria-labelledby')]).to.deep.equal([null, null]);
      // Collapsed answers stay in the DOM for find-in-page.
      expect(answer.getAttribute('hidden')).to.equal('until-found');
      expect(answer.textContent!.length).to.be.greaterThan(20);
    }
    buttons[1].click();
    await el.updateComplete;
    const regions = [...el.shadowRoot!.querySelectorAll('[role="region"]')];
    expect(regions.map((r) => [r.id, r.getAttribute('aria-labelledby')])).to.deep.equal([[`${buttons[1].id}_a`, buttons[1].id]]);
    await expect(el).to.be.accessible();
  });

  it('gives items the ids that decision reasons link to', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    await el.loadComplete;
    const ids = questions(el).map((b) => b.id);
    const linked = JSON.stringify(article.decision).match(/"faq":"[^"]+"/g)!.map((m) => m.slice(7, -1));
    expect(linked.length).to.be.greaterThan(0);
    for (const id of linked) expect(ids).to.include(id);
    const custom = await fixture<FaqAccordion>(html`<faq-accordion .data=${threeSubjects} heading-level="5"></faq-accordion>`);
    await custom.loadComplete;
    expect(questions(custom).map((b) => b.id)).to.include('custom-id');
    expect(questions(custom)[0].parentElement!.localName).to.equal('h5');
  });

  it('toggles with Enter and Space and moves with Up, Down, Home and End', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    await el.loadComplete;
    const buttons = questions(el);
    buttons[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, false, false, false, false]);
    expect(answers(el)[0].hidden).to.equal(false);
    const toggles: unknown[] = [];
    el.addEventListener('versus-toggle', (event) => toggles.push(event.detail));
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[1]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    // One open at a time by default, and closing the other is announced too.
    expect(expanded(el)).to.deep.equal([false, true, false, false, false]);
    expect(toggles).to.deep.equal([
      { id: buttons[0].id, open: false },
      { id: buttons[1].id, open: true },
    ]);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, false, false]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(buttons[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(buttons[4]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(buttons[0]);
    // Focus is visible: a real keyboard focus draws the ring.
    expect(getComputedStyle(buttons[0]).outlineStyle).to.equal('solid');
  });

  it('keeps any number open with `multiple` and reports each change with versus-toggle', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion multiple></faq-accordion>`);
    await el.loadComplete;
    const [first, second] = questions(el);
    const event = oneEvent(el, 'versus-toggle');
    first.click();
    expect((await event).detail).to.deep.equal({ id: first.id, open: true });
    second.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, true, false, false, false]);
    expect(el.open).to.deep.equal([first.id, second.id]);
    await expect(el).to.be.accessible();
  });

  it('opens items from `open-items`, the `open` property and the methods', async () => {
    const [a, b, c] = article.faq.map((f) => slugify(f.question));
    const el = await fixture<FaqAccordion>(html`<faq-accordion open-items="${a} ${c}" multiple></faq-accordion>`);
    await el.loadComplete;
    expect(expanded(el)).to.deep.equal([true, false, true, false, false]);
    el.open = [b];
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, true, false, false, false]);
    el.showAll();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, true, true, true, true]);
    el.hideAll();
    expect(el.show(c)).to.equal(true);
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, true, false, false]);
    expect(el.hide(c)).to.equal(true);
    expect(el.show('no-such-question')).to.equal(false);
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, false, false]);
  });

  it('opens every item `open-items` names in single mode too, until the reader opens another', async () => {
    const [a, b, c] = article.faq.map((f) => slugify(f.question));
    const el = await fixture<FaqAccordion>(html`<faq-accordion open-items="${a} ${c}"></faq-accordion>`);
    await el.loadComplete;
    expect(expanded(el)).to.deep.equal([true, false, true, false, false]);
    el.shadowRoot!.getElementById(b)!.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, true, false, false, false]);
  });

  it('has an Expand all / Collapse all button whose name says what it does', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion toggle-all></faq-accordion>`);
    await el.loadComplete;
    const toggle = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!;
    expect(toggle().textContent!.trim()).to.equal('Expand all questions');
    toggle().click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, true, true, true, true]);
    expect(toggle().textContent!.trim()).to.equal('Collapse all questions');
    await expect(el).to.be.accessible();
    toggle().click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, false, false]);
  });

  it('passes axe in dark mode, collapsed and expanded', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion theme="dark" toggle-all searchable></faq-accordion>`);
    await el.loadComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor).to.equal('rgb(24, 24, 27)');
    await expect(el).to.be.accessible();
    el.showAll();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('fits 280 px without sideways scrolling, with tap targets of at least 24 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><faq-accordion searchable toggle-all></faq-accordion></div>`);
    const el = wrapper.querySelector('faq-accordion')!;
    await el.loadComplete;
    el.showAll();
    await el.updateComplete;
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(root.scrollWidth).to.be.at.most(280);
    for (const target of el.shadowRoot!.querySelectorAll('button, input')) {
      const { width, height } = target.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    }
  });

  it('leaves out regions when more than six answers could be open, as the APG advises', async () => {
    const faq = Array.from({ length: 7 }, (_, i) => ({ question: `Question ${i}?`, answer: `Answer ${i}.` }));
    const el = await fixture<FaqAccordion>(html`<faq-accordion multiple .data=${{ ...threeSubjects, faq }}></faq-accordion>`);
    await el.loadComplete;
    expect(el.shadowRoot!.querySelectorAll('[role="region"]')).to.have.length(0);
    el.showAll();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the error state for unusable data', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion .data=${{ title: 'Broken', subjects: [] }}></faq-accordion>`);
    expect(await el.loadComplete).to.equal(false);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('subjects');
  });
});

describe('<faq-accordion> has()', () => {
  it('says which items it holds, so other elements link only to those', async () => {
    const el = document.createElement('faq-accordion');
    expect(el.has('can-i-use-flask-and-django-together-in-a-project'), 'before the data has loaded').to.equal(false);
    document.body.append(el);
    await el.loadComplete;
    expect(el.has('can-i-use-flask-and-django-together-in-a-project')).to.equal(true);
    expect(el.has('is-django-faster')).to.equal(false);
    el.remove();
  });
});
