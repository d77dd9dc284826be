import { css } from 'lit';

/**
 * The support levels' icons, drawn by CSS on one empty span each. They were inline SVGs: three
 * elements and SVG layout objects per cell, most of the cost of a row shown for the first time
 * (rows a filter brings into view in a 1,000-row table are styled, laid out and painted in the frame
 * after it). Shapes differ as well as colours, so levels stay apart in forced colours and for colour
 * blindness; no image URLs, so a page's Content-Security-Policy cannot hide them.
 */
export const iconStyles = css`
  .icon {
    --_stroke: 0.11em;
    flex: none;
    /* No line box inside, so its baseline is its bottom edge, as the SVG's was. */
    display: inline-block;
    box-sizing: border-box;
    inline-size: 1em;
    block-size: 1em;
    border-radius: 50%;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
  /* A check mark on a disc: its short and long strokes are diagonal bands, each across its own box. */
  [data-level='built-in'] .icon {
    --_check: var(--_surface);
    color: var(--_pro);
    background:
      linear-gradient(to top right, transparent 30%, var(--_check) 0 70%, transparent 0) 0.25em 0.47em / 0.22em 0.22em no-repeat,
      linear-gradient(to bottom right, transparent 37%, var(--_check) 0 63%, transparent 0) 0.4em 0.3em / 0.35em 0.38em no-repeat,
      currentColor;
  }
  [data-level='extension'] .icon {
    color: var(--_accent);
    border: var(--_stroke) solid currentColor;
    border-radius: 0.15em;
    background:
      linear-gradient(currentColor, currentColor) center / var(--_stroke) 0.5em no-repeat,
      linear-gradient(currentColor, currentColor) center / 0.5em var(--_stroke) no-repeat;
  }
  [data-level='partial'] .icon {
    color: var(--_muted);
    border: var(--_stroke) solid currentColor;
    background: linear-gradient(to right, transparent 50%, currentColor 0);
  }
  [data-level='none'] .icon {
    color: var(--_con);
    border-radius: 0;
    background:
      linear-gradient(45deg, transparent 44%, currentColor 0 56%, transparent 0) center / 0.7em 0.7em no-repeat,
      linear-gradient(-45deg, transparent 44%, currentColor 0 56%, transparent 0) center / 0.7em 0.7em no-repeat;
  }
  [data-level='unknown'] .icon {
    border-radius: 0;
    background: linear-gradient(currentColor, currentColor) center / 0.55em var(--_stroke) no-repeat;
  }
  /* Forced colours drop background colours and gradients: the icons keep theirs, in the text colour. */
  @media (forced-colors: active) {
    .icon {
      forced-color-adjust: none;
      color: CanvasText !important;
    }
    [data-level='built-in'] .icon {
      --_check: Canvas;
    }
  }
`;
