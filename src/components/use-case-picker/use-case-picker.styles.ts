import { css } from 'lit';

export const useCasePickerStyles = css`
  form {
    display: grid;
    gap: var(--_space);
  }
  .question {
    min-inline-size: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  legend {
    display: grid;
    gap: 0.25rem;
    padding-inline: 0.25rem;
    font-weight: 600;
    font-size: 1.1em;
  }
  .progress,
  .help,
  .based-on,
  .scores {
    color: var(--_muted);
    font-size: calc(0.875 * var(--versus-font-size, 1rem)); /* of the base size, in a heading or not */
    font-weight: 400;
  }
  .help {
    margin: 0 0 0.75rem;
  }
  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: 0.5rem;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-block-size: 2.75rem;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface-alt);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: var(--_space);
  }
  form .actions {
    margin-block-start: 0;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .button.primary:hover {
    background: var(--_accent);
    text-decoration: underline;
  }
  .result {
    display: grid;
    gap: 0.75rem;
    margin-block-start: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .result-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .result-focus:focus {
    outline: none;
  }
  .result-focus:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .result-title,
  .side-title {
    margin: 0;
    line-height: 1.25;
  }
  .result-title {
    font-size: 1.35em;
  }
  .side-title {
    font-size: 1.05em;
  }
  .strength {
    padding: 0.1em 0.7em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-size: 0.875em;
    font-weight: 600;
  }
  .based-on,
  .guidance {
    margin: 0;
  }
  .sides {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space);
  }
  .side {
    display: grid;
    align-content: start;
    gap: 0.5rem;
  }
  .reasons {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .reasons li > span {
    display: block;
  }
  .example {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .link {
    min-block-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  .scores {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container versus (max-width: 24em) {
    .question,
    .result {
      padding: 0.75rem;
    }
    .actions .button {
      flex: 1 1 auto;
      justify-content: center;
    }
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      border: 2px solid Highlight;
    }
    .strength {
      border: 1px solid CanvasText;
    }
    .button.primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
