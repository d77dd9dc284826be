/** One question as a native fieldset of radio buttons (or checkboxes when several answers fit). */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkedProperty } from '../../shared/checked.js';
import type { DecisionQuestion } from '../../data/types.js';

export interface QuestionContext {
  /** Unique within the shadow root; keeps input ids and names apart between questions. */
  idPrefix: string;
  chosen: readonly string[];
  /** e.g. "Question 2 of 6", shown above the prompt in steps layout. */
  progress?: string;
  /** The `lang` of interface text (`ui.langAttr`). */
  lang?: string;
  onChange: (question: DecisionQuestion, answerId: string, checked: boolean) => void;
}

export function renderQuestion(question: DecisionQuestion, ctx: QuestionContext): TemplateResult {
  const base = `${ctx.idPrefix}-${question.id}`;
  const type = question.multiple ? 'checkbox' : 'radio';
  return html`<fieldset class="question" part="question" data-question=${question.id} aria-describedby=${question.help ? `${base}-help` : nothing}>
    <legend part="prompt">
      ${ctx.progress ? html`<span class="progress" part="progress" lang=${ifDefined(ctx.lang)}>${ctx.progress}</span>` : nothing}
      <span class="prompt">${question.prompt}</span>
    </legend>
    ${question.help ? html`<p class="help" part="help" id=${`${base}-help`}>${question.help}</p>` : nothing}
    <div class="options">
      ${question.answers.map(
        (answer) => html`<label class="option" part="option">
          <input
            type=${type}
            name=${base}
            value=${answer.id}
            ?checked=${ctx.chosen.includes(answer.id)}
            .checked=${checkedProperty(ctx.chosen.includes(answer.id))}
            @change=${(event: Event) => ctx.onChange(question, answer.id, (event.target as HTMLInputElement).checked)}
          />
          <span>${answer.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}
