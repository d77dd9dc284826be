import { css, unsafeCSS } from 'lit';

/** Columns the layout thresholds are tuned for; more columns use the last threshold. */
export const MAX_TUNED_COLUMNS = 6;

/*
 * The table needs about 11em per subject plus 7em for the row headers (of the element's own text
 * size, so the switch follows --versus-font-size); below that the element
 * shows cards. Container query conditions cannot read custom properties, so each column count
 * (set as data-columns) gets its own query. Built from constants only, never from data.
 */
const layoutSwitch = unsafeCSS(
  Array.from({ length: MAX_TUNED_COLUMNS }, (_, i) => {
    const n = i + 1;
    return `@container versus (max-width: ${7 + 11 * n}em) {
      [data-columns='${n}'] .table { display: none; }
      [data-columns='${n}'] .cards { display: block; }
    }`;
  }).join('\n'),
);

export const prosConsTableStyles = css`
  .intro {
    margin: 0 0 var(--_space);
  }
  .closing {
    margin: var(--_space) 0 0;
  }
  .none {
    color: var(--_muted);
  }
  .caption {
    margin: 0 0 0.75rem;
    padding: 0;
    font-size: 1.125em;
    font-weight: 600;
    line-height: 1.3;
    text-align: start;
    caption-side: top;
  }
  .cards {
    display: none;
  }
  ${layoutSwitch}

  /* Wide: the table. Fixed layout shares the width out, so long words wrap instead of scrolling. */
  .table {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.75rem;
    border: 1px solid var(--_border-subtle);
    vertical-align: top;
    text-align: start;
  }
  /* In em, so the column grows with --versus-font-size as its label does. */
  .corner {
    inline-size: 7em;
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
  }
  thead th {
    background: var(--_surface-alt);
    font-size: 1.125em;
  }
  /* A label longer than the column ("Inconvénients") wraps, by syllables where the language allows. */
  .kind-header {
    background: var(--_surface-alt);
    hyphens: auto;
  }
  .kind {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    margin: 1rem 0 0.5rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_border-subtle);
    font-size: 0.875em;
    /* Uppercase reads better spaced, unless the reader sets their own spacing. */
    letter-spacing: var(--versus-letter-spacing, 0.05em);
    text-transform: uppercase;
  }
  .featured {
    background: color-mix(in srgb, var(--_accent) 7%, var(--_surface));
  }
  thead th.featured {
    border-block-start: 4px solid var(--_accent);
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.4em;
    padding: 0 0.5em;
    border: 1px solid transparent;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: calc(0.75 * var(--versus-font-size, 1rem)); /* of the base size, wherever the badge sits */
    font-weight: 600;
    line-height: 1.6;
    vertical-align: middle;
  }

  @media (forced-colors: active) {
    /* The forced Canvas background would hide Canvas-coloured text; keep the badge outlined. */
    .badge {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }

  /* Points, in both layouts. */
  .points {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .point {
    display: grid;
    grid-template-columns: 1.25rem minmax(0, 1fr);
    gap: 0.5rem;
    align-items: start;
  }
  .icon {
    display: inline-flex;
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin-block-start: 0.1em;
    vertical-align: -0.25em;
  }
  .icon.pros {
    color: var(--_pro);
  }
  .icon.cons {
    color: var(--_con);
  }
  .icon svg {
    inline-size: 100%;
    block-size: 100%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .point-body {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-inline-size: 0;
  }
  .point-title {
    font-weight: 600;
  }
  .example {
    margin-block-start: 0.35rem;
    padding-inline-start: 0.6rem;
    border-inline-start: 3px solid var(--_border-subtle);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .example-label {
    display: block;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: var(--versus-letter-spacing, 0.04em);
    text-transform: uppercase;
  }

  /* Narrow: one card per subject. */
  .card-list {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .card.featured {
    border: 2px solid var(--_accent);
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .card-kind:first-of-type .kind {
    margin-block-start: 0.5rem;
    padding-block-start: 0;
    border-block-start: 0;
  }
`;
