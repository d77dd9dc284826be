/**
 * The article's "use cases" section (the use-case groups per subject) and its "decision" section
 * (the guidance and the interactive <use-case-picker>), as the article has them, apart.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { UseCase } from '../../data/types.js';
import { heading } from '../../shared/heading.js';
import { formatList } from '../../shared/list-format.js';
import { format } from '../../shared/strings.js';
import { renderPerSubject } from '../../shared/per-subject.js';
import { sectionParagraph, type SectionContext } from './sections.js';
import { exportPartsOf } from './exported-parts.js';

function renderUseCase(useCase: UseCase, level: number, examplesLabel: string, lang: string | undefined, uiLang: string | undefined): TemplateResult {
  return html`<li class="use-case card" part="use-case">
    ${heading(level, 'use-case-title', useCase.title)}
    <ul class="points">
      ${useCase.points.map((p) => html`<li>${p}</li>`)}
    </ul>
    ${useCase.examples?.length
      ? html`<p class="examples"><span class="examples-label" lang=${ifDefined(uiLang)}>${examplesLabel}</span> ${formatList(useCase.examples, lang, 'unit')}</p>`
      : nothing}
  </li>`;
}

export function renderUseCases(ctx: SectionContext): TemplateResult {
  const { data, ui, level } = ctx;
  const useCases = data.useCases ?? [];
  const groups = data.subjects
    .map((subject) => ({ subject, items: useCases.filter((u) => u.subject === subject.id) }))
    .filter((g) => g.items.length);
  return html`
    ${groups.map(
      (g) => html`<div class="use-case-group" part="use-case-group">
        ${heading(level, 'use-case-subject', format(ui.useCasesFor, { subject: g.subject.name }, ui.language), ui.langAttr)}
        <ul class="card-grid use-cases">
          ${g.items.map((u) => renderUseCase(u, level + 1, `${ui.examples}${ui.labelSuffix}`, data.lang, ui.langAttr))}
        </ul>
      </div>`,
    )}
    ${sectionParagraph('closing', data.sectionText?.useCases?.closing)}
  `;
}

/** The article's "decision" section: the advice per subject, then the interactive <use-case-picker>. */
export function renderDecision(ctx: SectionContext): TemplateResult {
  const { data, level } = ctx;
  const decision = data.decision;
  return html`<div class="decision" part="decision">
    ${renderPerSubject(
      data,
      decision?.guidance,
      data.subjects.map((s) => s.id),
    )}
    ${decision?.questions?.length
      ? html`<use-case-picker
          .data=${data}
          .strings=${ctx.strings}
          theme=${ifDefined(ctx.theme)}
          heading-level=${level}
          exportparts=${exportPartsOf('use-case-picker')}
        ></use-case-picker>`
      : nothing}
  </div>`;
}
