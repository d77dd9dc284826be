import { css } from 'lit';

/** One card per feature in narrow containers (pure CSS), and forced-colours fixes. */
export const stackedStyles = css`
  @container versus (max-width: 34em) {
    .scroller {
      background: var(--_surface);
      scroll-padding: 0;
    }
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
      inline-size: auto;
    }
    thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    caption {
      display: block;
    }
    table {
      --_row-height: calc(3.6rem + var(--_columns, 2) * 2.75rem);
    }
    tr.feature {
      margin: 0.5rem;
      border: 1px solid var(--_border-subtle);
      border-radius: var(--_radius);
    }
    th[scope='row'] {
      position: static;
      border-inline-end: 0;
      border-start-start-radius: var(--_radius);
      border-start-end-radius: var(--_radius);
    }
    td {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
    }
    tr.feature > :last-child {
      border-block-end: 0;
    }
    /* Each card names the subject of every cell (the column headers are hidden); generated, with
       empty alternative text, because assistive technology already has the column header. */
    .cell::before {
      content: attr(data-subject);
      content: attr(data-subject) / '';
      flex: 1 0 6rem;
      font-weight: 600;
    }
    /* The "Featured" badge is in the hidden column header: each card says it in words, not only by tint. */
    .cell[data-featured]::before {
      content: attr(data-subject) ' · ' attr(data-featured);
      content: attr(data-subject) ' · ' attr(data-featured) / '';
    }
    .via,
    .details {
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    .featured {
      border-inline: 2px solid CanvasText;
    }
    th[scope='row']:focus,
    .disclosure:focus-visible {
      outline-color: Highlight;
    }
  }
`;
