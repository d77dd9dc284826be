import { css } from 'lit';

export const comparisonOverviewStyles = css`
  .cards {
    --_card-min: 16rem;
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .tagline {
    margin: 0;
    color: var(--_muted);
  }
  .website {
    margin: 0;
  }
  .website a {
    display: inline-block;
    min-block-size: 24px;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .label {
    align-self: start;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .analogy {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_accent);
    font-style: italic;
  }
  ul.strengths {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
