/** Browse mode: the article's project types as one radio group, and what it suggests for each. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Dataset, UseCase } from '../../data/types.js';
import { checkedProperty } from '../../shared/checked.js';
import { heading } from '../../shared/heading.js';
import { format, type UiText } from '../../shared/strings.js';
import { listOf, subjectName } from './result-view.js';

export function renderUseCaseChoices(useCases: readonly UseCase[], ui: UiText, selected: string | undefined, onPick: (id: string) => void): TemplateResult {
  return html`<fieldset class="question" part="question">
    <legend part="prompt"><span class="prompt" lang=${ifDefined(ui.langAttr)}>${ui.browseLabel}</span></legend>
    <div class="options">
      ${useCases.map(
        (useCase) => html`<label class="option" part="option">
          <input type="radio" name="use-case" value=${useCase.id} ?checked=${selected === useCase.id} .checked=${checkedProperty(selected === useCase.id)} @change=${() => onPick(useCase.id)} />
          <span>${useCase.title}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

export function renderSuggestion(data: Dataset, useCase: UseCase, ui: UiText, headingLevel: number): TemplateResult {
  return html`<div class="result" part="result suggestion" data-subject=${useCase.subject}>
    ${heading(headingLevel, 'result-title', format(ui.suggests, { subject: subjectName(data, useCase.subject) }, ui.language), ui.langAttr)}
    <ul class="reasons" part="reasons">
      ${useCase.points.map((point) => html`<li part="reason">${point}</li>`)}
    </ul>
    ${useCase.examples?.length
      ? html`<p class="example" part="example"><span lang=${ifDefined(ui.langAttr)}>${ui.example}${ui.labelSuffix}</span> ${listOf(data, useCase.examples)}</p>`
      : nothing}
  </div>`;
}
