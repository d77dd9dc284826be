/**
 * `style=${cssProperties({ '--_columns': '3' })}`: custom properties on an element of the template.
 * In the browser they are always set through the CSSOM, which a Content Security Policy without
 * 'unsafe-inline' allows; Lit's styleMap writes a style attribute on the first render, which such a
 * policy blocks. On the server they are a style attribute, as there is nothing else. It only sets:
 * a name left out of a later call keeps its value.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type DirectiveResult, type PartInfo } from 'lit/directive.js';

class CssPropertiesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssProperties() belongs in a style attribute');
  }

  render(properties: Record<`--${string}`, string>): string {
    return Object.entries(properties)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [properties]: [Record<`--${string}`, string>]): unknown {
    for (const [name, value] of Object.entries(properties)) part.element.style.setProperty(name, value);
    return noChange;
  }
}

export const cssProperties: (properties: Record<`--${string}`, string>) => DirectiveResult<typeof CssPropertiesDirective> = directive(CssPropertiesDirective);
