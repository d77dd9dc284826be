import { html, nothing, type TemplateResult } from 'lit';

/** A section's framing paragraph (`intro` or `closing`), or nothing when the data has none. */
export function paragraph(kind: 'intro' | 'closing', text: string | undefined, part: string = kind): TemplateResult | typeof nothing {
  return text ? html`<p class=${kind} part=${part}>${text}</p>` : nothing;
}
