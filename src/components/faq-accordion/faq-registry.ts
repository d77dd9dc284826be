/**
 * The accordions on the page. Two can hold the same questions (the bundled article twice, say):
 * a link to `#<id>` should then take the reader to the first, as a fragment link would, while
 * every accordion that has the item still opens it.
 */
interface Accordion extends Element {
  has(id: string): boolean;
}

const connected = new Set<Accordion>();

export const registerAccordion = (accordion: Accordion) => connected.add(accordion);
export const unregisterAccordion = (accordion: Accordion) => connected.delete(accordion);

/** The first accordion in document order that has an item `id` (false until its data loaded). */
export function firstHaving(id: string): Accordion | undefined {
  let first: Accordion | undefined;
  for (const accordion of connected) {
    if (!accordion.has(id)) continue;
    if (!first || first.compareDocumentPosition(accordion) & Node.DOCUMENT_POSITION_PRECEDING) first = accordion;
  }
  return first;
}
