/** Templates for the matrix's cells and legend: level icon + text, and the details disclosure. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { FeatureSupport, SupportLevel } from '../../data/types.js';
import type { MatrixModel } from './feature-matrix.model.js';
import { format, type UiStrings } from '../../shared/strings.js';

const LEVEL_KEYS: Record<SupportLevel | 'unknown', keyof UiStrings> = {
  'built-in': 'levelBuiltIn',
  extension: 'levelExtension',
  partial: 'levelPartial',
  none: 'levelNone',
  unknown: 'levelUnknown',
};

export const LEVELS = ['built-in', 'extension', 'partial', 'none'] as const;

// Shapes differ as well as colours, so levels stay apart in forced colours and for colour blindness.
const ICONS: Record<SupportLevel | 'unknown', TemplateResult> = {
  'built-in': svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="var(--_surface)" stroke-width="1.8"/>`,
  extension: svg`<rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 4.5v7M4.5 8h7" stroke="currentColor" stroke-width="1.8"/>`,
  partial: svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z" fill="currentColor"/>`,
  none: svg`<path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" stroke-width="2"/>`,
  unknown: svg`<path d="M3.5 8h9" stroke="currentColor" stroke-width="2"/>`,
};

export function levelLabel(ui: UiStrings, level: SupportLevel | undefined): string {
  return ui[LEVEL_KEYS[level ?? 'unknown']];
}

export function levelIcon(level: SupportLevel | undefined): TemplateResult {
  return html`<svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICONS[level ?? 'unknown']}</svg>`;
}

export interface CellContext {
  ui: UiStrings;
  featureName: string;
  subjectName: string;
  /** A unique id for the details panel (rendered only while open, which keeps 1,000-row tables light). */
  panelId: string;
  open: boolean;
  featured: boolean;
  onToggle: (event: Event) => void;
}

export function renderCell(cell: FeatureSupport | undefined, c: CellContext): TemplateResult {
  const level = cell?.level;
  const hasDetails = Boolean(cell?.note || cell?.example);
  return html`<td role="cell" class="cell ${c.featured ? 'featured' : ''}" part="cell" data-level=${level ?? 'unknown'}>
    <span class="cell-subject" aria-hidden="true">${c.subjectName}</span>
    <span class="level">${levelIcon(level)}<span class="level-text">${levelLabel(c.ui, level)}</span></span>
    ${cell?.via ? html`<span class="via">${format(c.ui.via, { name: cell.via })}</span>` : nothing}
    ${hasDetails
      ? html`<button
            class="disclosure"
            part="disclosure"
            type="button"
            aria-expanded=${c.open ? 'true' : 'false'}
            aria-controls=${c.panelId}
            @click=${c.onToggle}
          >
            <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M5 3l5 5-5 5" fill="none" stroke="currentColor" stroke-width="2"/></svg>
            <span class="visually-hidden">${format(c.ui.detailsFor, { feature: c.featureName, subject: c.subjectName })}</span>
          </button>
          ${c.open
            ? html`<div class="details" part="details" id=${c.panelId}>
                ${cell?.note ? html`<p class="note">${cell.note}</p>` : nothing}
                ${cell?.example ? html`<p class="example"><strong>${c.ui.example}:</strong> ${cell.example}</p>` : nothing}
              </div>`
            : nothing}`
      : nothing}
  </td>`;
}

export function renderLegend(ui: UiStrings): TemplateResult {
  return html`<div class="legend" part="legend">
    <span class="legend-title" id="legend-title">${ui.legend}</span>
    <ul aria-labelledby="legend-title">
      ${LEVELS.map((level) => html`<li data-level=${level}>${levelIcon(level)}<span>${levelLabel(ui, level)}</span></li>`)}
    </ul>
  </div>`;
}

export interface BodiesContext {
  ui: UiStrings;
  highlight: string | undefined;
  /** Open cells, as `feature-id subject-id`. */
  open: Set<string>;
  onToggle: (key: string) => void;
}

/**
 * One `tbody` per category: a row-group header, then a row per feature. Every part carries its
 * table role explicitly: the rows are laid out as grids, and some browsers drop a table's implied
 * roles once its display changes.
 */
export function renderBodies(matrix: MatrixModel, c: BodiesContext): TemplateResult[] {
  const span = matrix.subjects.length + 1;
  return matrix.groups.map(
    // eslint-disable-next-line lit-a11y/no-redundant-role -- explicit on purpose, see above
    (group) => html`<tbody role="rowgroup" part="group">
      <tr role="row" class="group-row">
        <th scope="rowgroup" role="rowheader" colspan=${span}><span class="group-name">${group.name}</span></th>
      </tr>
      ${group.rows.map(
        (row) => html`<tr role="row" class="feature" part="row" data-feature=${row.feature.id}>
          <th scope="row" role="rowheader" part="row-header" tabindex="-1">${row.feature.name}</th>
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
