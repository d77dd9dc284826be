import { css } from 'lit';

export const performanceNotesStyles = css`
  .list {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    inline-size: 100%;
    min-block-size: 2.75rem;
    margin: -0.25rem 0;
    padding: 0.25rem 0.5rem;
    margin-inline-start: -0.5rem;
    border: 0;
    border-radius: calc(var(--_radius) * 0.75);
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_surface-alt);
  }
  .marker {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    /* Physical sides on purpose: :dir(rtl) (a dir attribute) turns the chevron; a page made
       right-to-left by CSS alone keeps it pointing right, never down as if it were open. */
    border-bottom: 2px solid var(--_accent);
    border-right: 2px solid var(--_accent);
    transform: rotate(-45deg);
    transition: transform var(--_duration) ease;
  }
  :host(:dir(rtl)) .marker {
    transform: rotate(135deg);
  }
  .toggle[aria-expanded='true'] .marker {
    transform: rotate(45deg);
  }
  .summary {
    color: var(--_muted);
  }
  .findings[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .marker {
      border-color: ButtonText;
    }
  }
`;
