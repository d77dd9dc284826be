import { css } from 'lit';

/**
 * The table keeps its <table>/<tr>/<th>/<td> markup (with explicit ARIA roles, so the semantics
 * survive the display change) but is not laid out as a CSS table: every row is its own grid with
 * the same column template. CSS table layout is not incremental, so showing or hiding rows laid out
 * the whole 1,000-row table again; independent grid rows can use `content-visibility: auto`, which
 * lets the browser skip the layout and paint of rows outside the scroll box.
 */
export const gridTableStyles = css`
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
    display: block;
    inline-size: max(100%, calc(var(--_first-column) + var(--_columns, 2) * var(--_column)));
  }
  caption,
  thead,
  tbody {
    display: block;
  }
  /* One template for every row, so the cells line up with the header's columns; minmax(0, 1fr)
     keeps a long word in one row from widening its column. */
  tr {
    display: grid;
    grid-template-columns: var(--_first-column) repeat(var(--_columns, 2), minmax(0, 1fr));
  }
  /* In long tables, offscreen groups and rows are skipped. Once laid out, each keeps its last
     real height while skipped; before that, a group takes an estimate from its count of shown rows
     (set by the element) and a row --_row-height. Skipped rows that a filter brings into view are
     painted a frame late, which a short table avoids by being laid out whole. */
  .long tbody {
    content-visibility: auto;
    contain-intrinsic-block-size: 30rem;
  }
  .long tr.feature {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_row-height);
  }
  /* A row reveal() scrolls to, and its group (see RowVisibility.pin). */
  tbody[data-pinned],
  tr.feature[data-pinned] {
    content-visibility: visible;
  }
  /* Filtered out: the box stays (display: none would tear down the layout of every hidden row and
     build it again when shown, most of a filter's cost), but it is collapsed, its content skipped,
     and visibility: hidden keeps it from assistive technology, focus and find-in-page. */
  tbody[hidden],
  tr.feature[hidden] {
    content-visibility: hidden;
    visibility: hidden;
    contain-intrinsic-block-size: 0 !important;
    margin: 0;
    border: 0;
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
  }
  thead {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
  }
  thead th {
    background: var(--_surface-alt);
    border-block-end-color: var(--_border);
  }
  thead th.corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
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
  th[scope='row']:focus,
  th[scope='row']:focus ~ td {
    background: var(--_mark);
    /* Muted grey is too faint on the dark theme's mark colour (3.3:1): the row's notes take full text colour. */
    --_muted: var(--_text);
  }
  .group-row th {
    grid-column: 1 / -1;
    background: var(--_surface-alt);
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: var(--versus-letter-spacing, 0.04em);
  }
  .group-name,
  .group-row .description {
    position: sticky;
    inset-inline-start: 0.75rem;
  }
  .description {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .group-row .description {
    width: fit-content;
    text-transform: none;
    letter-spacing: var(--versus-letter-spacing, normal);
  }
  .featured {
    background: color-mix(in srgb, var(--_accent) 9%, transparent);
  }
  thead th.featured {
    background: color-mix(in srgb, var(--_accent) 14%, var(--_surface-alt));
    border-block-start: 3px solid var(--_accent);
  }
`;
