import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Dataset, PerformanceTopic } from '../../data/types.js';
import { emit } from '../../shared/events.js';
import { heading } from '../../shared/heading.js';
import { VersusElement } from '../../shared/versus-element.js';
import { perSubjectStyles, renderPerSubject, shownSubjectIds, subjectIdsOf } from '../../shared/per-subject.js';
import { sectionStyles } from '../../shared/section-styles.js';
import { performanceNotesStyles } from './performance-notes.styles.js';
import { paragraph } from '../../shared/paragraph.js';

/**
 * @summary The performance comparison's topics, each with its findings per subject, as a list of
 * disclosures (WAI-ARIA APG disclosure pattern): every topic's title and summary stay visible, its
 * findings open and close.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart intro - The paragraph that opens the section.
 * @csspart list - The list of topics.
 * @csspart topic - One topic.
 * @csspart title - A topic's heading.
 * @csspart toggle - The button in a topic's heading that opens and closes its findings.
 * @csspart summary - A topic's summary.
 * @csspart findings - The panel with a topic's findings.
 * @csspart by-subject - The list of findings per subject.
 * @csspart entry - One subject's (or several subjects' identical) finding.
 * @csspart subject - A subject's name in that list.
 * @csspart closing - The paragraph that closes the section.
 * @csspart loading - The placeholder shown while data loads.
 * @csspart error - The message shown when data cannot be used.
 * @csspart retry - The "Try again" button of a network error.
 *
 * @cssprop --versus-color-text - Text colour.
 * @cssprop --versus-color-muted - Secondary text colour.
 * @cssprop --versus-color-surface - Background colour.
 * @cssprop --versus-color-surface-alt - Background of a hovered toggle.
 * @cssprop --versus-color-border-subtle - Border colour.
 * @cssprop --versus-color-accent - Accent colour (the toggle's marker).
 * @cssprop --versus-color-con - Border of the error message.
 * @cssprop --versus-color-focus - Focus ring colour.
 * @cssprop --versus-radius - Corner radius.
 * @cssprop --versus-space - Base spacing.
 * @cssprop --versus-duration - Length of the marker's turn (none with reduced motion).
 * @cssprop --versus-font-family - Font family.
 * @cssprop --versus-font-size - Base font size.
 * @cssprop --versus-line-height - Line height.
 * @cssprop --versus-letter-spacing - Letter spacing (for readers who need more, WCAG 1.4.12).
 * @cssprop --versus-word-spacing - Word spacing (for readers who need more, WCAG 1.4.12).
 * @cssprop --versus-loading-min-height - Space reserved while the data loads (default 12rem).
 *
 * @fires versus-toggle - A topic's findings were opened or closed; `detail` is `{ id, open }`.
 * @fires versus-load - The data is loaded and its content shown (again after new data); `detail: { title }`.
 * @fires versus-error - The data could not be loaded or used; `detail` says what and where.
 */
export class PerformanceNotes extends VersusElement {
  static override styles = [VersusElement.styles, sectionStyles, perSubjectStyles, performanceNotesStyles];

  /** The level of each topic's heading (2 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Space-separated subject ids to show, in this order (default: all). */
  @property() subjects?: string;

  /** Start with every topic's findings closed (by default they are open). */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  /** Topics whose state differs from the `collapsed` default. */
  @state() private flipped = new Set<string>();

  protected override configProblem(data: Dataset) {
    return this.unknownSubjects(data, subjectIdsOf(this.subjects), 'subjects');
  }

  /** Whether the findings of the topic `id` are shown. */
  isOpen(id: string): boolean {
    return this.flipped.has(id) === this.collapsed;
  }

  /**
   * Opens (`true`), closes (`false`) or flips (no argument) the findings of the topic `id`. Does nothing
   * while no data is shown, or for a topic with no findings shown (no such id, or none for `subjects`),
   * so no event reports a change nobody can see.
   */
  toggle(id: string, open = !this.isOpen(id)): void {
    if (open === this.isOpen(id) || !this.hasTopic(id)) return;
    const flipped = new Set(this.flipped);
    if (flipped.has(id)) flipped.delete(id);
    else flipped.add(id);
    this.flipped = flipped;
    emit(this, 'versus-toggle', { id, open });
  }

  private hasTopic(id: string): boolean {
    const data = this.shownData;
    if (!data) return false;
    const ids = shownSubjectIds(data, this.subjects);
    return !!data.performance?.find((topic) => topic.id === id)?.findings?.some((finding) => ids.includes(finding.subject));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new default wins over earlier clicks, so `collapsed` always says what the reader sees.
    if (changed.has('collapsed') && changed.get('collapsed') !== undefined) this.flipped = new Set();
  }

  protected override renderContent(data: Dataset): unknown {
    const topics = data.performance ?? [];
    if (!topics.length) return nothing;
    const ids = shownSubjectIds(data, this.subjects);
    const text = data.sectionText?.performance;
    return html`
      ${paragraph('intro', text?.intro)}
      <ul class="list" part="list">
        ${topics.map((topic) => this.renderTopic(data, topic, ids))}
      </ul>
      ${paragraph('closing', text?.closing)}
    `;
  }

  private renderTopic(data: Dataset, topic: PerformanceTopic, ids: string[]) {
    const findings = renderPerSubject(data, topic.findings, ids);
    const panelId = `findings-${topic.id}`;
    if (findings === nothing) {
      return html`<li class="topic card" part="topic">
        ${heading(this.headingLevel, 'title', topic.title)}
        <p class="summary" part="summary">${topic.summary}</p>
      </li>`;
    }
    const open = this.isOpen(topic.id);
    const toggle = html`<button
      class="toggle"
      part="toggle"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${panelId}
      @click=${() => this.toggle(topic.id)}
    >
      <span class="marker" aria-hidden="true"></span><span>${topic.title}</span>
    </button>`;
    return html`<li class="topic card" part="topic">
      ${heading(this.headingLevel, 'title', toggle)}
      <p class="summary" part="summary">${topic.summary}</p>
      <div class="findings" part="findings" id=${panelId} ?hidden=${!open}>${findings}</div>
    </li>`;
  }
}
