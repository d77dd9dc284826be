/**
 * What each subject says about one topic, as a description list. Subjects that say exactly the
 * same thing share one entry ("Flask, Django: Runs on any WSGI-compliant web server."), so a
 * reader sees at a glance where the subjects agree.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import { listParts } from './list-format.js';

export interface SubjectText {
  subject: string;
  text: string;
}

/** Splits a space-separated `subjects` attribute into ids, each once (a repeated id adds no column). */
export function subjectIdsOf(value: string | undefined): string[] {
  return value?.trim() ? [...new Set(value.trim().split(/\s+/))] : [];
}

/** The subjects an element shows: those its `subjects` attribute names, or else every subject. */
export function shownSubjectIds(data: Dataset, value: string | undefined): string[] {
  const chosen = subjectIdsOf(value);
  return chosen.length ? chosen : data.subjects.map((s) => s.id);
}

const joiner = (words: string) => (words ? html`<span class="joiner" aria-hidden="true">${words}</span>` : nothing);

/** Renders `entries` for the subjects `ids` (in that order), grouping identical texts. */
export function renderPerSubject(data: Dataset, entries: SubjectText[] | undefined, ids: string[]): TemplateResult | typeof nothing {
  const groups: { names: string[]; text: string }[] = [];
  for (const id of ids) {
    const entry = entries?.find((e) => e.subject === id);
    if (!entry) continue;
    const name = data.subjects.find((s) => s.id === id)?.name ?? id;
    const same = groups.find((g) => g.text === entry.text);
    if (same) same.names.push(name);
    else groups.push({ names: [name], text: entry.text });
  }
  if (!groups.length) return nothing;
  return html`<dl class="by-subject" part="by-subject">
    ${groups.map(
      (g) => html`<div class="entry" part="entry">
        ${listParts(g.names, data.lang).map(
          // Names that share an entry read as the data's language lists them ("Flask and Django");
          // each is its own term to assistive technology, so the words between are shown only.
          ({ before, item, after }) =>
            html`<dt class="subject" part="subject">${joiner(before)}${item}${joiner(after)}</dt>`,
        )}
        <dd>${g.text}</dd>
      </div>`,
    )}
  </dl>`;
}

export const perSubjectStyles = css`
  .by-subject {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  .entry {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border-subtle);
  }
  .subject {
    font-weight: 600;
  }
  /* Names sit as the list's own words space them ("A، B", "A、B"), then a gap before the text. */
  .subject:last-of-type {
    margin-inline-end: 0.5rem;
  }
  .joiner {
    white-space: pre;
  }
  .entry dd {
    flex: 1 1 14rem;
    min-inline-size: 0;
    margin: 0;
  }
`;
