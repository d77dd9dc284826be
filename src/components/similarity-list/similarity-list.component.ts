import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dataset } from '../../data/types.js';
import { heading } from '../../shared/heading.js';
import { VersusElement } from '../../shared/versus-element.js';
import { sectionStyles } from '../../shared/section-styles.js';
import { perSubjectStyles, renderPerSubject, shownSubjectIds, subjectIdsOf } from '../../shared/per-subject.js';
import { similarityListStyles } from './similarity-list.styles.js';
import { paragraph } from '../../shared/paragraph.js';

/**
 * @summary What the subjects have in common, each with how every subject does it.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart intro - The paragraph that opens the section.
 * @csspart list - The list of similarities.
 * @csspart item - One similarity.
 * @csspart title - A similarity's heading.
 * @csspart summary - What the subjects share.
 * @csspart by-subject - The list of how each subject does it.
 * @csspart entry - One subject's (or several subjects' identical) way of doing it.
 * @csspart subject - A subject's name in that list.
 * @csspart closing - The paragraph that closes the section.
 * @csspart loading - The placeholder shown while data loads.
 * @csspart error - The message shown when data cannot be used.
 * @csspart retry - The "Try again" button of a network error.
 *
 * @cssprop --versus-color-text - Text colour.
 * @cssprop --versus-color-muted - Secondary text colour.
 * @cssprop --versus-color-surface - Background colour.
 * @cssprop --versus-color-surface-alt - Background of a hovered "Try again" button.
 * @cssprop --versus-color-border-subtle - Card border colour.
 * @cssprop --versus-color-accent - Accent colour (the item numbers).
 * @cssprop --versus-color-accent-contrast - Text on the item numbers.
 * @cssprop --versus-color-con - Border of the error message.
 * @cssprop --versus-color-focus - Focus ring colour.
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
 * @fires versus-error - The data could not be loaded or used; `detail` says what and where.
 */
export class SimilarityList extends VersusElement {
  static override styles = [VersusElement.styles, sectionStyles, perSubjectStyles, similarityListStyles];

  /** The level of each similarity's heading (2 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Space-separated subject ids to show, in this order (default: all). */
  @property() subjects?: string;

  protected override configProblem(data: Dataset) {
    return this.unknownSubjects(data, subjectIdsOf(this.subjects), 'subjects');
  }

  protected override renderContent(data: Dataset): unknown {
    const items = data.similarities ?? [];
    if (!items.length) return nothing;
    const ids = shownSubjectIds(data, this.subjects);
    const text = data.sectionText?.similarities;
    return html`
      ${paragraph('intro', text?.intro)}
      <ol class="list card-grid" part="list">
        ${items.map(
          (item) => html`<li class="item card" part="item">
            ${heading(this.headingLevel, 'title', item.title)}
            <p class="summary" part="summary">${item.summary}</p>
            ${renderPerSubject(data, item.bySubject, ids)}
          </li>`,
        )}
      </ol>
      ${paragraph('closing', text?.closing)}
    `;
  }
}
