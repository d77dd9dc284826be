/**
 * Finds the elements a reason can point to: `<faq-accordion>` for `faq` ids and `<feature-matrix>`
 * for `feature` ids, in the document and one level into open shadow roots (e.g. inside
 * `<comparison-article>`). Both implement `reveal(id): boolean`. Browser-only: call from handlers
 * or lifecycle methods, never at module level or in `render()`.
 */

export type RevealKind = 'faq' | 'feature';

interface Revealer extends Element {
  reveal(id: string): boolean;
  /** Whether the element shows that item (both elements have it; one without is trusted). */
  has?(id: string): boolean;
}

const TAGS: Record<RevealKind, string> = { faq: 'faq-accordion', feature: 'feature-matrix' };

const canReveal = (el: Element): el is Revealer => typeof (el as Partial<Revealer>).reveal === 'function';

/** The upgraded targets of every kind, from the document and one level of open shadow roots, in one pass. */
function targets(root: Document): Record<RevealKind, Revealer[]> {
  const selector = Object.values(TAGS).join(', ');
  const found = [...root.querySelectorAll(selector)];
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot) found.push(...host.shadowRoot.querySelectorAll(selector));
  }
  const byKind = { faq: [], feature: [] } as Record<RevealKind, Revealer[]>;
  for (const el of found.filter(canReveal)) byKind[el.localName === TAGS.faq ? 'faq' : 'feature'].push(el);
  return byKind;
}

/** Which items can be revealed now: `(kind, id) => boolean` over the upgraded targets on the page. */
export function revealableItems(root: Document = document): (kind: RevealKind, id: string) => boolean {
  const found = targets(root);
  return (kind, id) => found[kind].some((el) => el.has?.(id) ?? true);
}

/** Asks each target of this kind to reveal `id` until one does; returns whether one did. */
export function revealItem(kind: RevealKind, id: string, root: Document = document): boolean {
  return targets(root)[kind].some((el) => el.reveal(id));
}
