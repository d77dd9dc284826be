/** The two layouts of the guided decision: one question at a time (`steps`) or all at once (`form`). */
import { html, nothing, type TemplateResult } from 'lit';
import type { DecisionQuestion } from '../../data/types.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UiText } from '../../shared/strings.js';

export interface LayoutContext {
  ui: UiText;
  questions: readonly DecisionQuestion[];
  /** The index of the question on screen (steps layout). */
  step: number;
  /** Whether anything was answered or skipped (steps layout offers "Start over" then). */
  started: boolean;
  /** The rendered result, or `nothing` while there is none. */
  result: unknown;
  renderQuestion: (question: DecisionQuestion, index: number) => TemplateResult;
  onSubmit: (event: Event) => void;
  onBack: () => void;
  onSkip: () => void;
  onRestart: () => void;
}

const button = (label: string, onClick: () => void) =>
  html`<button class="button" part="button" type="button" @click=${onClick}>${label}</button>`;

// Next is the form's submit button: the browser's implicit submission and our submit handler share one path.
const submit = (label: string) => html`<button class="button primary" part="button" type="submit">${label}</button>`;

export function renderForm(ctx: LayoutContext): TemplateResult {
  return html`<form class="form" @submit=${ctx.onSubmit}>
      ${ctx.questions.map(ctx.renderQuestion)}
      <div class="actions" part="actions" lang=${ifDefined(ctx.ui.langAttr)}>${submit(ctx.ui.showResult)} ${button(ctx.ui.restart, ctx.onRestart)}</div>
    </form>
    ${ctx.result}`;
}

export function renderSteps(ctx: LayoutContext): TemplateResult {
  const { ui, questions, step } = ctx;
  if (ctx.result !== nothing) {
    return html`${ctx.result}
      <div class="actions" part="actions" lang=${ifDefined(ui.langAttr)}>${button(ui.back, ctx.onBack)} ${button(ui.restart, ctx.onRestart)}</div>`;
  }
  const last = step === questions.length - 1;
  return html`<form class="steps" @submit=${ctx.onSubmit}>
    ${ctx.renderQuestion(questions[step], step)}
    <div class="actions" part="actions" lang=${ifDefined(ui.langAttr)}>
      ${step > 0 ? button(ui.back, ctx.onBack) : nothing} ${button(ui.skip, ctx.onSkip)} ${submit(last ? ui.showResult : ui.next)}
      ${ctx.started ? button(ui.restart, ctx.onRestart) : nothing}
    </div>
  </form>`;
}
