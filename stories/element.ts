import type { ReactiveElement } from 'lit';

/**
 * The element `tag` with each arg that names one of its attributes (or, for objects and
 * attribute-less properties, its properties) set, so that every control of Storybook's Controls
 * panel changes the element, not only the few a template would bind. Empty values are left out:
 * they stand for "not set".
 */
export function withArgs(tag: string, args: object): HTMLElement {
  const given = args as Record<string, unknown>;
  const el = document.createElement(tag);
  const declared = (customElements.get(tag) as typeof ReactiveElement | undefined)?.elementProperties ?? new Map();
  for (const [key, options] of declared) {
    if (typeof key !== 'string' || options.state) continue;
    const attribute = options.attribute === false ? undefined : typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    const value = attribute !== undefined && attribute in given ? given[attribute] : given[key];
    if (value === undefined || value === null || value === '') continue;
    if (attribute === undefined || typeof value === 'object') (el as unknown as Record<string, unknown>)[key] = value;
    // A Boolean attribute is on by its presence; others (`examples="false"`) take the text.
    else if (typeof value === 'boolean' && options.type === Boolean) el.toggleAttribute(attribute, value);
    else el.setAttribute(attribute, String(value));
  }
  return el;
}
