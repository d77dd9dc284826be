/**
 * The shell shared by the section elements (similarity-list, performance-notes, community-guide):
 * the framing paragraphs and the bordered card each entry sits in.
 */
import { css } from 'lit';

export const sectionStyles = css`
  p {
    margin: 0;
  }
  .intro {
    margin-block-end: var(--_space);
  }
  .closing {
    margin-block-start: var(--_space);
  }
  .card-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_card-min, 18rem)), 1fr));
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
  @container versus (max-width: 30em) {
    .card-grid {
      gap: calc(var(--_space) * 0.75);
    }
    .card {
      padding: calc(var(--_space) * 0.75);
    }
  }
`;
