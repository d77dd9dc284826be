/**
 * The base of every versus element: finds the data (in this order: the `data` property, an inline
 * `<script type="application/json">` child, the `src` URL, the bundled article), shows loading,
 * ready or error states, and resolves UI strings. Subclasses only implement `renderContent`.
 */
import { html, isServer, LitElement, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { checkDataset, loadBundledDataset, onDatasetLoaded, parseInlineDataset, requestDataset, type DatasetRequest, type LoadResult } from '../data/load.js';
import type { Dataset } from '../data/types.js';
import { baseStyles } from './base-styles.js';
import { emit, type VersusErrorDetail } from './events.js';
import { isRightToLeft } from './direction.js';
import { renderFailure } from './failure-view.js';
import { format, onStringsChange, resolveStrings, type UiStrings, type UiText } from './strings.js';
import { VERSION } from './version.js';

export abstract class VersusElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];
  static versusVersion = VERSION;
  /** The element's own UI strings (its `<tag>.strings.ts`), over the shared ones. */
  static defaultStrings: Partial<UiStrings> = {};

  /**
   * The dataset as an object. Wins over every other source. `null` (an async pipe before its first
   * value) means "coming": without an inline script or `src`, the element shows its loading state
   * instead of the bundled article. Give a new object to change it: one changed in place is not noticed.
   */
  @property({ attribute: false }) data?: unknown;

  /** URL of a dataset JSON file. Elements naming the same URL share one fetch. */
  @property({ reflect: true }) src?: string;

  /** `light`, `dark`, or `auto` (the default: follows the OS setting). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Overrides some UI strings for this element only (see `setVersusStrings` for the whole page). */
  @property({ attribute: false }) strings?: Partial<UiStrings>;

  /** The validated dataset once it is ready. */
  @state() protected model?: Dataset;
  @state() protected failure?: VersusErrorDetail;

  private request?: DatasetRequest;
  private sourceKey?: unknown;
  private loadToken = 0;
  private pendingLoad: Promise<unknown> = Promise.resolve();
  /** Ends the wait of `data = null` when a source is given. */
  private dataComing?: () => void;
  private stopListening?: () => void;
  private childWatcher?: MutationObserver;
  private reportedConfigError?: string;
  /** Failures applied, and reported: the same error again (an invalid object given twice) is news too. */
  private failures = 0;
  private reportedFailures = 0;
  private announcedModel?: Dataset;
  private holdingFocus = false;
  private boxFocused = false;
  /** What had focus in this element's shadow trees when an update began. */
  private focusBefore?: HTMLElement;

  /**
   * The server HTML (@lit-labs/ssr) this element was upgraded with, until its first update, when
   * Lit hydrates it: that update must render what the server did. The server shows content only
   * for data given as a property; a source it cannot read (`src`, an inline script, the article)
   * it shows as loading.
   */
  protected serverRendered?: 'loading' | 'content';

  constructor() {
    super();
    if (!isServer && this.shadowRoot && 'litElementHydrateSupport' in globalThis) {
      this.serverRendered = this.shadowRoot.querySelector('[part~="loading"]') ? 'loading' : 'content';
    }
  }

  /**
   * The UI strings in force: defaults, then page-wide overrides, then this element's; with the
   * `lang` (`langAttr`) their text needs inside this dataset's content.
   */
  protected get ui(): UiText {
    return resolveStrings((this.constructor as typeof VersusElement).defaultStrings, this.strings, this.model?.lang);
  }

  /**
   * Resolves once the data source has settled and the element has rendered the result:
   * `true` when content is shown, `false` when an error is.
   */
  get loadComplete(): Promise<boolean> {
    return (async () => {
      await this.updateComplete; // the source is chosen during the first update
      let seen: Promise<unknown>;
      do {
        seen = this.pendingLoad;
        await seen;
      } while (seen !== this.pendingLoad);
      await this.updateComplete;
      return this.model !== undefined && !this.failure && !this.configError;
    })();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const stopStrings = onStringsChange(() => this.requestUpdate());
    // Another element sharing this URL got it with "Try again": this one shows it too.
    const stopLoads = onDatasetLoaded((url) => {
      if (this.failure && this.request?.url === url) this.resolveSource(true);
    });
    this.stopListening = () => {
      stopStrings();
      stopLoads();
    };
    // An inline JSON script added, edited or removed later (a CMS, a streamed page) is a new source.
    if (!isServer) {
      this.childWatcher ??= new MutationObserver(() => this.requestUpdate());
      this.childWatcher.observe(this, { childList: true, characterData: true, subtree: true });
    }
    // The source is chosen in willUpdate, not here: frameworks (e.g. @lit/react) set `data` just
    // after connecting, and Lit restores properties set before the upgrade only at the first
    // update. Choosing now would start downloading the bundled article for nothing.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.childWatcher?.disconnect();
    this.request?.release();
    this.request = undefined;
    // Moved, not gone (a keyed list, a portal): a settled load is kept, so the element does not
    // fall back to "Loading" and announce it. One still pending may have been cancelled just now.
    if (!this.model && !this.failure) this.sourceKey = undefined;
  }

  /** Loads the data again, e.g. after a network failure. */
  retry(): void {
    // The button pressed goes away while loading: focus waits on the element's box instead of
    // falling to the page, and returns to a new "Try again" if this attempt fails too.
    this.holdingFocus = !!this.shadowRoot?.activeElement;
    this.resolveSource(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolveSource(); // cheap when nothing changed: the source key is compared first
    let active = isServer ? null : this.shadowRoot?.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    this.focusBefore = (active as HTMLElement | null | undefined) ?? undefined;
  }

  /** Server HTML with content hydrates only with that content: the page sets the same data, soon. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (this.serverRendered === 'content' && this.data == null) {
      this.pendingLoad = this.dataComing ? this.pendingLoad : new Promise<void>((resolve) => (this.dataComing = resolve));
      return false;
    }
    return super.shouldUpdate(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.serverRendered = undefined;
    // Reported once the element's own willUpdate has fitted its state to new data (as the picker
    // does with answers), so only a problem that is really shown is reported.
    const problem = this.configError;
    // A removed element reports nothing: it shows nothing. Once back on the page, it does.
    const connected = this.isConnected;
    if (connected && this.failures !== this.reportedFailures) {
      this.reportedFailures = this.failures;
      if (this.failure) emit(this, 'versus-error', this.failure);
    }
    if (connected && problem !== this.reportedConfigError) {
      this.reportedConfigError = problem;
      if (problem) emit(this, 'versus-error', { kind: 'config', message: problem });
    }
    if (this.holdingFocus) this.placeHeldFocus();
    else if (this.focusBefore && !this.shadowRoot?.activeElement) {
      const before = this.focusBefore;
      queueMicrotask(() => void this.restoreFocus(before));
    }
    this.focusBefore = undefined;
    const shown = problem || this.failure ? undefined : this.model;
    if (connected && shown !== this.announcedModel) {
      if (shown) emit(this, 'versus-load', { title: shown.title });
      this.announcedModel = shown;
    }
  }

  private placeHeldFocus(): void {
    const retry = this.failure && this.renderRoot.querySelector<HTMLElement>('[part="retry"]');
    if (retry) retry.focus();
    else if (!this.boxFocused) {
      this.boxFocused = true;
      this.renderRoot.querySelector<HTMLElement>('.root')?.focus();
    }
    if (retry || this.model) this.holdingFocus = false;
  }

  /**
   * Focus was lost in an update (a page's script changed what is shown, or a section moved in the
   * DOM): unless the element or the page put it somewhere, it goes back to the control if that is
   * still there, else to `focusFallback()`, else to the element's box, never to `<body>`.
   */
  private async restoreFocus(before: HTMLElement): Promise<void> {
    const active = document.activeElement;
    if (this.shadowRoot?.activeElement || !this.isConnected || (active && active !== document.body)) return;
    if (before.isConnected) before.focus({ preventScroll: true });
    if (!this.shadowRoot?.activeElement) this.focusFallback()?.focus({ preventScroll: true });
    if (this.shadowRoot?.activeElement) return;
    this.boxFocused = true;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.root')?.focus({ preventScroll: true });
  }

  /** Where focus goes when the control that had it is gone; none means the element's box. */
  protected focusFallback(): HTMLElement | null {
    return null;
  }

  private onBoxBlur(event: FocusEvent): void {
    // The box is focusable only while it holds the focus of a retry or of a control that went away.
    if (event.target !== event.currentTarget) return;
    this.boxFocused = false;
    this.requestUpdate();
  }

  /** The dataset whose content is on screen: none while loading or while an error shows. */
  protected get shownData(): Dataset | undefined {
    return this.model && !this.failure && !this.configError ? this.model : undefined;
  }

  private get configError(): string | undefined {
    return this.model && !this.failure ? this.configProblem(this.model) : undefined;
  }

  /** Says what in this element's attributes does not fit the data (e.g. an unknown subject id). */
  protected configProblem(_data: Dataset): string | undefined {
    return undefined;
  }

  /** Checks space-separated subject ids from an attribute; returns an error message or undefined. */
  protected unknownSubjects(data: Dataset, ids: string[], attribute: string): string | undefined {
    const known = data.subjects.map((s) => s.id);
    const unknown = ids.find((id) => !known.includes(id));
    return unknown === undefined ? undefined : format(this.ui.unknownSubject, { id: unknown, attribute, known: known.join(', ') }, this.ui.language);
  }

  private resolveSource(force = false): void {
    const inline = isServer ? null : this.querySelector(':scope > script[type="application/json"]');
    const key =
      this.data != null ? this.data : inline ? `inline:${inline.textContent}` : this.src ? `src:${this.src}` : this.data === null ? 'coming' : 'bundled';
    if (!force && key === this.sourceKey) return;
    this.sourceKey = key;
    const token = ++this.loadToken;
    this.request?.release();
    this.request = undefined;
    // loadComplete waits on pendingLoad: release a wait for data only once the new source is in it.
    const release = this.dataComing;
    this.dataComing = undefined;
    this.pendingLoad = Promise.resolve();
    try {
      if ((this.data != null || inline) && this.serverRendered === 'loading') {
        // The server had no data it could read (a src, an inline script): "Loading" is hydrated
        // first, and the data the browser has follows in the next update.
        this.sourceKey = undefined;
        this.pendingLoad = this.updateComplete.then(() => {
          this.requestUpdate();
          return this.updateComplete;
        });
        return;
      }
      if (this.data != null) return this.apply(checkDataset(this.data, 'the data property'));
      if (inline) return this.apply(parseInlineDataset(inline.textContent ?? ''));
      if (key === 'coming') {
        // An async pipe before its first value: the page's data is on its way, so the bundled
        // article is neither downloaded nor shown (nor announced by versus-load) meanwhile.
        this.model = undefined;
        this.failure = undefined;
        this.pendingLoad = new Promise<void>((resolve) => (this.dataComing = resolve));
        return;
      }
      if (!isServer) this.load(token);
    } finally {
      release?.();
    }
  }

  private load(token: number): void {
    this.model = undefined;
    this.failure = undefined;
    let result: Promise<LoadResult>;
    if (this.src) {
      this.request = requestDataset(this.src, document.baseURI);
      result = this.request.result;
    } else {
      result = loadBundledDataset();
    }
    this.pendingLoad = result.then((settled) => {
      if (token === this.loadToken) this.apply(settled);
    });
  }

  private apply(result: LoadResult): void {
    if (result.ok) {
      this.model = result.data;
      this.failure = undefined;
      return;
    }
    if (result.error.kind === 'aborted') return;
    this.model = undefined;
    this.failure = result.error;
    this.failures++;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const lang = this.model?.lang;
    const focusable = this.holdingFocus || this.boxFocused;
    // A right-to-left language lays the content out right to left on any page; others follow the page.
    const dir = lang && isRightToLeft(lang) ? 'rtl' : undefined;
    const loading = !this.failure && !this.model;
    const ui = this.ui;
    // The status region stays in place, empty, while content or an error shows: "Loading" written
    // into a region the screen reader already knows is announced; a region created with its text often is not.
    return html`<div class="root" part="base" lang=${ifDefined(lang)} dir=${ifDefined(dir)} tabindex=${ifDefined(focusable ? '-1' : undefined)} @focusout=${this.onBoxBlur}>
      <div class=${loading ? 'load-status state loading' : 'load-status visually-hidden'} part=${ifDefined(loading ? 'loading' : undefined)} role="status" lang=${ifDefined(ui.langAttr)}>${loading ? ui.loading : nothing}</div>
      ${loading ? nothing : this.renderState(ui)}
    </div>`;
  }

  /** The error or the content (not called while loading). */
  private renderState(ui: UiText): unknown {
    if (this.failure) return renderFailure(ui, this.failure, () => this.retry());
    if (!this.model) return nothing;
    const problem = this.configProblem(this.model);
    if (problem) return renderFailure(ui, { kind: 'config', message: problem }, () => this.retry());
    return this.renderContent(this.model);
  }

  /** Renders the element's content from a valid dataset. */
  protected abstract renderContent(data: Dataset): unknown;
}
