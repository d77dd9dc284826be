import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import type { Dataset } from '../../data/types.js';
import { cssProperties } from '../../shared/css-properties.js';
import { emit } from '../../shared/events.js';
import { formatList } from '../../shared/list-format.js';
import { format } from '../../shared/strings.js';
import { VersusElement } from '../../shared/versus-element.js';
import { featureMatrixStrings } from './feature-matrix.strings.js';
import { subjectIdsOf } from '../../shared/per-subject.js';
import { renderBodies, renderLegend } from './feature-matrix.cells.js';
import { renderControls } from './feature-matrix.controls.js';
import { buildModel, filterRevealing, visibleRows, type MatrixFilter, type MatrixModel } from './feature-matrix.model.js';
import { featureMatrixStyles } from './feature-matrix.styles.js';
import { filterKey, readUrlFilter, URL_PARAM, writeUrlFilter } from './feature-matrix.url.js';
import { RowVisibility } from './feature-matrix.visibility.js';

/**
 * From this many rows on, offscreen groups and rows are skipped (see the table styles). A shorter
 * table is laid out whole: that costs little, and nothing appears a frame late.
 */
const SKIP_FROM = 200;

/**
 * @summary What each subject offers, feature by feature: a table grouped by category, with a text
 * filter, a category filter and "only differences"; narrow containers get one card per feature.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart controls - The bar holding the filters.
 * @csspart filter - The text filter input.
 * @csspart category - The category select.
 * @csspart differences - The "Only differences" label and checkbox.
 * @csspart count - The polite status saying how many features are shown.
 * @csspart scroller - The scrolling box around the table.
 * @csspart table - The table.
 * @csspart caption - The table's caption.
 * @csspart column-header - A subject's column header.
 * @csspart badge - The "Featured" badge of the highlighted subject.
 * @csspart group - A category's row group (`tbody`).
 * @csspart row - A feature's row.
 * @csspart row-header - A feature's name (row header).
 * @csspart description - A feature's or a category's description, under its name.
 * @csspart cell - One subject's cell for one feature.
 * @csspart icon - A support level's icon.
 * @csspart disclosure - The button that shows a cell's note and example.
 * @csspart details - A cell's note and example.
 * @csspart legend - The legend of the support levels.
 * @csspart loading - The placeholder shown while data loads.
 * @csspart error - The message shown when data cannot be used.
 * @csspart retry - The "Try again" button of a network error.
 *
 * @cssprop --versus-color-text - Text colour.
 * @cssprop --versus-color-muted - Secondary text colour.
 * @cssprop --versus-color-surface - Background colour (also of the sticky header and first column).
 * @cssprop --versus-color-surface-alt - Background of category rows and the header.
 * @cssprop --versus-color-border - Border colour of the controls.
 * @cssprop --versus-color-border-subtle - Grid line colour.
 * @cssprop --versus-color-accent - Highlighted column, buttons.
 * @cssprop --versus-color-accent-contrast - Text on the featured badge.
 * @cssprop --versus-color-pro - Colour of "Built-in".
 * @cssprop --versus-color-con - Colour of "Not available".
 * @cssprop --versus-color-focus - Focus ring colour.
 * @cssprop --versus-color-mark - Background of a revealed row.
 * @cssprop --versus-feature-matrix-max-height - Height at which the table scrolls (default 36rem).
 * @cssprop --versus-radius - Corner radius.
 * @cssprop --versus-space - Base spacing.
 * @cssprop --versus-duration - Length of the disclosure marker's turn (none with reduced motion).
 * @cssprop --versus-font-family - Font family.
 * @cssprop --versus-font-size - Base font size.
 * @cssprop --versus-line-height - Line height.
 * @cssprop --versus-letter-spacing - Letter spacing (for readers who need more, WCAG 1.4.12).
 * @cssprop --versus-word-spacing - Word spacing (for readers who need more, WCAG 1.4.12).
 * @cssprop --versus-loading-min-height - Space reserved while the data loads (default 12rem).
 *
 * @fires versus-filter - The filters changed; `detail: { query, category, onlyDifferences, visible }`.
 * @fires versus-load - The data is loaded and its content shown (again after new data); `detail: { title }`.
 * @fires versus-error - The data could not be loaded or used; `detail` says what and where.
 */
export class FeatureMatrix extends VersusElement {
  static override defaultStrings = featureMatrixStrings;
  static override styles = [VersusElement.styles, featureMatrixStyles];

  /** Space-separated subject ids to show as columns, in this order (default: all). */
  @property() subjects?: string;

  /** The id of a subject whose column is featured (marked and announced). */
  @property({ reflect: true }) highlight?: string;

  /** The highlighted subject's id: spaces a template or binding leaves around it do not count. */
  private get highlightId(): string | undefined {
    return this.highlight?.trim() || undefined;
  }

  /** The text filter: rows whose name, notes or examples contain every word. */
  @property() query = '';

  /** A category id: only that category's rows are shown (empty: all). */
  @property() category = '';

  /** Hides rows where every subject has the same level. */
  @property({ attribute: 'only-differences', type: Boolean, reflect: true }) onlyDifferences = false;

  /** Leaves out the text filter. */
  @property({ attribute: 'no-text-filter', type: Boolean }) noTextFilter = false;

  /** Leaves out the category filter. */
  @property({ attribute: 'no-category-filter', type: Boolean }) noCategoryFilter = false;

  /** Leaves out the "Only differences" checkbox. */
  @property({ attribute: 'no-differences-filter', type: Boolean }) noDifferencesFilter = false;

  /**
   * Reads the filters from the page URL and keeps them there (replacing the history entry), however
   * they change; Back and Forward bring back the filters the URL held.
   */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /**
   * How `sync-url` names its query parameters (`<url-param>-query`, `-category`, `-differences`):
   * give each matrix on a page its own.
   */
  @property({ attribute: 'url-param' }) urlParam = URL_PARAM;

  /** The cells whose details are open, as `feature-id subject-id`. */
  @state() private open = new Set<string>();

  private matrix?: MatrixModel;
  private matrixKey: unknown[] = [];
  private shown: boolean[] = [];
  private visible = 0;
  private rows = new RowVisibility();
  private rowsDirty = true;
  private filterChangedByUser = false;
  /** With `sync-url`: the filter the URL holds, once the first one is shown. */
  private urlFilter?: string;
  private urlRead = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Read once: an element moved in the page keeps the filter it has, not the one it started with.
    // Server HTML knew no URL: it hydrates unfiltered, and the URL's filter follows (in updated).
    if (!this.urlRead && !this.serverRendered) this.readUrl();
    window.addEventListener('popstate', this.onHistory);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onHistory);
  }

  private readUrl(): void {
    this.urlRead = true;
    if (this.syncUrl) Object.assign(this, readUrlFilter(this.urlParam));
  }

  /** With `sync-url`, Back and Forward bring back the filter the URL held then. */
  private readonly onHistory = (): void => {
    if (!this.syncUrl) return;
    const next = { query: '', category: '', onlyDifferences: false, ...readUrlFilter(this.urlParam) };
    if (filterKey(next) === filterKey(this.filter)) return;
    Object.assign(this, next);
    this.urlFilter = filterKey(next);
    this.filterChangedByUser = true;
  };

  /**
   * Whether the matrix has a row for the feature with this id (false until the data has loaded).
   * Read from the data, not the rows built at this element's next update: another element (the
   * picker's reason links) may ask while both are updating with the same data.
   */
  has(id: string): boolean {
    const data = this.model;
    return !!data && !this.configProblem(data) && (data.features ?? []).some((f) => f.id === id);
  }

  /**
   * Shows the feature with this id: clears whichever filters hide its row, scrolls it into view
   * and focuses its row header. Returns false for an id the matrix does not show.
   */
  reveal(id: string): boolean {
    if (!this.has(id)) return false;
    // Data or subjects set since the last update: the rows are rebuilt before one is looked up.
    if (this.isUpdatePending) this.performUpdate();
    const row = this.matrix?.rows.find((r) => r.feature.id === id);
    if (!row) return false;
    const next = filterRevealing(row, this.filter);
    if (next.query !== this.query || next.category !== this.category || next.onlyDifferences !== this.onlyDifferences) {
      Object.assign(this, next);
      this.filterChangedByUser = true;
    }
    // Render now, so the row is in place before scrolling to it.
    this.performUpdate();
    const tr = this.rows.pin(row.index);
    if (!tr) return false;
    tr.scrollIntoView({ block: 'center', inline: 'nearest' });
    tr.querySelector<HTMLElement>('th')!.focus({ preventScroll: true });
    return true;
  }

  private get subjectIds(): string[] {
    return subjectIdsOf(this.subjects);
  }

  private get filter(): MatrixFilter {
    return { query: this.query, category: this.category, onlyDifferences: this.onlyDifferences };
  }

  protected override configProblem(data: Dataset) {
    return (
      this.unknownSubjects(data, this.subjectIds, 'subjects') ??
      (this.highlightId ? this.unknownSubjects(data, [this.highlightId], 'highlight') : undefined)
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.model || this.configProblem(this.model)) return;
    const key = [this.model, this.subjects ?? ''];
    if (!this.matrix || key.some((k, i) => k !== this.matrixKey[i])) {
      this.matrix = buildModel(this.model, this.subjectIds);
      this.matrixKey = key;
      this.open = new Set();
    }
    // A category the data has no group for (an old shared link, other data) would hide every row
    // behind a select that cannot show it: it is dropped, and every category is shown.
    if (this.category && !this.matrix.groups.some((g) => g.id === this.category)) {
      this.category = '';
      // Listeners (and the URL) hold the dropped category: they are told, unless nothing was shown yet.
      if (this.hasUpdated) this.filterChangedByUser = true;
    }
    const { shown, count } = visibleRows(this.matrix, this.filter);
    this.shown = shown;
    this.visible = count;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.applyVisibility();
    // Once a user has chosen an option, browsers ignore `selected` attributes: the select is told.
    const select = this.renderRoot.querySelector<HTMLSelectElement>('select[part="category"]');
    if (select && select.value !== this.category) select.value = this.category;
    this.keepFocus();
    if (!this.urlRead) {
      // This update hydrated the server's unfiltered table: the URL's filter is applied now, and
      // the next update records it as the URL's (even when there is none, so a change is written).
      this.urlRead = true;
      void this.updateComplete.then(() => {
        this.readUrl();
        this.requestUpdate();
      });
      return;
    }
    if (!this.matrix) return;
    // With `sync-url` the URL follows every change of the filter, by the reader or by the page.
    const key = filterKey(this.filter);
    if (this.syncUrl && key !== this.urlFilter) {
      if (this.urlFilter !== undefined) writeUrlFilter(this.filter, this.urlParam);
      this.urlFilter = key;
    }
    if (this.filterChangedByUser) {
      this.filterChangedByUser = false;
      emit(this, 'versus-filter', { ...this.filter, visible: this.visible });
    }
  }

  /** A row the focus was in, hidden by a filter: focus stays on the table's scroller (a row gone with new data: see focusFallback). */
  private keepFocus(): void {
    const active = this.shadowRoot?.activeElement as HTMLElement | null;
    if (active && !active.checkVisibility()) this.focusFallback()?.focus({ preventScroll: true });
  }

  protected override focusFallback(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('[part="scroller"]');
  }

  /** Hides filtered rows (and emptied groups) in place: no re-render of the table. */
  private applyVisibility(): void {
    if (this.rowsDirty) {
      this.rows.reset(this.renderRoot);
      this.rowsDirty = false;
    }
    if (this.matrix) this.rows.apply(this.matrix, this.shown);
  }

  private userFilter(change: Partial<MatrixFilter>): void {
    Object.assign(this, change);
    this.filterChangedByUser = true;
  }

  private toggle(key: string): void {
    const open = new Set(this.open);
    if (!open.delete(key)) open.add(key);
    this.open = open;
  }

  protected override renderContent(_data: Dataset): unknown {
    const matrix = this.matrix;
    if (!matrix || !matrix.rows.length) return nothing;
    const ui = this.ui;
    const names = matrix.subjects.map((s) => s.name);
    const list = formatList(names, ui.textLang);
    // The roles are explicit on purpose (see renderBodies).
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`
      ${renderControls({
        ui,
        filter: this.filter,
        groups: matrix.groups,
        text: !this.noTextFilter,
        category: !this.noCategoryFilter,
        differences: !this.noDifferencesFilter,
        onChange: (change) => this.userFilter(change),
      })}
      <p class="count" part="count" role="status" lang=${ifDefined(ui.langAttr)}>
        ${format(ui.featuresVisible, { visible: this.visible, total: matrix.rows.length }, ui.language)}${this.visible ? nothing : html` ${ui.noFeatures}`}
      </p>
      <div class="scroller" part="scroller" role="region" tabindex="0" aria-labelledby="caption">
        <table part="table" role="table" class=${matrix.rows.length >= SKIP_FROM ? 'long' : ''} style=${cssProperties({ '--_columns': String(matrix.subjects.length) })}>
          <caption id="caption" part="caption" lang=${ifDefined(ui.langAttr)}>${format(ui.featureCaption, { subjects: list }, ui.language)}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader" class="corner" lang=${ifDefined(ui.langAttr)}>${ui.feature}</th>
              ${matrix.subjects.map((s) =>
                s.id === this.highlightId
                  ? html`<th scope="col" role="columnheader" class="featured" part="column-header">${s.name} <span class="badge" part="badge" lang=${ifDefined(ui.langAttr)}>${ui.featured}</span></th>`
                  : html`<th scope="col" role="columnheader" part="column-header">${s.name}</th>`,
              )}
            </tr>
          </thead>
          ${guard([matrix, this.highlightId, this.open, ...Object.values(ui)], () => {
            this.rowsDirty = true;
            return renderBodies(matrix, { ui, highlight: this.highlightId, open: this.open, shown: this.shown, onToggle: (key) => this.toggle(key) });
          })}
        </table>
      </div>
      ${renderLegend(ui)}
    `;
    /* eslint-enable lit-a11y/no-redundant-role */
  }
}
