import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/faq-accordion/faq-accordion.js';
import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';
import { generated, marked, questions, status } from './helpers.js';

const input = (el: FaqAccordion) => el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;

async function type(el: FaqAccordion, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function clear(el: FaqAccordion) {
  input(el).select();
  await sendKeys({ press: 'Backspace' });
  await el.updateComplete;
}

/** The numbers of the generated questions that carry a highlight. */
const markedQuestions = () =>
  new Set(
    [...(CSS.highlights.get('versus-faq-match') ?? [])]
      .map((r) => /number (\d+)/.exec(r.startContainer.textContent ?? '')?.[1])
      .filter(Boolean)
      .map(Number),
  );

describe('<faq-accordion searchable>', () => {
  it('highlights the matches on screen, and those of items scrolled to later', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable .data=${generated(300)}></faq-accordion>`);
    await el.loadComplete;
    await type(el, 'question');
    expect(status(el)).to.equal('300 of 300 questions match');
    expect(markedQuestions().has(1), 'the first question').to.equal(true);
    // Marking every match of a common word in a long FAQ would cost more than the keystroke.
    expect(markedQuestions().has(280), 'a question far below').to.equal(false);
    const far = questions(el)[279];
    // Firefox scrolls the caret of the field typed in back into view a moment after the typing, later
    // still on a busy machine, so the question is scrolled to again until it stays on screen.
    const onScreen = () => {
      const { top, bottom } = far.getBoundingClientRect();
      return top >= 0 && bottom <= innerHeight;
    };
    await waitUntil(
      () => {
        if (!onScreen()) far.scrollIntoView({ block: 'center' });
        return markedQuestions().has(280);
      },
      'question 280 is highlighted once on screen',
      { timeout: 3000 },
    );
    window.scrollTo(0, 0);
  });

  it('narrows questions and answers as you type, highlights matches and counts them politely', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable></faq-accordion>`);
    await el.loadComplete;
    expect(input(el).labels![0].textContent).to.include('Search the questions');
    const live = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.textContent!.trim()).to.equal('');
    const event = oneEvent(el, 'versus-search');
    await type(el, 'ORM'); // only in an answer
    expect((await event).detail.query).to.equal('O');
    expect(questions(el).map((b) => b.textContent)).to.deep.equal(['Which framework is better to develop data-intensive apps?']);
    expect(status(el)).to.equal('1 of 5 questions match');
    // The live region is the same node throughout, so screen readers announce its changes.
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.equal(live);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.item:not([hidden]) .question')!.click();
    await el.updateComplete;
    expect(marked()).to.deep.equal(['ORM']);
    await expect(el).to.be.accessible();
  });

  it('highlights as text only, whatever the data holds', async () => {
    const data = { ...generated(2), faq: [{ question: 'Is <b>bold</b> markup shown?', answer: '<img src=x onerror=alert(1)> stays text.' }] };
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable open-items="is-b-bold-b-markup-shown" .data=${data}></faq-accordion>`);
    await el.loadComplete;
    await type(el, '<b>');
    expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
    expect(marked()).to.deep.equal(['<b>']);
    expect(questions(el)[0].textContent).to.equal('Is <b>bold</b> markup shown?');
  });

  it('shows a clear "no matches" state, and clearing restores the open items', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable multiple></faq-accordion>`);
    await el.loadComplete;
    const [first, , third] = questions(el);
    first.click();
    third.click();
    await el.updateComplete;
    const before = [...el.open];
    await type(el, 'Flask');
    questions(el)[1].click(); // opened while searching
    await el.updateComplete;
    await type(el, 'zzz');
    expect(questions(el)).to.have.length(0);
    expect(status(el)).to.equal('No question matches "Flaskzzz".');
    await expect(el).to.be.accessible();
    const showAll = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!;
    expect(showAll.textContent).to.equal('Show all');
    showAll.click();
    await el.updateComplete;
    expect(questions(el)).to.have.length(5);
    expect(input(el).value).to.equal('');
    expect(el.open).to.deep.equal(before);
    await type(el, 'community');
    await clear(el);
    expect(el.open).to.deep.equal(before);
    expect(marked()).to.deep.equal([]);
  });

  it('passes axe in dark mode while searching, expanded', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion theme="dark" searchable toggle-all></faq-accordion>`);
    await el.loadComplete;
    await type(el, 'Django');
    el.showAll();
    await el.updateComplete;
    expect(status(el)).to.equal('5 of 5 questions match');
    await expect(el).to.be.accessible();
  });

  it('renders and filters a dataset of 200 entries', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion searchable toggle-all .data=${generated(200)}></faq-accordion>`);
    expect(await el.loadComplete).to.equal(true);
    expect(questions(el)).to.have.length(200);
    expect(questions(el)[199].textContent).to.equal('Generated question number 200?');
    await type(el, 'number 17');
    // 17 and 170-179
    expect(questions(el).map((b) => b.textContent!.match(/\d+/)![0])).to.deep.equal(['17', ...Array.from({ length: 10 }, (_, i) => `17${i}`)]);
    expect(status(el)).to.equal('11 of 200 questions match');
    await clear(el);
    await type(el, 'odd entry about templates');
    expect(status(el)).to.equal('33 of 200 questions match');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle-all"]')!.click();
    await el.updateComplete;
    expect(el.open).to.have.length(33);
    await clear(el);
    expect(el.open).to.have.length(0);
  });
});
