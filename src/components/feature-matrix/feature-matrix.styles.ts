import { css } from 'lit';
import { stackedStyles } from './feature-matrix.stacked.styles.js';

const tableStyles = css`
  .root {
    --_first-column: 11rem;
    --_column: 9.5rem;
    --_header-height: 3.25rem;
    --_cue: color-mix(in srgb, var(--_text) 30%, transparent);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem var(--_space);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .field-label {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input[type='search'],
  select {
    min-block-size: 2.75rem;
    padding: 0.35rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .count {
    margin: 0.5rem 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Scrolls both ways so the header and first column stay put. The end-side shadow (fixed to the
     box) is covered by a surface-coloured gradient that scrolls with the content, so it shows only
     while more columns lie beyond the edge. */
  .scroller {
    max-block-size: var(--versus-feature-matrix-max-height, 36rem);
    overflow: auto;
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    scroll-padding-block-start: var(--_header-height);
    scroll-padding-inline-start: var(--_first-column);
    background:
      linear-gradient(to left, var(--_surface) 40%, transparent) right / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 100% 50%, var(--_cue), transparent) right / 1rem 100% no-repeat scroll,
      var(--_surface);
  }
  .scroller:dir(rtl) {
    background:
      linear-gradient(to right, var(--_surface) 40%, transparent) left / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0% 50%, var(--_cue), transparent) left / 1rem 100% no-repeat scroll,
      var(--_surface);
  }
  table {
    inline-size: max(100%, calc(var(--_first-column) + var(--_columns, 2) * var(--_column)));
    border-collapse: separate;
    border-spacing: 0;
    table-layout: fixed;
  }
  caption {
    padding: 0.5rem 0.75rem;
    font-weight: 600;
    text-align: start;
  }
  th,
  td {
    padding: 0.5rem 0.75rem;
    border-block-end: 1px solid var(--_border-subtle);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    background: var(--_surface-alt);
    border-block-end-color: var(--_border);
  }
  thead th.corner {
    inline-size: var(--_first-column);
    inset-inline-start: 0;
    z-index: 3;
  }
  th[scope='row'] {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface);
    font-weight: 600;
    border-inline-end: 1px solid var(--_border-subtle);
  }
  th[scope='row']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  tr.feature:has(th:focus) > * {
    background: var(--_mark);
  }
  .group-row th {
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .group-name {
    position: sticky;
    inset-inline-start: 0.75rem;
  }
  .featured {
    background: color-mix(in srgb, var(--_accent) 9%, transparent);
  }
  thead th.featured {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface-alt));
    border-block-start: 3px solid var(--_accent);
  }
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.75em;
    font-weight: 600;
  }
  .cell {
    position: relative;
  }
  .cell-subject {
    display: none;
  }
  .level {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .icon {
    flex: none;
    inline-size: 1em;
    block-size: 1em;
  }
  [data-level='built-in'] .icon {
    color: var(--_pro);
  }
  [data-level='extension'] .icon {
    color: var(--_accent);
  }
  [data-level='partial'] .icon {
    color: var(--_muted);
  }
  [data-level='none'] .icon {
    color: var(--_con);
  }
  .via {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .disclosure {
    position: relative;
    display: inline-grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin-inline-start: 0.25rem;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_accent);
    vertical-align: middle;
    cursor: pointer;
  }
  .chevron {
    inline-size: 0.9rem;
    block-size: 0.9rem;
    transition: transform var(--_duration);
  }
  .chevron:dir(rtl) {
    transform: scaleX(-1);
  }
  .disclosure[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .details {
    margin-block-start: 0.4rem;
    font-size: 0.9em;
  }
  .details[hidden] {
    display: none;
  }
  .details p {
    margin: 0 0 0.35rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem var(--_space);
    margin-block-start: 0.75rem;
    font-size: 0.875em;
  }
  .legend-title {
    font-weight: 600;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  [hidden] {
    display: none !important;
  }
`;

export const featureMatrixStyles = [tableStyles, stackedStyles];
