import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/use-case-picker/use-case-picker.js';
import type { UseCasePicker } from '../../src/components/use-case-picker/use-case-picker.component.js';
import type { VersusAnswerDetail, VersusRecommendDetail } from '../../src/shared/events.js';
import { $, $$, answer, liveRegion, press, progress, prompt, record, text } from './helpers.js';

const focused = (el: UseCasePicker) => el.shadowRoot!.activeElement as HTMLElement | null;

describe('<use-case-picker> steps', () => {
  it('asks the article\'s questions one at a time with native radio buttons in a fieldset', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker></use-case-picker>`);
    expect(await el.loadComplete).to.equal(true);
    expect($$(el, 'fieldset')).to.have.length(1);
    expect(text($(el, 'legend'))).to.equal('Question 1 of 6 How big is your project?');
    expect($$<HTMLInputElement>(el, 'fieldset input').map((i) => i.type)).to.deep.equal(['radio', 'radio', 'radio']);
    expect(text($(el, '[part="help"]'))).to.match(/scope you expect/);
    expect($$(el, '[part="option"]').map(text)).to.deep.equal(['Small', 'Medium', 'Large']);
    await expect(el).to.be.accessible();
  });

  it('can be completed with the keyboard alone and moves focus to the announced result', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker></use-case-picker>`);
    await el.loadComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('value')).to.equal('small');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // Large
    for (let step = 1; step <= 6; step++) {
      expect(progress(el)).to.equal(`Question ${step} of 6`);
      if (step > 1) {
        expect(focused(el)?.tagName).to.equal('INPUT'); // focus follows to the new question
        await sendKeys({ press: 'ArrowDown' }); // the second answer
      }
      await sendKeys({ press: 'Tab' }); // Back (from the second question on), Skip, Next
      if (step > 1) {
        expect(text(focused(el))).to.equal('Back');
        await sendKeys({ press: 'Tab' });
      }
      expect(text(focused(el))).to.equal('Skip');
      await sendKeys({ press: 'Tab' });
      expect(text(focused(el))).to.equal(step === 6 ? 'Show my recommendation' : 'Next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(text($(el, '[part="result-title"]'))).to.equal('Recommendation: Django');
    expect(text($(el, '[part="strength"]'))).to.equal('Clear fit');
    // Focus moves onto the recommendation with its strength, which is read out; the status region
    // stays quiet so the sentence is not heard twice.
    expect(focused(el)?.classList.contains('result-focus')).to.equal(true);
    expect(text(focused(el)!)).to.equal('Recommendation: Django Clear fit');
    expect(liveRegion(el)).to.equal('');
    expect(el.value).to.equal('project-size:large,project-kind:mvp,admin-cms:no,deadline:flexible,team-size:big-team,architecture:no');
  });

  it('goes back, skips and starts over', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker></use-case-picker>`);
    await el.loadComplete;
    expect($$(el, 'button').map(text)).to.deep.equal(['Skip', 'Next']); // no Back on the first question
    await answer(el, 'Small');
    await press(el, 'Next');
    expect(prompt(el)).to.equal('What are you building?');
    await press(el, 'Back');
    expect(prompt(el)).to.equal('How big is your project?');
    expect($<HTMLInputElement>(el, 'input[value="small"]')!.checked).to.equal(true); // the answer is kept
    await press(el, 'Skip');
    expect(prompt(el)).to.equal('What are you building?');
    expect(el.value).to.equal('project-size:-');
    for (let i = 0; i < 5; i++) await press(el, i === 4 ? 'Show my recommendation' : 'Skip');
    expect(text($(el, '[part="based-on"]'))).to.equal('Based on 0 of 6 questions.');
    expect(text($(el, '[part="strength"]'))).to.equal('Either fits');
    await press(el, 'Back');
    expect(prompt(el)).to.equal('Do you need a custom or unconventional architecture?');
    await press(el, 'Start over');
    expect(prompt(el)).to.equal('How big is your project?');
    expect($$<HTMLInputElement>(el, 'input').some((i) => i.checked)).to.equal(false);
    expect(el.value).to.equal('');
    expect(focused(el)?.getAttribute('value')).to.equal('small');
  });

  it('fires versus-answer for each choice or skip, and versus-recommend with the result', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker value="project-size:large,project-kind:cms-content,admin-cms:yes,deadline:tight,team-size:big-team"></use-case-picker>`);
    await el.loadComplete;
    const answers = record<VersusAnswerDetail>(el, 'versus-answer');
    const recommendations = record<VersusRecommendDetail>(el, 'versus-recommend');
    expect(prompt(el)).to.equal('Do you need a custom or unconventional architecture?'); // resumes at the open question
    await answer(el, 'Yes');
    await answer(el, 'No, conventional is fine');
    await press(el, 'Show my recommendation');
    expect(answers).to.deep.equal([
      { question: 'architecture', answer: 'yes' },
      { question: 'architecture', answer: 'no' },
    ]);
    expect(recommendations).to.have.length(1);
    const [detail] = recommendations;
    expect(detail).to.include({ subject: 'django', strength: 'clear-fit' });
    expect(detail.scores).to.deep.equal({ flask: -2, django: 15 });
    expect(detail.reasons.some((r) => r.subject === 'django' && /Wagtail/.test(r.text))).to.equal(true);
    await press(el, 'Back');
    await press(el, 'Skip');
    expect(answers.at(-1)).to.deep.equal({ question: 'architecture', answer: null });
  });

  it('shows the reasons with the article\'s examples and what speaks for the runner-up', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker value="project-size:large,project-kind:cms-content,admin-cms:yes,deadline:tight,team-size:big-team,architecture:no"></use-case-picker>`);
    await el.loadComplete;
    const [why, other] = $$(el, '[part="side"]');
    expect(text(why.querySelector('h4'))).to.equal('Why Django');
    expect(text(why)).to.include('Example: Wagtail');
    expect(text(why)).to.include('Example: The Washington Post');
    expect(text(other.querySelector('h4'))).to.equal('What speaks for Flask');
    expect(text(other)).to.include('you start small and add on as you go'); // no answer backs Flask: the article's guidance
    expect($$(el, '[part="scores"] li').map(text)).to.deep.equal(['Django: 15', 'Flask: -2']);
    expect($$(el, '[part="reveal"]')).to.have.length(0); // no FAQ or feature element on this page
    await expect(el).to.be.accessible();
  });

  it('passes axe on every step, in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<UseCasePicker>(html`<use-case-picker theme=${theme}></use-case-picker>`);
      await el.loadComplete;
      for (let step = 0; step < 6; step++) {
        await expect(el).to.be.accessible();
        await answer(el, $$(el, '[part="option"]').map(text)[0]);
        await press(el, step === 5 ? 'Show my recommendation' : 'Next');
      }
      expect(text($(el, '[part="result-title"]'))).to.equal('Recommendation: Flask');
      await expect(el).to.be.accessible();
    }
  });
});
