/** Real `<h2>`…`<h6>` headings at a level chosen by attribute, without building tags from strings. */
import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const TAGS: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/** Clamps any attribute value to a heading level from 2 to 6 (1 belongs to the host page). */
export function clampHeadingLevel(level: unknown, fallback = 3): number {
  const value = Math.round(Number(level));
  return Number.isFinite(value) ? Math.min(6, Math.max(2, value)) : fallback;
}

/** The level one below the heading at `level` (any attribute value), for the headings inside it. */
export const subHeadingLevel = (level: unknown): number => Math.min(6, clampHeadingLevel(level) + 1);

/** The static `h2`…`h6` tag for any attribute value, for templates that build their own heading. */
export const headingTag = (level: unknown): StaticValue => TAGS[clampHeadingLevel(level)];

/** `heading(3, 'title', content)` -> `<h3 class="title" part="title">content</h3>`; `lang` for interface text (`ui.langAttr`). */
export function heading(level: number, part: string, content: unknown, lang?: string): TemplateResult {
  const tag = headingTag(level);
  // The tag is a static literal (lit/static-html), which these template rules cannot see.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} class=${part} part=${part} lang=${ifDefined(lang)}>${content}</${tag}>`;
}
