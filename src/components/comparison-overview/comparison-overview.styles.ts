import { css } from 'lit';

export const comparisonOverviewStyles = css`
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
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
  p {
    margin: 0;
  }
  ul.strengths {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .intro {
    margin-block-end: var(--_space);
  }
`;
