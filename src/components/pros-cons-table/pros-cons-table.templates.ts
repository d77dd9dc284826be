/**
 * The two renderings of <pros-cons-table>: a real table (kinds as rows, subjects as columns) and
 * one card per subject. Both come from the same `View`, so they always say the same thing.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Point, ProsConsEntry, Subject } from '../../data/types.js';
import { heading, subHeadingLevel } from '../../shared/heading.js';
import type { UiText } from '../../shared/strings.js';

export type Kind = 'pros' | 'cons';

export interface Column {
  subject: Subject;
  entry: ProsConsEntry;
  featured: boolean;
}

export interface View {
  columns: Column[];
  kinds: Kind[];
  caption: string;
  examples: boolean;
  headingLevel: number;
  ui: UiText;
}

/*
 * The icons differ in shape (a tick, a cross), not only in colour. They are drawn in
 * currentColor, which is --_pro / --_con (both at least 4.5:1 on every surface, CanvasText in
 * forced colours). Next to a visible "Pros"/"Cons" label they are decorative; beside each point
 * they carry the text alternative "Pro" / "Con".
 */
const PATHS: Record<Kind, TemplateResult> = {
  pros: html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><polyline points="4 10.5 8.5 15 16 5.5"></polyline></svg>`,
  cons: html`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M5 5l10 10M15 5L5 15"></path></svg>`,
};

function icon(kind: Kind, label?: string, lang?: string): TemplateResult {
  return label
    ? html`<span class="icon ${kind}" part="icon" role="img" aria-label=${label} lang=${ifDefined(lang)}>${PATHS[kind]}</span>`
    : html`<span class="icon ${kind}" part="icon">${PATHS[kind]}</span>`;
}

function kindLabel(kind: Kind, ui: UiText): string {
  return kind === 'pros' ? ui.pros : ui.cons;
}

function badge(column: Column, ui: UiText): unknown {
  // Real text inside the header/heading, so "Featured" is read with the subject's name.
  return column.featured ? html` <span class="badge" part="featured" lang=${ifDefined(ui.langAttr)}>${ui.featured}</span>` : nothing;
}

function renderPoint(point: Point, kind: Kind, view: View): TemplateResult {
  const { ui } = view;
  return html`<li class="point ${kind}" part="point ${kind === 'pros' ? 'pro' : 'con'}">
    ${icon(kind, kind === 'pros' ? ui.pro : ui.con, ui.langAttr)}
    <div class="point-body">
      <span class="point-title" part="point-title">${point.title}</span>
      <span class="detail" part="detail">${point.detail}</span>
      ${view.examples && point.example
        ? html`<span class="example" part="example"><span class="example-label" lang=${ifDefined(ui.langAttr)}>${ui.example}</span> ${point.example}</span>`
        : nothing}
    </div>
  </li>`;
}

function renderPoints(points: Point[] | undefined, kind: Kind, view: View): unknown {
  if (!points?.length) return nothing;
  return html`<ul class="points" part="list">
    ${points.map((p) => renderPoint(p, kind, view))}
  </ul>`;
}

/** Wide layout: caption, one column per subject, one row per kind, with scope and headers. */
export function renderTable(view: View): TemplateResult {
  const { ui, columns } = view;
  return html`<table class="table" part="table">
    <caption class="caption" part="caption" lang=${ifDefined(ui.langAttr)}>${view.caption}</caption>
    <thead>
      <tr>
        <td class="corner"></td>
        ${columns.map(
          (c) => html`<th
            scope="col"
            id="col-${c.subject.id}"
            class=${classMap({ 'subject-header': true, featured: c.featured })}
            part="column-header"
          >
            ${c.subject.name}${badge(c, ui)}
          </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${view.kinds.map(
        (kind) => html`<tr class=${kind}>
          <th scope="row" id="row-${kind}" class="kind-header" part="row-header" lang=${ifDefined(ui.langAttr)}>${icon(kind)} ${kindLabel(kind, ui)}</th>
          ${columns.map(
            (c) => html`<td headers="col-${c.subject.id} row-${kind}" class=${classMap({ featured: c.featured })} part="cell">
              ${c.entry[kind]?.length ? renderPoints(c.entry[kind], kind, view) : html`<span class="none" lang=${ifDefined(ui.langAttr)}>${ui.prosConsNone}</span>`}
            </td>`,
          )}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Narrow layout: one card per subject, pros then cons, each under its own heading. */
export function renderCards(view: View): TemplateResult {
  const { ui } = view;
  const subLevel = subHeadingLevel(view.headingLevel);
  return html`<div class="cards" part="cards">
    <p class="caption" part="caption" lang=${ifDefined(ui.langAttr)}>${view.caption}</p>
    <ul class="card-list">
      ${view.columns.map(
        (c) => html`<li class=${classMap({ card: true, featured: c.featured })} part="card">
          ${heading(view.headingLevel, 'name', html`${c.subject.name}${badge(c, ui)}`)}
          ${view.kinds.map((kind) =>
            c.entry[kind]?.length
              ? html`<div class="card-kind ${kind}">
                  ${heading(subLevel, 'kind', html`${icon(kind)} ${kindLabel(kind, ui)}`, ui.langAttr)} ${renderPoints(c.entry[kind], kind, view)}
                </div>`
              : nothing,
          )}
        </li>`,
      )}
    </ul>
  </div>`;
}
