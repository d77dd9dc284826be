import { css } from 'lit';

export const comparisonArticleStyles = css`
  .article-intro {
    margin-block-end: var(--_space);
    font-size: 1.1em;
  }
  .toc {
    margin-block-end: calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .toc-title {
    margin-block-end: 0.5rem;
    font-weight: 600;
  }
  .toc ol {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0.25rem var(--_space);
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  .toc a,
  .source a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .toc a {
    display: inline-block;
    min-block-size: 24px;
    padding-block: 0.15rem;
  }
  .section {
    margin-block-start: calc(var(--_space) * 2);
  }
  .anchor {
    scroll-margin-block-start: var(--_space);
    border-radius: calc(var(--_radius) * 0.5);
  }
  .anchor:focus {
    outline: none;
  }
  .anchor:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .section-title {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.5em;
    line-height: 1.25;
  }
  .use-case-subject {
    margin: var(--_space) 0 calc(var(--_space) * 0.5);
    font-size: 1.25em;
  }
  .use-case-title {
    margin: 0;
    font-size: 1.05em;
  }
  .use-cases {
    --_card-min: 16rem;
  }
  .points {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .examples {
    color: var(--_muted);
  }
  .examples-label {
    font-weight: 600;
  }
  .decision {
    display: grid;
    gap: var(--_space);
  }
  .decision > * {
    margin: 0;
  }
  .source {
    margin-block-start: calc(var(--_space) * 2);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border-subtle);
    color: var(--_muted);
    font-size: 0.9em;
  }
`;
