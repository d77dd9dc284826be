import { ifDefined } from 'lit/directives/if-defined.js';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Dataset } from '../../data/types.js';
import { heading } from '../../shared/heading.js';
import { VersusElement } from '../../shared/versus-element.js';
import { shownSubjectIds, subjectIdsOf } from '../../shared/per-subject.js';
import { sectionStyles } from '../../shared/section-styles.js';
import { comparisonOverviewStyles } from './comparison-overview.styles.js';
import { paragraph } from '../../shared/paragraph.js';
import { safeHref } from '../../shared/links.js';
import { format } from '../../shared/strings.js';
import { comparisonOverviewStrings } from './comparison-overview.strings.js';

/**
 * @summary Each subject's summary and character, as side-by-side cards.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart intro - The paragraph that opens the overview.
 * @csspart closing - The paragraph that closes it.
 * @csspart card - One subject's card.
 * @csspart name - A subject's name.
 * @csspart tagline - A subject's one-line description (`subjects[].tagline`).
 * @csspart label - How a subject labels itself (e.g. "micro-framework").
 * @csspart analogy - The picture that sums a subject up.
 * @csspart website - The link to a subject's website (`subjects[].url`).
 * @csspart loading - The placeholder shown while data loads.
 * @csspart error - The message shown when data cannot be used.
 * @csspart retry - The "Try again" button of a network error.
 *
 * @cssprop --versus-color-text - Text colour.
 * @cssprop --versus-color-muted - Secondary text colour.
 * @cssprop --versus-color-surface - Background colour.
 * @cssprop --versus-color-surface-alt - Background of a hovered "Try again" button.
 * @cssprop --versus-color-border - Border of a subject's label.
 * @cssprop --versus-color-border-subtle - Card border colour.
 * @cssprop --versus-color-accent - Accent colour (the analogy's rule).
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
export class ComparisonOverview extends VersusElement {
  static override defaultStrings = comparisonOverviewStrings;
  static override styles = [VersusElement.styles, sectionStyles, comparisonOverviewStyles];

  /** The level of each subject's heading (2 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Space-separated subject ids to show, in this order (default: all). */
  @property() subjects?: string;

  private get subjectIds(): string[] {
    return subjectIdsOf(this.subjects);
  }

  protected override configProblem(data: Dataset) {
    return this.unknownSubjects(data, this.subjectIds, 'subjects');
  }

  protected override renderContent(data: Dataset): unknown {
    const ids = shownSubjectIds(data, this.subjects);
    const entries = ids.map((id) => data.overview?.find((o) => o.subject === id)).filter((e) => e !== undefined);
    if (!entries.length) return nothing;
    const text = data.sectionText?.overview;
    return html`
      ${paragraph('intro', text?.intro)}
      <ul class="cards card-grid">
        ${entries.map((entry) => {
          const subject = data.subjects.find((s) => s.id === entry.subject)!;
          const site = safeHref(subject.url);
          return html`<li class="card" part="card">
            ${heading(this.headingLevel, 'name', subject.name)}
            ${subject.tagline ? html`<p class="tagline" part="tagline">${subject.tagline}</p>` : nothing}
            ${entry.label ? html`<span class="label" part="label">${entry.label}</span>` : nothing}
            <p>${entry.summary}</p>
            ${entry.analogy ? html`<p class="analogy" part="analogy">${entry.analogy}</p>` : nothing}
            ${entry.strengths?.length
              ? html`<ul class="strengths">
                  ${entry.strengths.map((s) => html`<li>${s}</li>`)}
                </ul>`
              : nothing}
            ${site ? html`<p class="website"><a part="website" href=${site} lang=${ifDefined(this.ui.langAttr)}>${format(this.ui.website, { subject: subject.name }, this.ui.language)}</a></p>` : nothing}
          </li>`;
        })}
      </ul>
      ${paragraph('closing', text?.closing)}
    `;
  }
}
