// Hydration support first: it must be installed before anything loads LitElement.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { UseCasePicker } from '../../src/components/use-case-picker/use-case-picker.component.js';
import { datasets, textOf } from './hydrate.js';
import { describeHydration } from './suite.js';

const progress = (el: UseCasePicker) => textOf(el.shadowRoot!.querySelector('[part="progress"]'));
const prompt = (el: UseCasePicker) => textOf(el.shadowRoot!.querySelector('legend'));

function next(el: UseCasePicker): void {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => textOf(b) === 'Next');
  if (!button) throw new Error(`no Next button in ${textOf(el.shadowRoot!.querySelector('.root'))}`);
  button.click();
}

describeHydration<UseCasePicker>('use-case-picker', () => import('../../src/components/use-case-picker/use-case-picker.js'), (c) => {
  it('checks the answer clicked in the server-rendered question', async () => {
    const { el, serverNodes } = c.hydrated;
    const option = el.shadowRoot!.querySelector<HTMLElement>('[part="option"]')!;
    expect(serverNodes, 'the option is the server-rendered one').to.include(option);
    const diff = await c.both((picker) => picker.shadowRoot!.querySelector<HTMLElement>('[part="option"]')!.click());
    expect(option.querySelector('input')!.checked, 'first answer checked').to.equal(true);
    expect(diff, 'browser-only -> hydrated, after the same click').to.deep.equal([]);
  });

  it('goes on to the second question with Next', async () => {
    const { el } = c.hydrated;
    const questions = datasets[c.dataset].decision.questions;
    expect(progress(el)).to.equal(`Question 1 of ${questions.length}`);
    const diff = await c.both(next);
    expect(progress(el)).to.equal(`Question 2 of ${questions.length}`);
    expect(prompt(el)).to.include(questions[1].prompt);
    expect(diff, 'browser-only -> hydrated, after Next').to.deep.equal([]);
  });
});
