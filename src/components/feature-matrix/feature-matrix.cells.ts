/** Templates for the matrix's cells and legend: level icon + text, and the details disclosure. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SUPPORT_LEVELS } from '../../data/dataset-schema.js';
import type { FeatureSupport, SupportLevel } from '../../data/types.js';
import type { MatrixModel } from './feature-matrix.model.js';
import { format, type UiStrings, type UiText } from '../../shared/strings.js';

const LEVEL_KEYS: Record<SupportLevel | 'unknown', keyof UiStrings> = {
  'built-in': 'levelBuiltIn',
  extension: 'levelExtension',
  partial: 'levelPartial',
  none: 'levelNone',
  unknown: 'levelUnknown',
};


function levelLabel(ui: UiStrings, level: SupportLevel | undefined): string {
  return ui[LEVEL_KEYS[level ?? 'unknown']];
}

/** Drawn by CSS from the enclosing `data-level` (see the icon styles); the level's name is written beside it. */
const icon = html`<span class="icon" part="icon" aria-hidden="true"></span>`;

export interface CellContext {
  ui: UiText;
  featureName: string;
  subjectName: string;
  /** A unique id for the details panel (rendered only while open, which keeps 1,000-row tables light). */
  panelId: string;
  open: boolean;
  featured: boolean;
  onToggle: (event: Event) => void;
}

function renderCell(cell: FeatureSupport | undefined, c: CellContext): TemplateResult {
  const level = cell?.level;
  const hasDetails = Boolean(cell?.note || cell?.example);
  return html`<td role="cell" class="cell ${c.featured ? 'featured' : ''}" part="cell" data-level=${level ?? 'unknown'} data-subject=${c.subjectName} data-featured=${ifDefined(c.featured ? c.ui.featured : undefined)}>
    <span class="level" lang=${ifDefined(c.ui.langAttr)}>${icon}<span class="level-text">${levelLabel(c.ui, level)}</span></span>
    ${cell?.via ? html`<span class="via" lang=${ifDefined(c.ui.langAttr)}>${format(c.ui.via, { name: cell.via }, c.ui.language)}</span>` : nothing}
    ${hasDetails
      ? html`<button
            class="disclosure"
            part="disclosure"
            type="button"
            aria-expanded=${c.open ? 'true' : 'false'}
            aria-controls=${c.panelId}
            lang=${ifDefined(c.ui.langAttr)}
            aria-label=${format(c.ui.detailsFor, { feature: c.featureName, subject: c.subjectName }, c.ui.language)}
            @click=${c.onToggle}
          ></button>
          ${c.open
            ? html`<div class="details" part="details" id=${c.panelId}>
                ${cell?.note ? html`<p class="note">${cell.note}</p>` : nothing}
                ${cell?.example ? html`<p class="example"><strong lang=${ifDefined(c.ui.langAttr)}>${c.ui.example}${c.ui.labelSuffix}</strong> ${cell.example}</p>` : nothing}
              </div>`
            : nothing}`
      : nothing}
  </td>`;
}

export function renderLegend(ui: UiText): TemplateResult {
  return html`<div class="legend" part="legend" lang=${ifDefined(ui.langAttr)}>
    <span class="legend-title" id="legend-title">${ui.legend}</span>
    <ul aria-labelledby="legend-title">
      ${SUPPORT_LEVELS.map((level) => html`<li data-level=${level}>${icon}<span>${levelLabel(ui, level)}</span></li>`)}
    </ul>
  </div>`;
}

export interface BodiesContext {
  ui: UiText;
  highlight: string | undefined;
  /** Open cells, as `feature-id subject-id`. */
  open: Set<string>;
  onToggle: (key: string) => void;
  /**
   * Which rows the filters show, by row index. Written into the rows only when they are (re)built,
   * so the server's HTML and the first paint already hide them; filter changes are applied in place
   * by RowVisibility, which keeps a keystroke from re-rendering every row.
   */
  shown: boolean[];
}

/**
 * One `tbody` per category: a row-group header, then a row per feature. A header with a description
 * is named by its name alone and described by the description: screen readers repeat a row header
 * before each cell, and a sentence there would drown the cells. Every part carries its table role
 * explicitly: the rows are laid out as grids, and some browsers drop a table's implied roles once
 * its display changes.
 */
export function renderBodies(matrix: MatrixModel, c: BodiesContext): TemplateResult[] {
  const span = matrix.subjects.length + 1;
  return matrix.groups.map(
    // eslint-disable-next-line lit-a11y/no-redundant-role -- explicit on purpose, see above
    (group, g) => html`<tbody role="rowgroup" part="group" ?hidden=${!group.rows.some((row) => c.shown[row.index])}>
      <tr role="row" class="group-row">
        <th
          scope="rowgroup"
          role="rowheader"
          colspan=${span}
          aria-label=${ifDefined(group.description ? group.name : undefined)}
          aria-describedby=${ifDefined(group.description ? `group-description-${g}` : undefined)}
        >
          <span class="group-name">${group.name}</span>${group.description
            ? html`<span class="description" part="description" id="group-description-${g}">${group.description}</span>`
            : nothing}
        </th>
      </tr>
      ${group.rows.map(
        (row) => html`<tr role="row" class="feature" part="row" data-feature=${row.feature.id} ?hidden=${!c.shown[row.index]}>
          <th
            scope="row"
            role="rowheader"
            part="row-header"
            tabindex="-1"
            aria-label=${ifDefined(row.feature.description ? row.feature.name : undefined)}
            aria-describedby=${ifDefined(row.feature.description ? `description-${row.index}` : undefined)}
          >
            ${row.feature.name}${row.feature.description
              ? html`<span class="description" part="description" id="description-${row.index}">${row.feature.description}</span>`
              : nothing}
          </th>
          ${row.cells.map((cell, i) => {
            const subject = matrix.subjects[i];
            const key = `${row.feature.id} ${subject.id}`;
            return renderCell(cell, {
              ui: c.ui,
              featureName: row.feature.name,
              subjectName: subject.name,
              panelId: `details-${row.index}-${i}`,
              open: c.open.has(key),
              featured: subject.id === c.highlight,
              onToggle: () => c.onToggle(key),
            });
          })}
        </tr>`,
      )}
    </tbody>`,
  );
}
