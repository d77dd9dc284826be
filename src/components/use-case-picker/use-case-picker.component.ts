import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Dataset, DecisionQuestion } from '../../data/types.js';
import { emit } from '../../shared/events.js';
import { format } from '../../shared/strings.js';
import { VersusElement } from '../../shared/versus-element.js';
import { useCasePickerStrings } from './use-case-picker.strings.js';
import { parseAnswers, readUrlAnswers, serializeAnswers, URL_PARAM, writeUrlAnswers } from './answers.js';
import { renderSuggestion, renderUseCaseChoices } from './browse-view.js';
import { renderForm, renderSteps, type LayoutContext } from './layouts.js';
import { renderQuestion } from './question-view.js';
import { recommendedNames, renderResult, strengthLabel } from './result-view.js';
import { onTargetDefined, revealableItems, revealItem, type RevealKind } from './reveal.js';
import { recommend, resultReasons, type Answers, type Recommendation } from './scoring.js';
import { useCasePickerStyles } from './use-case-picker.styles.js';

/**
 * @summary "Which one fits my project?": a short guided decision from the dataset's questions, or
 * the article's project types to browse, with the reasons behind each suggestion.
 *
 * @csspart base - The wrapper of everything the element renders.
 * @csspart question - A question's fieldset.
 * @csspart prompt - A question's legend.
 * @csspart progress - "Question 2 of 6" in steps layout.
 * @csspart help - A question's help text.
 * @csspart option - One answer: its label and input.
 * @csspart actions - The row of buttons (back, skip, next, start over).
 * @csspart button - Each button of that row.
 * @csspart result - The recommendation (and, in browse mode, the suggestion).
 * @csspart result-title - The recommendation's heading.
 * @csspart strength - "Clear fit", "Leaning" or "Either fits".
 * @csspart based-on - How many questions the result rests on.
 * @csspart side - The reasons for one subject.
 * @csspart side-title - Its heading.
 * @csspart reasons - A list of reasons.
 * @csspart reason - One reason.
 * @csspart example - A real-world example behind a reason.
 * @csspart reveal - A button that shows the matching FAQ entry or feature elsewhere on the page.
 * @csspart scores - The score of each subject.
 * @csspart loading - The placeholder shown while data loads.
 * @csspart error - The message shown when data cannot be used.
 * @csspart retry - The "Try again" button of a network error.
 *
 * @cssprop --versus-color-text - Text colour.
 * @cssprop --versus-color-muted - Secondary text colour (progress, help, scores).
 * @cssprop --versus-color-surface - Background colour.
 * @cssprop --versus-color-surface-alt - Background of the result and of a chosen answer.
 * @cssprop --versus-color-border - Border of the answer options.
 * @cssprop --versus-color-border-subtle - Border of questions and the result.
 * @cssprop --versus-color-accent - Buttons, chosen answers and the strength badge.
 * @cssprop --versus-color-accent-contrast - Text on the accent colour.
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
 * @fires versus-answer - An answer was chosen or a question skipped: `detail: { question, answer }` (`answer` is `null` when skipped, a list for multiple-answer questions).
 * @fires versus-use-case - In browse mode, the reader chose a project type: `detail: { useCase, subject }`.
 * @fires versus-recommend - A result is shown: `detail: { subject, leaders, strength, scores, reasons }` (`leaders` has every subject of a tie).
 * @fires versus-load - The data is loaded and its content shown (again after new data); `detail: { title }`.
 * @fires versus-error - The data could not be loaded or used; `detail` says what and where.
 */
export class UseCasePicker extends VersusElement {
  static override defaultStrings = useCasePickerStrings;
  static override styles = [VersusElement.styles, useCasePickerStyles];

  /** `steps` asks one question at a time; `form` shows every question at once. */
  @property({ reflect: true }) layout: 'steps' | 'form' = 'steps';

  /** `questions` runs the guided decision; `browse` lists the article's project types. */
  @property({ reflect: true }) mode: 'questions' | 'browse' = 'questions';

  /**
   * The answers, e.g. `project-size:small,deadline:tight` (a skipped question is `deadline:-`).
   * Set it to preset answers; it follows the user's choices. When every question is answered or
   * skipped, the result shows.
   */
  @property() value = '';

  /**
   * Keeps the answers in the page URL (`?versus-answers=…`) so a result can be shared and resumed;
   * Back and Forward bring back the answers the URL held.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The query parameter `sync-url` uses: give each picker on a page its own. */
  @property({ attribute: 'url-param' }) urlParam = URL_PARAM;

  /**
   * In browse mode, the id of the chosen project type (`useCases[].id` in the data): set it to
   * preset one; it follows the reader's choice. An id the data does not have chooses none.
   */
  @property({ attribute: 'use-case' }) useCase?: string;

  /** The level of the result's heading (2 to 6); the headings inside it are one level lower. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private answers: Answers = {};
  @state() private skipped = new Set<string>();
  @state() private step = 0;
  @state() private showResult = false;
  @state() private announcement = '';
  /** The project type an announcement in browse mode is about: dataset text, in the content's language. */
  @state() private announcedUseCase = '';

  private ownValue?: string;
  private presetModel?: Dataset;
  private canReveal: (kind: RevealKind, id: string) => boolean = () => false;
  /** Whether the targets of the reason links may have changed since `canReveal` was found. */
  private targetsChanged = true;
  private pendingRecommend = false;
  private stopWatchingTags?: () => void;
  private pendingFocus?: 'step' | 'result';

  private get questions(): DecisionQuestion[] {
    return this.model?.decision?.questions ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    // Reason links appear once a target element is defined, even if it upgrades after the result,
    // and once one shows its data, even if it loads later or joins the page later.
    this.targetsChanged = true;
    this.stopWatchingTags = onTargetDefined(() => this.onTargetsChanged());
    // A target that shows new data, or can no longer show any, changes which links work.
    document.addEventListener('versus-load', this.onTargetLoad);
    document.addEventListener('versus-error', this.onTargetLoad);
    window.addEventListener('popstate', this.onHistory);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingTags?.();
    document.removeEventListener('versus-load', this.onTargetLoad);
    document.removeEventListener('versus-error', this.onTargetLoad);
    window.removeEventListener('popstate', this.onHistory);
  }

  /** With `sync-url`, Back and Forward bring back the answers the URL held then. */
  private readonly onHistory = (): void => {
    if (!this.syncUrl || !this.model) return;
    const fromUrl = readUrlAnswers(this.urlParam) ?? '';
    if (fromUrl === this.ownValue) return;
    this.applyPreset(fromUrl);
    this.value = this.ownValue ?? '';
  };

  /** A link whose target is gone (removed from the page, say) goes away, and focus goes to the result. */
  private readonly onReveal = (kind: RevealKind, id: string): void => {
    if (revealItem(kind, id)) return;
    this.pendingFocus = 'result';
    this.onTargetsChanged();
  };

  private readonly onTargetLoad = (event: Event): void => {
    const source = event.composedPath()[0] as Element;
    if (source.localName === 'faq-accordion' || source.localName === 'feature-matrix') this.onTargetsChanged();
  };

  /** Looks for the targets again at the next render that shows a result (a search walks the page). */
  private onTargetsChanged(): void {
    this.targetsChanged = true;
    if (this.showResult) this.requestUpdate();
  }

  protected override configProblem(data: Dataset): string | undefined {
    if (this.mode === 'browse') return data.useCases?.length ? undefined : this.ui.pickerNoUseCases;
    const questions = data.decision?.questions ?? [];
    if (!questions.length) return this.ui.pickerNoQuestions;
    const unknown = parseAnswers(this.value, questions).unknown;
    if (!unknown) return undefined;
    const pair = `${unknown.question}:${unknown.answer}`;
    return format(this.ui.pickerUnknownAnswer, { pair, attribute: 'value', known: questions.map((q) => q.id).join(', ') }, this.ui.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // What the live region said belongs to the view it was said in.
    if (changed.has('mode')) this.announcement = '';
    if (this.model && this.useCase && !this.model.useCases?.some((u) => u.id === this.useCase)) {
      this.useCase = undefined;
      this.announcement = '';
    }
    if (this.model && this.model !== this.presetModel) {
      const switched = this.presetModel !== undefined;
      // Server HTML knew no URL: it hydrates with the given answers, and the URL's follow in the next update.
      const hydrating = this.syncUrl && !!this.serverRendered;
      if (hydrating) void this.updateComplete.then(() => this.requestUpdate());
      else this.presetModel = this.model;
      const fromUrl = this.syncUrl && !isServer && !switched && !hydrating ? readUrlAnswers(this.urlParam) : null;
      // Other data keeps the answers to the questions it shares; the rest are dropped, not an error.
      // Unless the page gives a value with the data, which then must fit it.
      const carried = switched && !changed.has('value');
      this.applyPreset(fromUrl ?? this.value);
      // The next update applies the preset again, with the URL's answers: the result is announced then, once.
      if (hydrating) this.pendingRecommend = false;
      // Answers resumed from the URL are the picker's value, as if just chosen.
      if (fromUrl !== null || carried) this.value = this.ownValue ?? '';
      if (carried) this.writeUrl();
    } else if (this.model && changed.has('value') && this.value !== this.ownValue) {
      this.applyPreset(this.value);
      this.writeUrl();
    }
    // A new result may be shown long after the last search: look again then, not at every render.
    if (!this.showResult) this.targetsChanged = true;
    if (this.showResult && this.targetsChanged && !isServer) {
      this.targetsChanged = false;
      this.canReveal = revealableItems();
    }
  }

  private applyPreset(value: string): void {
    const { answers, skipped } = parseAnswers(value, this.questions);
    this.answers = answers;
    this.skipped = skipped;
    this.ownValue = serializeAnswers(answers, skipped, this.questions);
    const next = this.questions.findIndex((q) => !answers[q.id]?.length && !skipped.has(q.id));
    this.showResult = this.questions.length > 0 && next === -1;
    // From a result, Back goes to the last question, as after answering them one by one.
    this.step = next === -1 ? Math.max(0, this.questions.length - 1) : next;
    this.pendingRecommend = this.showResult;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingRecommend && this.showResult && this.recommendation) {
      this.pendingRecommend = false;
      const { subject, leaders, strength, scores } = this.recommendation;
      const reasons = resultReasons(this.recommendation).map((r) => ({ subject: r.subject, text: r.text }));
      emit(this, 'versus-recommend', { subject, leaders: [...leaders], strength, scores, reasons });
    }
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    const root = this.renderRoot;
    if (focus === 'result') root.querySelector<HTMLElement>('.result-focus')?.focus();
    if (focus === 'step') {
      const inputs = root.querySelectorAll<HTMLInputElement>('fieldset input');
      ([...inputs].find((input) => input.checked) ?? inputs[0])?.focus();
    }
  }

  private get recommendation(): Recommendation | undefined {
    return this.model ? recommend(this.model.subjects, this.questions, this.answers) : undefined;
  }

  /** Records the answers in `value` and, with `sync-url`, in the address bar. */
  private commit(): void {
    this.ownValue = serializeAnswers(this.answers, this.skipped, this.questions);
    this.value = this.ownValue;
    this.writeUrl();
  }

  /** With `sync-url`, puts the answers in force in the address bar. */
  private writeUrl(): void {
    if (this.syncUrl && !isServer) writeUrlAnswers(this.ownValue ?? '', this.urlParam);
  }

  private choose(question: DecisionQuestion, answerId: string, checked: boolean): void {
    const before = this.answers[question.id] ?? [];
    const chosen = question.multiple ? (checked ? [...before, answerId] : before.filter((id) => id !== answerId)) : [answerId];
    this.answers = { ...this.answers, [question.id]: chosen };
    this.skipped = new Set([...this.skipped].filter((id) => id !== question.id));
    this.commit();
    emit(this, 'versus-answer', { question: question.id, answer: question.multiple ? chosen : answerId });
    // In the form layout the result stays beside the questions: a changed answer is a new result.
    if (this.showResult) this.finish();
  }

  /** Moves on from the current step; without an answer that is a skip. */
  private advance(skip: boolean): void {
    const question = this.questions[this.step];
    if (!question) return;
    if (skip || !this.answers[question.id]?.length) {
      this.answers = { ...this.answers, [question.id]: [] };
      this.skipped = new Set([...this.skipped, question.id]);
      this.commit();
      emit(this, 'versus-answer', { question: question.id, answer: null });
    }
    if (this.step < this.questions.length - 1) {
      this.step++;
      this.pendingFocus = 'step';
    } else {
      this.finish();
    }
  }

  private finish(): void {
    this.showResult = true;
    this.pendingRecommend = true;
    // The reader acts on a result: a target moved in since the last search gets its links.
    this.targetsChanged = true;
    const rec = this.recommendation!;
    // Steps: focus moves onto the recommendation and its strength, which screen readers read out;
    // announcing the same sentence as well would say it twice. The form layout keeps focus, so it announces.
    if (this.layout === 'steps') {
      this.pendingFocus = 'result';
      this.announcement = '';
    } else {
      this.pendingFocus = undefined;
      const ui = this.ui;
      const recommendation = format(ui.recommendation, { subject: recommendedNames(this.model!, rec, ui.textLang) }, ui.language);
      this.announcement = format(ui.recommendationSpoken, { recommendation, strength: strengthLabel(ui, rec.strength) }, ui.language);
    }
  }

  private back(): void {
    if (this.showResult) this.showResult = false;
    else this.step = Math.max(0, this.step - 1);
    this.pendingFocus = 'step';
    this.announcement = '';
  }

  private restart(): void {
    this.answers = {};
    this.skipped = new Set();
    this.step = 0;
    this.showResult = false;
    this.announcement = '';
    this.pendingFocus = 'step';
    this.commit();
  }

  private pick(id: string): void {
    this.useCase = id;
    const useCase = this.model?.useCases?.find((u) => u.id === id);
    const subject = this.model?.subjects.find((s) => s.id === useCase?.subject)?.name ?? '';
    // Named with the project type: a second type that suggests the same subject is news too.
    this.announcedUseCase = useCase?.title ?? '';
    this.announcement = `${this.ui.labelSuffix} ${format(this.ui.suggests, { subject }, this.ui.language)}`;
    if (useCase) emit(this, 'versus-use-case', { useCase: id, subject: useCase.subject });
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    if (this.layout === 'steps') return this.advance(false);
    // Questions left open count as skipped, as in the steps, so the value and the URL hold the result.
    const open = this.questions.filter((q) => !this.answers[q.id]?.length && !this.skipped.has(q.id));
    if (open.length) {
      this.skipped = new Set([...this.skipped, ...open.map((q) => q.id)]);
      this.commit();
      for (const q of open) emit(this, 'versus-answer', { question: q.id, answer: null });
    }
    this.finish();
  }

  protected override renderContent(data: Dataset): unknown {
    return html`${this.mode === 'browse' ? this.renderBrowse(data) : this.renderQuestions(data)}
      <div class="visually-hidden" role="status">${this.announcement && this.mode === 'browse' ? this.announcedUseCase : nothing}<span lang=${ifDefined(this.ui.langAttr)}>${this.announcement}</span></div>`;
  }

  private renderBrowse(data: Dataset) {
    const useCases = data.useCases ?? [];
    const picked = useCases.find((u) => u.id === this.useCase);
    return html`${renderUseCaseChoices(useCases, this.ui, this.useCase, (id) => this.pick(id))}
    ${picked ? renderSuggestion(data, picked, this.ui, this.headingLevel) : nothing}`;
  }

  private renderQuestions(data: Dataset) {
    const ui = this.ui;
    const questions = this.questions;
    const rec = this.showResult ? this.recommendation : undefined;
    const context = { data, ui, headingLevel: this.headingLevel, canReveal: this.canReveal, onReveal: this.onReveal };
    const layout: LayoutContext = {
      ui,
      questions,
      step: this.step,
      started: Object.keys(this.answers).length > 0 || this.skipped.size > 0,
      result: rec ? renderResult(context, rec, questions.length) : nothing,
      renderQuestion: (q, index) =>
        renderQuestion(q, {
          idPrefix: 'q',
          chosen: this.answers[q.id] ?? [],
          progress: this.layout === 'steps' ? format(ui.questionProgress, { current: index + 1, total: questions.length }, ui.language) : undefined,
          lang: ui.langAttr,
          onChange: (question, id, checked) => this.choose(question, id, checked),
        }),
      onSubmit: (event) => this.onSubmit(event),
      onBack: () => this.back(),
      onSkip: () => this.advance(true),
      onRestart: () => this.restart(),
    };
    return this.layout === 'form' ? renderForm(layout) : renderSteps(layout);
  }
}
