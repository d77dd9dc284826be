import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/use-case-picker/use-case-picker.js';
import type { UseCasePicker } from '../../src/components/use-case-picker/use-case-picker.component.js';
import threeSubjects from '../fixtures/three-subjects.json';

// Weights may have decimals (scoring.ts keeps six): the scores show them as they are.
// -0.1 + -0.2 + 0.3 is -5.55e-17, which scoring.ts rounds to -0: Intl alone would write "-0".
const data = structuredClone(threeSubjects) as typeof threeSubjects;
const weight = (q: string, a: string, subject: string, value: number) => {
  data.decision.questions.find((x) => x.id === q)!.answers.find((x) => x.id === a)!.weights.find((w) => w.subject === subject)!.weight = value;
};
weight('team', 'any', 'vue', -0.1);
weight('needs', 'ssr', 'vue', -0.2);
weight('needs', 'small-bundles', 'vue', 0.3);

describe('<use-case-picker> scores as numbers', () => {
  it('a score that adds up to zero is shown as 0, not -0', async () => {
    const el = await fixture<UseCasePicker>(html`<use-case-picker layout="form" value="team:any,needs:ssr,needs:small-bundles" .data=${data}></use-case-picker>`);
    await el.loadComplete;
    await el.updateComplete;
    const scores = [...el.shadowRoot!.querySelectorAll('[part="scores"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const vue = scores.find((s) => s.startsWith('Vue'));
    expect(vue, scores.join(' | ')).to.equal('Vue: 0');
  });

  it('a score with four decimals (0.0625 + 1) is not rounded to three (1.063)', async () => {
    const d2 = structuredClone(threeSubjects) as typeof threeSubjects;
    d2.decision.questions[0].answers[0].weights.find((w) => w.subject === 'vue')!.weight = 0.0625;
    const el = await fixture<UseCasePicker>(html`<use-case-picker layout="form" value="team:any,needs:ssr" .data=${d2}></use-case-picker>`);
    await el.loadComplete;
    await el.updateComplete;
    const scores = [...el.shadowRoot!.querySelectorAll('[part="scores"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(scores.join(' | ')).to.contain('Vue: 1.0625');
  });
});
