import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dataset } from '../../data/types.js';
import { formatList } from '../../shared/list-format.js';
import { format } from '../../shared/strings.js';
import { VersusElement } from '../../shared/versus-element.js';
import { prosConsTableStrings } from './pros-cons-table.strings.js';
import { shownSubjectIds, subjectIdsOf } from '../../shared/per-subject.js';
import { MAX_TUNED_COLUMNS, prosConsTableStyles } from './pros-cons-table.styles.js';
import { renderCards, renderTable, type Column, type Kind, type View } from './pros-cons-table.templates.js';
import { paragraph } from '../../shared/paragraph.js';

/** `examples` is on unless the attribute says `false`, `off`, `hide` or `no`. */
const onUnlessFalse = {
  fromAttribute: (value: string | null) => value === null || !/^(false|off|hide|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean) => (value ? null : 'false'),
};

/**
 * @summary Each subject's pros and cons, with the reason and a real-world example for each point:
 * a table with a caption when the element is wide, one card per subject when it is narrow.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart intro - The paragraph that opens the section.
 * @csspart closing - The paragraph that closes it.
 * @csspart caption - The table's caption (wide) or the line above the cards (narrow).
 * @csspart table - The table shown when the element is wide.
 * @csspart column-header - A subject's column header in the table.
 * @csspart row-header - The "Pros" or "Cons" row header in the table.
 * @csspart cell - A table cell with one subject's pros or cons.
 * @csspart cards - The card layout shown when the element is narrow.
 * @csspart card - One subject's card.
 * @csspart name - A subject's name heading in a card.
 * @csspart kind - The "Pros" or "Cons" heading in a card.
 * @csspart featured - The "Featured" badge of the highlighted subject.
 * @csspart list - A list of points.
 * @csspart point - One pro or con (also `pro` or `con`).
 * @csspart pro - One pro.
 * @csspart con - One con.
 * @csspart icon - The tick or cross icon of a pro or con.
 * @csspart point-title - The point in a few words.
 * @csspart detail - The explanation of a point.
 * @csspart example - The real-world example of a point.
 * @csspart loading - The placeholder shown while data loads.
 * @csspart error - The message shown when data cannot be used.
 * @csspart retry - The "Try again" button of a network error.
 *
 * @cssprop --versus-color-text - Text colour.
 * @cssprop --versus-color-muted - Secondary text colour (examples).
 * @cssprop --versus-color-surface - Background colour.
 * @cssprop --versus-color-surface-alt - Background of the header row.
 * @cssprop --versus-color-border-subtle - Cell and card border colour.
 * @cssprop --versus-color-pro - Colour of the pro icon (keep it at 3:1 or more on the surface).
 * @cssprop --versus-color-con - Colour of the con icon (keep it at 3:1 or more on the surface).
 * @cssprop --versus-color-focus - Focus ring colour.
 * @cssprop --versus-color-accent - Marks the featured subject and fills its badge.
 * @cssprop --versus-color-accent-contrast - Text on the featured badge.
 * @cssprop --versus-radius - Corner radius.
 * @cssprop --versus-space - Base spacing.
 * @cssprop --versus-font-family - Font family.
 * @cssprop --versus-font-size - Base font size.
 * @cssprop --versus-line-height - Line height.
 * @cssprop --versus-letter-spacing - Letter spacing (for readers who need more, WCAG 1.4.12).
 * @cssprop --versus-word-spacing - Word spacing (for readers who need more, WCAG 1.4.12).
 * @cssprop --versus-loading-min-height - Space reserved while the data loads (default 12rem).
 *
 * @fires versus-load - The data is loaded and its content shown (again after new data); `detail: { title }`.
 * @fires versus-error - The data could not be loaded or used (e.g. an unknown subject id); `detail` says what.
 */
export class ProsConsTable extends VersusElement {
  static override defaultStrings = prosConsTableStrings;
  static override styles = [VersusElement.styles, prosConsTableStyles];

  /** Space-separated subject ids to show, in this order (default: every subject with pros or cons). */
  @property() subjects?: string;

  /** Which kind of point to show: `pros`, `cons` or `both` (the default). */
  @property() show: 'pros' | 'cons' | 'both' = 'both';

  /** Shows each point's real-world example (default). `examples="false"` hides them. */
  @property({ converter: onUnlessFalse }) examples = true;

  /** The id of a subject to mark as featured (shown and announced as "Featured"). */
  @property() highlight?: string;

  /** The level of each card's subject heading (2 to 6); the "Pros"/"Cons" headings are one below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  private get subjectIds(): string[] {
    return subjectIdsOf(this.subjects);
  }

  private get highlightId(): string | undefined {
    return this.highlight?.trim() || undefined;
  }

  protected override configProblem(data: Dataset) {
    const id = this.highlightId;
    return this.unknownSubjects(data, this.subjectIds, 'subjects') ?? (id ? this.unknownSubjects(data, [id], 'highlight') : undefined);
  }

  private get kinds(): Kind[] {
    const show = this.show?.trim().toLowerCase();
    return show === 'pros' || show === 'cons' ? [show] : ['pros', 'cons'];
  }

  protected override renderContent(data: Dataset): unknown {
    const ids = shownSubjectIds(data, this.subjects);
    const columns: Column[] = [];
    for (const id of ids) {
      const entry = data.prosCons?.find((e) => e.subject === id);
      if (!entry || !this.kinds.some((k) => entry[k]?.length)) continue;
      columns.push({ subject: data.subjects.find((s) => s.id === id)!, entry, featured: id === this.highlightId });
    }
    // A kind no shown subject has gets no empty row (and the caption does not name it).
    const kinds = this.kinds.filter((k) => columns.some((c) => c.entry[k]?.length));
    if (!columns.length) return nothing;

    const ui = this.ui;
    const names = formatList(columns.map((c) => c.subject.name), ui.textLang);
    const template = kinds.length === 2 ? ui.prosConsCaption : kinds[0] === 'pros' ? ui.prosCaption : ui.consCaption;
    const view: View = {
      columns,
      kinds,
      caption: format(template, { subjects: names }, ui.language),
      // Frameworks that set properties from template attributes pass the string "false".
      examples: this.examples !== false && String(this.examples) !== 'false',
      headingLevel: this.headingLevel,
      ui,
    };
    const text = data.sectionText?.prosCons;
    /*
     * Both layouts are rendered and a container query displays exactly one (the other is
     * display: none, so it is out of the accessibility tree too). Restyling the table into cards
     * cannot work here: its source order is kind by kind (all pros, then all cons), while a card
     * must read subject by subject, and reordering cells visually would make the reading and
     * focus order differ from what is seen. A table restyled with `display: block` also loses its
     * table semantics in some browsers.
     */
    return html`
      ${paragraph('intro', text?.intro)}
      <div class="layouts" data-columns=${Math.min(columns.length, MAX_TUNED_COLUMNS)}>${renderTable(view)} ${renderCards(view)}</div>
      ${paragraph('closing', text?.closing)}
    `;
  }
}
