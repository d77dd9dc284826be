import { ifDefined } from 'lit/directives/if-defined.js';
import { html, isServer, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Dataset } from '../../data/types.js';
import { clampHeadingLevel, heading } from '../../shared/heading.js';
import { hashId, safeHref } from '../../shared/links.js';
import { format, formatParts } from '../../shared/strings.js';
import { formatDate } from '../../shared/date-format.js';
import { VersusElement } from '../../shared/versus-element.js';
import { comparisonArticleStrings } from './comparison-article.strings.js';
import { perSubjectStyles } from '../../shared/per-subject.js';
import { sectionStyles } from '../../shared/section-styles.js';
import { comparisonArticleStyles } from './comparison-article.styles.js';
import { parseSections, SECTION_NAMES, sectionParagraph, SECTIONS, type ArticleSection } from './sections.js';

interface Loadable extends Element {
  loadComplete: Promise<boolean>;
}

/**
 * @summary The whole comparison article in its order (overview, pros and cons, features,
 * performance, similarities, use cases with the picker, communities, FAQ) with a table of contents.
 * It loads the data once and hands it to the section elements it composes.
 *
 * The parts of those elements are forwarded under their tag name: `::part(faq-accordion-question)`
 * styles the FAQ's questions, `::part(feature-matrix-row)` the matrix's rows, and so on for every
 * part each element documents.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart intro - The paragraph that opens the article.
 * @csspart toc - The table of contents (a `nav` landmark).
 * @csspart toc-title - The table of contents' label.
 * @csspart toc-link - A link to a section.
 * @csspart section - One section.
 * @csspart section-title - A section's heading.
 * @csspart section-intro - A framing paragraph the article renders before a section's element.
 * @csspart section-closing - A framing paragraph the article renders after it.
 * @csspart use-case-group - One subject's use cases.
 * @csspart use-case-subject - The heading of one subject's use cases.
 * @csspart use-case - One use case.
 * @csspart use-case-title - A use case's heading.
 * @csspart decision - The decision section's guidance and the picker.
 * @csspart by-subject - The decision guidance's list of advice per subject.
 * @csspart entry - One subject's (or several subjects' identical) advice in that list.
 * @csspart subject - A subject's name in that list.
 * @csspart source - The attribution of the article.
 * @csspart loading - The placeholder shown while data loads.
 * @csspart error - The message shown when data cannot be used.
 * @csspart retry - The "Try again" button of a network error.
 *
 * @cssprop --versus-color-text - Text colour (also of every section element).
 * @cssprop --versus-color-muted - Secondary text colour.
 * @cssprop --versus-color-surface - Background colour.
 * @cssprop --versus-color-surface-alt - Background of the table of contents.
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
 * @fires versus-toggle - From the FAQ or the performance notes inside: an item opened or closed; `detail: { id, open }`.
 * @fires versus-filter - From the feature matrix inside: its filters changed; `detail: { query, category, onlyDifferences, visible }`.
 * @fires versus-answer - From the use-case picker inside: an answer was chosen or a question skipped; `detail: { question, answer }`.
 * @fires versus-recommend - From the use-case picker inside: a result is shown; `detail: { subject, leaders, strength, scores, reasons }`.
 */
export class ComparisonArticle extends VersusElement {
  static override defaultStrings = comparisonArticleStrings;
  static override styles = [VersusElement.styles, sectionStyles, perSubjectStyles, comparisonArticleStyles];

  /** The level of the section headings (2 to 6); the sections' own headings go one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * The sections to show, in this order, separated by spaces or commas (default: all). Known:
   * `overview pros-cons features performance similarities use-cases communities decision faq`.
   */
  @property() sections?: string;

  /** Leave out the table of contents. */
  @property({ type: Boolean, attribute: 'no-toc', reflect: true }) noToc = false;

  /** Resolves once the article and every section element in it have rendered. */
  override get loadComplete(): Promise<boolean> {
    return super.loadComplete.then(async (ok) => {
      const children = [...(this.renderRoot?.querySelectorAll('*') ?? [])].filter((e): e is Loadable => 'loadComplete' in e);
      await Promise.all(children.map((c) => c.loadComplete));
      return ok;
    });
  }

  /** Scrolls to a section (by its name, e.g. `faq`) and moves focus to its heading. */
  scrollToSection(name: string): boolean {
    return this.goToSection(name, !matchMedia('(prefers-reduced-motion: reduce)').matches);
  }

  private goToSection(name: string, smooth: boolean): boolean {
    const target = this.renderRoot.querySelector<HTMLElement>(`#section-${CSS.escape(name)}`);
    if (!target) return false;
    target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    target.focus({ preventScroll: true });
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }

  /**
   * A contents link opened in a new tab, shared or bookmarked (`page#section-faq`) names a heading
   * the browser cannot find in the shadow root: the article goes there itself, once it and its
   * sections have rendered (they set the heights above it).
   */
  private readonly onHashChange = async (): Promise<void> => {
    const name = hashId().match(/^section-(.+)$/)?.[1];
    if (name && (await this.loadComplete)) this.goToSection(name, false);
  };

  protected override firstUpdated(): void {
    void this.onHashChange();
  }

  protected override configProblem(_data: Dataset) {
    const unknown = parseSections(this.sections).find((name) => !(SECTION_NAMES as string[]).includes(name));
    return unknown === undefined ? undefined : format(this.ui.unknownSection, { name: unknown, known: SECTION_NAMES.join(', ') }, this.ui.language);
  }

  private shownSections(data: Dataset): ArticleSection[] {
    return (parseSections(this.sections) as ArticleSection[]).filter((name) => SECTIONS[name]?.has(data));
  }

  /** The section's title from the data, else from the UI strings, with the `lang` that one needs. */
  private titleOf(data: Dataset, name: ArticleSection): [title: string, lang?: string] {
    const def = SECTIONS[name];
    const title = data.sectionText?.[def.text]?.title;
    return title ? [title] : [this.ui[def.fallback], this.ui.langAttr];
  }

  private onTocClick(event: MouseEvent, name: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // Fragment links cannot reach into a shadow root, so the article scrolls and focuses itself.
    if (this.scrollToSection(name)) event.preventDefault();
  }

  protected override renderContent(data: Dataset): unknown {
    const shown = this.shownSections(data);
    const level = clampHeadingLevel(this.headingLevel, 2);
    return html`
      ${data.intro ? html`<p class="article-intro" part="intro">${data.intro}</p>` : nothing}
      ${!this.noToc && shown.length > 1 ? this.renderToc(data, shown) : nothing}
      ${repeat(shown, (name) => name, (name) => this.renderSection(data, name, level))} ${this.renderSource(data)}
    `;
  }

  private renderToc(data: Dataset, shown: ArticleSection[]) {
    return html`<nav class="toc" part="toc" aria-labelledby="toc-title">
      <p class="toc-title" part="toc-title" id="toc-title" lang=${ifDefined(this.ui.langAttr)}>${this.ui.tableOfContents}</p>
      <ol>
        ${shown.map((name) => {
          const [title, lang] = this.titleOf(data, name);
          return html`<li>
            <a part="toc-link" href="#section-${name}" lang=${ifDefined(lang)} @click=${(e: MouseEvent) => this.onTocClick(e, name)}>${title}</a>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private renderSection(data: Dataset, name: ArticleSection, level: number) {
    const def = SECTIONS[name];
    const text = data.sectionText?.[def.text];
    const ctx = { data, ui: this.ui, level: Math.min(6, level + 1), theme: this.theme, strings: this.strings };
    return html`<section class="section" part="section" aria-labelledby="section-${name}" data-section=${name}>
      <div class="anchor" id="section-${name}" tabindex="-1">${heading(level, 'section-title', ...this.titleOf(data, name))}</div>
      ${def.frame === 'element' ? nothing : sectionParagraph('intro', text?.intro)} ${def.render(ctx)}
      ${def.frame === 'article' ? sectionParagraph('closing', text?.closing) : nothing}
    </section>`;
  }

  private renderSource(data: Dataset) {
    const source = data.source;
    if (!source) return nothing;
    // The date is optional in the data: a line without it has its own template, not an empty slot.
    const ui = this.ui;
    const template = source.date ? ui.source : ui.sourceUndated;
    const author = source.authorRole ? format(ui.authorWithRole, { author: source.author, role: source.authorRole }, ui.language) : source.author;
    const date = source.date ? formatDate(source.date, ui.textLang) : '';
    // The line's words (and the date) are in the strings' language; the title, author and publisher
    // it names are the dataset's text, in the content's language.
    const parts = formatParts(template, { title: source.title, author, publisher: source.publisher, date }, ui.language);
    const line = ui.langAttr
      ? parts.map(({ text, key }) => ((!key || key === 'date') && text.trim() ? html`<span lang=${ifDefined(ui.langAttr)}>${text}</span>` : text))
      : parts.map((part) => part.text).join('');
    const href = safeHref(source.url);
    return html`<p class="source" part="source">${href ? html`<a href=${href}>${line}</a>` : line}</p>`;
  }
}
