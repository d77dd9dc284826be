import { html, noChange, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Dataset } from '../../data/types.js';
import { emit } from '../../shared/events.js';
import { format } from '../../shared/strings.js';
import { VersusElement } from '../../shared/versus-element.js';
import { faqAccordionStrings } from './faq-accordion.strings.js';
import { faqAccordionStyles } from './faq-accordion.styles.js';
import { faqEntries, highlightMatches, scrollIntoViewBelowHeader, type FaqEntry } from './faq-entries.js';
import { fold } from '../../shared/fold.js';
import { hashId } from '../../shared/links.js';
import { headingTag } from '../../shared/heading.js';
import { growOpen, MAX_REGIONS, questionAfterKey, renderItem } from './faq-item.js';
import { firstHaving, registerAccordion, unregisterAccordion } from './faq-registry.js';
import { publishFaq } from './structured-data.js';

const words = {
  fromAttribute: (value: string | null) => (value ?? '').split(/\s+/).filter(Boolean),
  toAttribute: (value: string[]) => value.join(' '),
};

/**
 * @summary The dataset's FAQ as a WAI-ARIA accordion with search, deep links, find-in-page and JSON-LD.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart controls - The row holding the search box and the expand-all button.
 * @csspart search-label - The search box's label.
 * @csspart search - The search box (`searchable`).
 * @csspart toggle-all - The "Expand all / Collapse all" button (`toggle-all`).
 * @csspart status - The live "n of m questions match" / "no matches" message while searching.
 * @csspart show-all - The button that clears a search that matches nothing.
 * @csspart list - The list of items.
 * @csspart item - One question with its answer.
 * @csspart heading - The heading that holds a question's button.
 * @csspart question - A question's button.
 * @csspart answer - An answer.
 * @csspart loading - The placeholder shown while data loads.
 * @csspart error - The message shown when data cannot be used.
 * @csspart retry - The "Try again" button of a network error.
 *
 * @cssprop --versus-color-text - Text colour.
 * @cssprop --versus-color-muted - Colour of the match count.
 * @cssprop --versus-color-surface - Background colour.
 * @cssprop --versus-color-surface-alt - Background of a hovered question.
 * @cssprop --versus-color-border - Search box border.
 * @cssprop --versus-color-border-subtle - Lines between items.
 * @cssprop --versus-color-accent - Hovered question and buttons.
 * @cssprop --versus-color-con - Border of the error message.
 * @cssprop --versus-color-focus - Focus ring.
 * @cssprop --versus-color-mark - Background of search matches.
 * @cssprop --versus-radius - Corner radius.
 * @cssprop --versus-space - Base spacing.
 * @cssprop --versus-duration - Length of the opening animation (none with reduced motion).
 * @cssprop --versus-font-family - Font family.
 * @cssprop --versus-font-size - Base font size.
 * @cssprop --versus-line-height - Line height.
 * @cssprop --versus-letter-spacing - Letter spacing (for readers who need more, WCAG 1.4.12).
 * @cssprop --versus-word-spacing - Word spacing (for readers who need more, WCAG 1.4.12).
 * @cssprop --versus-loading-min-height - Space reserved while the data loads (default 12rem).
 * @cssprop --versus-scroll-margin - Extra space kept above an item scrolled to by a link or `reveal()`.
 *
 * @fires versus-toggle - An item opened or closed; `detail: { id, open }`.
 * @fires versus-search - The search text changed; `detail: { query, matches }`.
 * @fires versus-load - The data is loaded and its content shown (again after new data); `detail: { title }`.
 * @fires versus-error - The data could not be loaded or used; `detail` says what and where.
 */
export class FaqAccordion extends VersusElement {
  static override defaultStrings = faqAccordionStrings;
  static override styles = [VersusElement.styles, faqAccordionStyles];

  /** The level of each question's heading (2 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Lets any number of answers be open; by default opening one closes the others. */
  @property({ type: Boolean, reflect: true }) multiple = false;

  /**
   * Ids of the open items (attribute `open-items`, space-separated). An item's id is its `id` in
   * the data or a slug of its question, e.g. `can-i-use-flask-and-django-together-in-a-project`.
   * Without `multiple`, several ids still open them all (as "Expand all" does), and the next item
   * the reader opens closes them.
   */
  @property({ attribute: 'open-items', converter: words }) open: string[] = [];

  /** Adds a search box that narrows the questions and answers as you type. */
  @property({ type: Boolean }) searchable = false;

  /** Adds an "Expand all / Collapse all" button. */
  @property({ attribute: 'toggle-all', type: Boolean }) toggleAll = false;

  /** Opening an item writes its id into the URL hash (a hash naming an item always opens it). */
  @property({ attribute: 'hash-links', type: Boolean }) hashLinks = false;

  /** `as-is` prints the on-screen state; by default answers print expanded. */
  @property({ reflect: true }) print?: 'expanded' | 'as-is';

  /**
   * Emits one schema.org FAQPage JSON-LD block into the document head (merged across accordions).
   * Under Trusted Types it needs the policy name `versus-elements` to be allowed.
   */
  @property({ attribute: 'structured-data', type: Boolean }) structuredData = false;

  @state() private query = '';
  /** The open items before a search began, restored when it is cleared. */
  private beforeSearch?: string[];
  private opened = new Set<string>();
  private hashRead = false;
  private publishedFor?: Dataset;
  /**
   * Items the browser renders (content-visibility: auto skips those far off-screen): only these and
   * the first few shown get highlights.
   */
  private near = new WeakSet<Element>();
  private markTimer?: ReturnType<typeof setTimeout>;
  /** What the items were last rendered from, and where: a keystroke leaves their templates alone. */
  private rendered: unknown[] = [];
  private list?: Element | null;
  /** Whether highlights are shown, so clearing the query clears them once. */
  private marked = false;
  /** Whether the search hid items, so clearing the query shows them again once. */
  private filtered = false;

  private get entries(): FaqEntry[] {
    return this.model ? faqEntries(this.model) : [];
  }

  /** The query as searched: case, accents and runs of spaces do not count. */
  private get needle(): string {
    return fold(this.query.trim()).replace(/\s+/g, ' ');
  }

  /** Whether the FAQ has an item with this id (false until the data has loaded). */
  has(id: string): boolean {
    return this.entries.some((e) => e.id === id);
  }

  /** Opens an item. Returns false for an unknown id. */
  show(id: string): boolean {
    return this.setOpen(id, true);
  }

  /** Closes an item. Returns false for an unknown id. */
  hide(id: string): boolean {
    return this.setOpen(id, false);
  }

  /** Opens every item the search shows (in single mode too: the reader asked for all). */
  showAll(): void {
    for (const entry of this.visibleEntries()) this.setOpen(entry.id, true, true);
  }

  /** Closes every item the search shows. */
  hideAll(): void {
    for (const entry of this.visibleEntries()) this.setOpen(entry.id, false);
  }

  /**
   * Opens an item, clears a search that hides it, scrolls it into view (below a sticky header) and
   * focuses its question. Returns false if the id is unknown or the data has not loaded yet.
   */
  reveal(id: string, focus = true): boolean {
    return this.revealItem(id, focus, true);
  }

  private revealItem(id: string, focus: boolean, scroll: boolean): boolean {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return false;
    const needle = this.needle;
    if (needle && !entry.text.includes(needle)) this.search('');
    this.setOpen(id, true);
    if (scroll) void this.updateComplete.then(() => {
      const button = this.shadowRoot?.getElementById(id);
      if (!button) return;
      if (focus) button.focus({ preventScroll: true });
      scrollIntoViewBelowHeader(button, this);
    });
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    registerAccordion(this);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unregisterAccordion(this);
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.markTimer);
    highlightMatches(this, [], '');
    publishFaq(this, undefined);
    this.publishedFor = undefined;
  }

  private visibleEntries(): FaqEntry[] {
    const needle = this.needle;
    return needle ? this.entries.filter((e) => e.text.includes(needle)) : this.entries;
  }

  private setOpen(id: string, open: boolean, keepOthers = this.multiple): boolean {
    if (!this.entries.some((e) => e.id === id)) return false;
    if (this.open.includes(id) !== open) this.changeOpen(open ? [...(keepOthers ? this.open : []), id] : this.open.filter((o) => o !== id));
    return true;
  }

  /** Sets the open items and tells listeners (and the URL, with `hash-links`) what closed and what opened. */
  private changeOpen(next: string[]): void {
    const before = this.open;
    this.open = next;
    for (const id of before) if (!next.includes(id)) this.toggled(id, false);
    for (const id of next) if (!before.includes(id)) this.toggled(id, true);
  }

  private toggled(id: string, open: boolean): void {
    emit(this, 'versus-toggle', { id, open });
    if (open) this.opened.add(id);
    if (this.hashLinks) {
      // From the page's own path: a bare "#id" would resolve against a <base href> (Angular apps).
      if (open) history.replaceState(history.state, '', `${location.pathname}${location.search}#${id}`);
      else if (hashId() === id) history.replaceState(history.state, '', location.pathname + location.search);
    }
  }

  private search(value: string): void {
    const had = this.needle;
    this.query = value;
    const needle = this.needle;
    if (needle && !had) this.beforeSearch = this.open;
    if (!needle && this.beforeSearch) {
      // Items opened or closed during the search go back as they were, and listeners hear of it.
      this.changeOpen(this.beforeSearch.filter((id) => this.has(id)));
      this.beforeSearch = undefined;
    }
    emit(this, 'versus-search', { query: value, matches: this.visibleEntries().length });
  }

  /** "Show all" leaves with the search that matched nothing: the search box keeps the focus. */
  private readonly onShowAll = (): void => {
    this.search('');
    this.renderRoot.querySelector<HTMLInputElement>('[part="search"]')?.focus();
  };

  private readonly onHashChange = (): void => {
    const id = hashId();
    // A page's own `#pricing` anchor belongs to the page, even when an item has that id too.
    if (!id || document.getElementById(id)) return;
    this.revealItem(id, false, firstHaving(id) === this);
  };

  private onClick(event: Event): void {
    const button = (event.target as Element).closest('.question');
    if (button) this.setOpen(button.id, !this.open.includes(button.id));
  }

  private onKeydown(event: KeyboardEvent): void {
    const current = (event.target as Element).closest('.question');
    const next = current && questionAfterKey(this.renderRoot, current, event);
    if (!next) return;
    event.preventDefault();
    next.focus();
  }

  /** Find-in-page or a text fragment reached a collapsed answer: the browser shows it, we record it. */
  private onBeforeMatch(event: Event): void {
    const answer = (event.target as Element).closest('.answer');
    if (answer) this.setOpen(answer.id.slice(0, -2), true);
  }

  /**
   * The browser tells which items it starts or stops rendering (it tracks them anyway for
   * content-visibility: auto), so near-viewport highlighting costs no observer of a thousand items.
   * Highlights follow once the frame's changes are all in.
   */
  private readonly onRenderingChange = {
    capture: true, // the event does not bubble
    handleEvent: (event: Event): void => {
      const item = event.target as Element;
      if ((event as Event & { skipped: boolean }).skipped) this.near.delete(item);
      else this.near.add(item);
      if (!this.needle) return;
      clearTimeout(this.markTimer);
      this.markTimer = setTimeout(() => this.mark());
    },
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Without its box nothing could clear the search: turning `searchable` off ends it.
    if (changed.has('searchable') && !this.searchable && this.query) this.search('');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Lit still updates a removed element (a late load, a property set): it writes nothing to the
    // page then, as disconnectedCallback has taken back what it wrote. Reconnecting updates again.
    const connected = this.isConnected;
    // Search engines are told only about questions the page shows.
    const wanted = this.structuredData && connected ? this.shownData : undefined;
    if (wanted !== this.publishedFor) {
      this.publishedFor = wanted;
      publishFaq(this, wanted && this.entries);
    }
    if (!this.model) return;
    if (!this.hashRead && connected) {
      this.hashRead = true;
      if (location.hash) this.onHashChange();
    }
    const root = this.renderRoot;
    this.list = root.querySelector('.list');
    const items = this.items();
    const entries = this.entries;
    const needle = this.needle;
    if (needle || this.filtered) {
      for (let i = 0; i < items.length; i++) {
        const hide = !!needle && !entries[i]?.text.includes(needle);
        if (items[i].hidden !== hide) items[i].hidden = hide;
      }
    }
    this.filtered = !!needle;
    if (connected && (needle || this.marked)) this.mark();
    if (this.opened.size) {
      growOpen([...this.opened].map((id) => root.querySelector<HTMLElement>(`[id="${id}_a"]`)));
      this.opened.clear();
    }
  }

  private items(): HTMLCollectionOf<HTMLElement> {
    return (this.list?.children ?? []) as HTMLCollectionOf<HTMLElement>;
  }

  /**
   * Highlights matches in the first shown items and those near the viewport: marking every match
   * of a one-letter query in a thousand entries would cost more than the rest of the keystroke.
   */
  private mark(): void {
    const needle = this.needle;
    const targets: Element[] = [];
    // Without the browser's word on what it renders, every shown item is marked.
    const everyItem = !('ContentVisibilityAutoStateChangeEvent' in globalThis);
    let shown = 0;
    if (needle) {
      for (const item of this.items()) {
        if (item.hidden || (shown++ >= 20 && !everyItem && !this.near.has(item))) continue;
        targets.push(...item.querySelectorAll('.question, .answer:not([hidden])'));
      }
    }
    highlightMatches(this, targets, needle);
    this.marked = !!needle;
  }

  protected override renderContent(data: Dataset): unknown {
    const entries = faqEntries(data);
    if (!entries.length) return nothing;
    const ui = this.ui;
    const needle = this.needle;
    const open = new Set(this.open);
    const tag = headingTag(this.headingLevel);
    const regions = entries.length <= MAX_REGIONS;
    let matches = 0;
    let allOpen = true;
    for (const e of entries) {
      if (needle && !e.text.includes(needle)) continue;
      matches++;
      allOpen &&= open.has(e.id);
    }
    // Items depend on neither the query nor the count: a keystroke only toggles their `hidden` (in `updated`).
    const key = [entries, this.open, tag, regions];
    // A list no longer in place (an error state replaced it) must be rendered afresh.
    const items = this.list?.parentNode && key.every((k, i) => k === this.rendered[i]) ? noChange : entries.map((e) => renderItem(e, tag, open.has(e.id), regions));
    this.rendered = key;
    const status = !needle ? nothing : matches ? format(ui.faqMatches, { count: matches, total: entries.length }, ui.language) : format(ui.faqNoMatches, { query: this.query.trim() }, ui.language);
    return html`
      ${this.searchable || this.toggleAll
        ? html`<div class="controls" part="controls">
            ${this.searchable
              ? html`<label class="search"
                  ><span part="search-label" lang=${ifDefined(ui.langAttr)}>${ui.faqSearchLabel}</span>
                  <input part="search" type="search" autocomplete="off" .value=${this.query} @input=${(event: Event) => this.search((event.target as HTMLInputElement).value)}
                /></label>`
              : nothing}
            ${this.toggleAll && matches
              ? html`<button class="button" part="toggle-all" type="button" lang=${ifDefined(ui.langAttr)} @click=${() => (allOpen ? this.hideAll() : this.showAll())}>
                  ${allOpen ? ui.collapseAll : ui.expandAll}
                </button>`
              : nothing}
          </div>`
        : nothing}
      ${this.searchable ? html`<p class="status ${matches ? '' : 'none'}" part="status" role="status" lang=${ifDefined(ui.langAttr)}>${status}</p>` : nothing}
      ${needle && !matches ? html`<button class="button" part="show-all" type="button" lang=${ifDefined(ui.langAttr)} @click=${this.onShowAll}>${ui.showAll}</button>` : nothing}
      <div
        class="list"
        part="list"
        @click=${this.onClick}
        @keydown=${this.onKeydown}
        @beforematch=${this.onBeforeMatch}
        @contentvisibilityautostatechange=${this.onRenderingChange}
      >${items}</div>
    `;
  }
}
