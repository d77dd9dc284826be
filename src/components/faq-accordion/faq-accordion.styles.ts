import { css } from 'lit';

export const faqAccordionStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
    margin-block-end: var(--_space);
  }
  .search {
    display: flex;
    flex: 1 1 14rem;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
    font-weight: 600;
  }
  input {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    font-weight: 400;
  }
  .status {
    margin: 0 0 0.75rem;
    color: var(--_muted);
  }
  .status.none {
    padding: 0.75rem var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
  }
  .list {
    border-block-start: 1px solid var(--_border-subtle);
  }
  .item {
    border-block-end: 1px solid var(--_border-subtle);
    /* Long FAQs lay out and paint only what is on screen; find-in-page and readers still see all. */
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5rem;
  }
  .heading {
    margin: 0;
    font-size: 1.05em;
    line-height: 1.35;
  }
  .question {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.75rem 0.5rem;
    border: 0;
    background: none;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
    scroll-margin-block-start: var(--versus-scroll-margin, 0.5rem);
  }
  /* Inside the button: the item's content-visibility clips whatever paints outside it, ring included. */
  .question:focus-visible {
    outline-offset: -3px;
  }
  .question:hover {
    background: var(--_surface-alt);
    color: var(--_accent);
  }
  .question::after {
    content: '+' / '';
    flex: none;
    inline-size: 1em;
    font-size: 1.25em;
    line-height: 1;
    text-align: center;
  }
  .question[aria-expanded='true']::after {
    content: '\\2212' / '';
  }
  .answer {
    padding: 0 0.5rem var(--_space);
  }
  .answer[hidden] {
    padding-block-end: 0;
  }
  ::highlight(versus-faq-match) {
    background-color: var(--_mark);
    color: var(--_text);
  }
  @media (forced-colors: active) {
    ::highlight(versus-faq-match) {
      background-color: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    :host(:not([print='as-is'])) .answer[hidden] {
      display: block !important;
      content-visibility: visible !important;
      padding-block-end: var(--_space);
    }
    .controls,
    [part='show-all'],
    .question::after {
      display: none;
    }
  }
`;
