import { css } from 'lit';

export const communityGuideStyles = css`
  .groups {
    --_card-min: 18rem;
  }
  .group {
    gap: 0.75rem;
  }
  .group.broader {
    grid-column: 1 / -1;
    background: var(--_surface-alt);
  }
  .group-title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
  }
  .benefits-title {
    margin: 0;
    font-size: 1em;
    color: var(--_muted);
  }
  .channels {
    display: grid;
    gap: 0.6rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .group.broader .channels {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .channel {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }
  .channel-name {
    font-weight: 600;
  }
  a.channel-name {
    align-self: start;
    display: inline-block;
    min-block-size: 24px;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a.channel-name:hover {
    text-decoration-thickness: 2px;
  }
  .description {
    color: var(--_muted);
  }
  .benefits {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
`;
