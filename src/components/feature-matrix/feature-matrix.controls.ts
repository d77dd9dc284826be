/** The filter bar: text filter, category select and "Only differences", each optional. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { checkedProperty } from '../../shared/checked.js';
import type { UiText } from '../../shared/strings.js';
import type { MatrixFilter, MatrixGroup } from './feature-matrix.model.js';

export interface ControlsContext {
  ui: UiText;
  filter: MatrixFilter;
  groups: MatrixGroup[];
  text: boolean;
  category: boolean;
  differences: boolean;
  onChange: (change: Partial<MatrixFilter>) => void;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

export function renderControls(c: ControlsContext): TemplateResult {
  const { ui, filter } = c;
  return html`<div class="controls" part="controls">
    ${c.text
      ? html`<label class="field"
          ><span class="field-label" lang=${ifDefined(ui.langAttr)}>${ui.filterLabel}</span>
          <input
            part="filter"
            type="search"
            autocomplete="off"
            .value=${live(filter.query)}
            @input=${(e: Event) => c.onChange({ query: value(e) })}
        /></label>`
      : nothing}
    ${c.category && c.groups.length > 1
      ? html`<label class="field"
          ><span class="field-label" lang=${ifDefined(ui.langAttr)}>${ui.categoryLabel}</span>
          <select part="category" @change=${(e: Event) => c.onChange({ category: value(e) })}>
            <option value="" ?selected=${!filter.category} lang=${ifDefined(ui.langAttr)}>${ui.allCategories}</option>
            ${c.groups.map((g) => html`<option value=${g.id} ?selected=${g.id === filter.category}>${g.name}</option>`)}
          </select></label
        >`
      : nothing}
    ${c.differences
      ? html`<label class="check" part="differences" lang=${ifDefined(ui.langAttr)}
          ><input
            type="checkbox"
            ?checked=${filter.onlyDifferences}
            .checked=${checkedProperty(filter.onlyDifferences)}
            @change=${(e: Event) => c.onChange({ onlyDifferences: (e.target as HTMLInputElement).checked })}
          />${ui.onlyDifferences}</label
        >`
      : nothing}
  </div>`;
}
