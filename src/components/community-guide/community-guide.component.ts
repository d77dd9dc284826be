import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { CommunityGroup, Dataset } from '../../data/types.js';
import { heading, subHeadingLevel } from '../../shared/heading.js';
import { safeHref } from '../../shared/links.js';
import { VersusElement } from '../../shared/versus-element.js';
import { communityGuideStrings } from './community-guide.strings.js';
import { shownSubjectIds, subjectIdsOf } from '../../shared/per-subject.js';
import { sectionStyles } from '../../shared/section-styles.js';
import { communityGuideStyles } from './community-guide.styles.js';
import { paragraph } from '../../shared/paragraph.js';

/**
 * @summary Where to find each subject's community and the broader ones, grouped, with what you get
 * there. A channel is a link only when the dataset gives it an http(s) URL; otherwise it is text.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart intro - The paragraph that opens the section.
 * @csspart groups - The list of groups.
 * @csspart group - One community group (a subject's, or a broader one).
 * @csspart group-title - A group's heading.
 * @csspart channels - The list of a group's channels.
 * @csspart channel - One channel (documentation, forum, mailing list, ...).
 * @csspart channel-name - A channel's name: a link when it has a URL.
 * @csspart benefits-title - The "What you get" heading.
 * @csspart benefits - The list of what a group offers.
 * @csspart closing - The paragraph that closes the section.
 * @csspart loading - The placeholder shown while data loads.
 * @csspart error - The message shown when data cannot be used.
 * @csspart retry - The "Try again" button of a network error.
 *
 * @cssprop --versus-color-text - Text colour.
 * @cssprop --versus-color-muted - Secondary text colour.
 * @cssprop --versus-color-surface - Background colour.
 * @cssprop --versus-color-surface-alt - Background of the broader groups.
 * @cssprop --versus-color-border-subtle - Border colour.
 * @cssprop --versus-color-accent - Link colour.
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
export class CommunityGuide extends VersusElement {
  static override defaultStrings = communityGuideStrings;
  static override styles = [VersusElement.styles, sectionStyles, communityGuideStyles];

  /** The level of each group's heading (2 to 6); "What you get" is one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Space-separated subject ids whose communities to show, in this order (default: all). */
  @property() subjects?: string;

  /** Leave out the communities that serve every subject. */
  @property({ type: Boolean, attribute: 'hide-broader', reflect: true }) hideBroader = false;

  protected override configProblem(data: Dataset) {
    return this.unknownSubjects(data, subjectIdsOf(this.subjects), 'subjects');
  }

  protected override renderContent(data: Dataset): unknown {
    const all = data.communities ?? [];
    const ids = shownSubjectIds(data, this.subjects);
    const own = ids.flatMap((id) => all.filter((g) => g.subject === id));
    const broader = this.hideBroader ? [] : all.filter((g) => g.subject === undefined);
    const groups = [...own, ...broader];
    if (!groups.length) return nothing;
    const text = data.sectionText?.communities;
    return html`
      ${paragraph('intro', text?.intro)}
      <ul class="groups card-grid" part="groups">
        ${groups.map((g) => this.renderGroup(g))}
      </ul>
      ${paragraph('closing', text?.closing)}
    `;
  }

  private renderGroup(group: CommunityGroup) {
    const broader = group.subject === undefined;
    return html`<li class="group card ${broader ? 'broader' : ''}" part="group">
      ${heading(this.headingLevel, 'group-title', group.title)}
      <ul class="channels" part="channels">
        ${group.channels.map((channel) => {
          const href = safeHref(channel.url);
          const name = href
            ? html`<a class="channel-name" part="channel-name" href=${href}>${channel.name}</a>`
            : html`<strong class="channel-name" part="channel-name">${channel.name}</strong>`;
          return html`<li class="channel" part="channel">${name} <span class="description">${channel.description}</span></li>`;
        })}
      </ul>
      ${group.benefits?.length
        ? html`${heading(subHeadingLevel(this.headingLevel), 'benefits-title', this.ui.whatYouGet, this.ui.langAttr)}
            <ul class="benefits" part="benefits">
              ${group.benefits.map((b) => html`<li>${b}</li>`)}
            </ul>`
        : nothing}
    </li>`;
  }
}
