/**
 * Design tokens and the shell every element shares. Public knobs are `--versus-*` custom
 * properties; light and dark come from `color-scheme` + `light-dark()`, so `theme="dark"` and the
 * OS setting use the same code path. The `.root` wrapper re-declares every inherited text property
 * so that host-page CSS cannot leak in through inheritance; `visibility` is left to inherit, so a
 * page that hides a region (an off-canvas menu, a closed tab) hides the element and its controls.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    /* Inline-size containment makes the content's own width 0: in a flex row or another
       shrink-to-fit box the element would get no width at all. */
    min-inline-size: min(20rem, 100%);
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* Again on the box, so a page rule that sets color-scheme on every element cannot undo theme
     (auto included: it follows the reader's system, whatever the page declares). */
  .root {
    color-scheme: light dark;
  }
  :host([theme='light']) .root {
    color-scheme: light;
  }
  :host([theme='dark']) .root {
    color-scheme: dark;
  }
  .root {
    --_text: var(--versus-color-text, light-dark(#1f2328, #ececf1));
    --_muted: var(--versus-color-muted, light-dark(#555d66, #b4b4bd));
    --_surface: var(--versus-color-surface, light-dark(#ffffff, #18181b));
    --_surface-alt: var(--versus-color-surface-alt, light-dark(#f4f5f7, #232329));
    --_border: var(--versus-color-border, light-dark(#8c959f, #6e6e78));
    --_border-subtle: var(--versus-color-border-subtle, light-dark(#d0d7de, #3a3a42));
    --_accent: var(--versus-color-accent, light-dark(#0b57d0, #8ab4f8));
    --_accent-contrast: var(--versus-color-accent-contrast, light-dark(#ffffff, #0b1a33));
    --_pro: var(--versus-color-pro, light-dark(#116329, #6fdd8b));
    --_con: var(--versus-color-con, light-dark(#a40e26, #ff9492));
    --_focus: var(--versus-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_mark: var(--versus-color-mark, light-dark(#fff1a8, #6b5a00));
    --_radius: var(--versus-radius, 0.5rem);
    --_space: var(--versus-space, 1rem);
    --_duration: var(--versus-duration, 200ms);

    container: versus / inline-size;
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--versus-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--versus-font-size, 1rem);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    font-kerning: auto;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-size-adjust: none;
    hyphens: manual;
    word-break: normal;
    tab-size: 8;
    quotes: auto;
    list-style: disc;
    line-height: var(--versus-line-height, 1.5);
    /* Reset against the page like the rest, but a reader's text spacing (WCAG 1.4.12) can be set here. */
    letter-spacing: var(--versus-letter-spacing, normal);
    word-spacing: var(--versus-word-spacing, normal);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    text-emphasis: none;
    -webkit-text-stroke: 0;
    white-space: normal;
    overflow-wrap: anywhere;
    cursor: auto;
    text-align-last: initial;
    text-wrap: initial;
    text-underline-offset: initial;
    text-underline-position: initial;
    -webkit-text-fill-color: initial;
    caret-color: initial;
    font-synthesis: initial;
    line-break: initial;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .state {
    min-block-size: var(--versus-loading-min-height, 12rem);
    padding: var(--_space);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
  }
  .state.error {
    min-block-size: 0;
    border-color: var(--_con);
  }
  .state.error h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1em;
  }
  .state.error ul {
    margin: 0.5rem 0;
    padding-inline-start: 1.25rem;
  }
  .state.error code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.4rem 0.9rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface-alt);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
    }
  }
  @media print {
    /* Paper is white and backgrounds are not printed: a dark theme prints in its light colours. */
    :host,
    .root,
    :host([theme]) .root {
      color-scheme: light;
    }
  }
  @media (forced-colors: active) {
    .root {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_surface-alt: Canvas;
      --_border: CanvasText;
      --_border-subtle: CanvasText;
      --_accent: LinkText;
      --_accent-contrast: CanvasText; /* forced colours repaint accent backgrounds as Canvas */
      --_pro: CanvasText;
      --_con: CanvasText;
      --_focus: Highlight;
      --_mark: Highlight;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
