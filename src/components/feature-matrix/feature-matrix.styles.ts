import { css } from 'lit';
import { iconStyles } from './feature-matrix.icons.styles.js';
import { stackedStyles } from './feature-matrix.stacked.styles.js';
import { gridTableStyles } from './feature-matrix.table.styles.js';

const tableStyles = css`
  .root {
    --_first-column: 11rem;
    --_column: 9.5rem;
    --_header-height: 3.25rem;
    /* Estimates for offscreen rows and groups, which are not laid out (see the table styles). */
    --_row-height: 4rem;
    --_group-head: 2.4rem;
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
  .badge {
    display: inline-block;
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.75em;
    font-weight: 600;
  }
  .level {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
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
  .disclosure::before {
    content: '';
    inline-size: 0.4rem;
    block-size: 0.4rem;
    margin-inline-start: -0.15rem;
    border: solid currentColor;
    border-width: 2px 2px 0 0;
    transform: rotate(45deg);
    transition: transform var(--_duration);
  }
  /* Points to the inline end (right, or left in right-to-left pages); down when open. */
  .disclosure:dir(rtl)::before {
    transform: rotate(-135deg);
  }
  .disclosure[aria-expanded='true']::before {
    margin-inline-start: 0;
    margin-block-start: -0.15rem;
    transform: rotate(135deg);
  }
  .details {
    margin-block-start: 0.4rem;
    font-size: 0.9em;
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
`;

export const featureMatrixStyles = [tableStyles, iconStyles, gridTableStyles, stackedStyles];
