/** The picker's result: the recommendation, its strength, the reasons on each side, the scores. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Dataset } from '../../data/types.js';
import { heading, subHeadingLevel } from '../../shared/heading.js';
import { formatList } from '../../shared/list-format.js';
import { format, type UiStrings, type UiText } from '../../shared/strings.js';
import type { RevealKind } from './reveal.js';
import { reasonsFor, type Recommendation, type ScoredReason, type Strength } from './scoring.js';

export interface ResultContext {
  data: Dataset;
  ui: UiText;
  headingLevel: number;
  /** The kinds of element on the page that can reveal an FAQ entry or a feature. */
  canReveal: (kind: RevealKind, id: string) => boolean;
  onReveal: (kind: RevealKind, id: string) => void;
}

export const strengthLabel = (ui: UiStrings, strength: Strength): string =>
  strength === 'clear-fit' ? ui.strengthClearFit : strength === 'leaning' ? ui.strengthLeaning : ui.strengthEitherFits;

export const subjectName = (data: Dataset, id: string): string => data.subjects.find((s) => s.id === id)?.name ?? id;

/** "A, B and C" (or "A, B or C") in the dataset's language. */
export const listOf = (data: Dataset, items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string =>
  formatList(items, data.lang, type);

/** "Django", or "React or Vue" on a tie, in `lang`: the language of the sentence it goes into (`ui.textLang`). */
export const recommendedNames = (data: Dataset, rec: Recommendation, lang: string | undefined): string =>
  formatList(rec.leaders.map((id) => subjectName(data, id)), lang, 'disjunction');

function revealButton(ctx: ResultContext, kind: RevealKind, id: string | undefined): unknown {
  if (!id || !ctx.canReveal(kind, id)) return nothing;
  const label = kind === 'faq' ? ctx.ui.revealFaq : ctx.ui.revealFeature;
  return html`<button class="link" part="reveal" type="button" lang=${ifDefined(ctx.ui.langAttr)} data-reveal=${kind} data-id=${id} @click=${() => ctx.onReveal(kind, id)}>
    ${label}
  </button>`;
}

function reasonList(ctx: ResultContext, reasons: ScoredReason[]): unknown {
  if (!reasons.length) return nothing;
  return html`<ul class="reasons" part="reasons">
    ${reasons.map(
      (r) => html`<li part="reason">
        <span>${r.text}</span>
        ${r.example ? html`<span class="example" part="example"><span lang=${ifDefined(ctx.ui.langAttr)}>${ctx.ui.example}${ctx.ui.labelSuffix}</span> ${r.example}</span>` : nothing}
        ${revealButton(ctx, 'faq', r.faq)} ${revealButton(ctx, 'feature', r.feature)}
      </li>`,
    )}
  </ul>`;
}

function side(ctx: ResultContext, title: string, reasons: ScoredReason[], guidance?: string): TemplateResult | typeof nothing {
  if (!reasons.length && !guidance) return nothing;
  return html`<section class="side" part="side">
    ${heading(subHeadingLevel(ctx.headingLevel), 'side-title', title, ctx.ui.langAttr)} ${guidance ? html`<p class="guidance">${guidance}</p>` : nothing}
    ${reasonList(ctx, reasons)}
  </section>`;
}

/** What speaks for the runner-up: its reasons, or the article's guidance when no answer backs it. */
function runnerUpSide(ctx: ResultContext, rec: Recommendation, id: string, guidance: string | undefined) {
  const reasons = reasonsFor(rec, id, rec.subject);
  return side(ctx, format(ctx.ui.forRunnerUp, { subject: subjectName(ctx.data, id) }, ctx.ui.language), reasons, reasons.length ? undefined : guidance);
}

export function renderResult(ctx: ResultContext, rec: Recommendation, total: number): TemplateResult {
  const { data, ui } = ctx;
  const guidanceOf = (id: string) => data.decision?.guidance?.find((g) => g.subject === id)?.text;
  const tie = rec.strength === 'either-fits';
  const sides = tie
    ? rec.leaders.map((id) => side(ctx, format(ui.forRunnerUp, { subject: subjectName(data, id) }, ui.language), reasonsFor(rec, id), guidanceOf(id)))
    : [
        side(ctx, format(ui.whyThis, { subject: subjectName(data, rec.subject) }, ui.language), reasonsFor(rec, rec.subject, rec.runnerUp)),
        rec.runnerUp ? runnerUpSide(ctx, rec, rec.runnerUp, guidanceOf(rec.runnerUp)) : nothing,
      ];
  return html`<div class="result" part="result" data-strength=${rec.strength}>
    <div class="result-head result-focus" tabindex="-1">
      ${heading(ctx.headingLevel, 'result-title', format(ui.recommendation, { subject: recommendedNames(data, rec, ui.textLang) }, ui.language), ui.langAttr)}
      <span class="strength" part="strength" lang=${ifDefined(ui.langAttr)}>${strengthLabel(ui, rec.strength)}</span>
    </div>
    <p class="based-on" part="based-on" lang=${ifDefined(ui.langAttr)}>${format(ui.basedOn, { answered: rec.answered, total }, ui.language)}</p>
    <div class="sides">${sides}</div>
    <ul class="scores" part="scores" aria-label=${ui.scores} lang=${ifDefined(ui.langAttr)}>
      ${rec.ranking.map((id) => html`<li>${format(ui.scoreOf, { subject: subjectName(data, id), score: rec.scores[id] }, ui.language)}</li>`)}
    </ul>
  </div>`;
}
