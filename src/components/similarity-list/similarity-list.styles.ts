import { css } from 'lit';

export const similarityListStyles = css`
  .list {
    --_card-min: 20rem;
    counter-reset: similarity;
  }
  .item {
    counter-increment: similarity;
  }
  .title {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .title::before {
    content: counter(similarity);
    flex: none;
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.6em;
    block-size: 1.6em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.85em;
  }
  .summary {
    color: var(--_muted);
  }
`;
