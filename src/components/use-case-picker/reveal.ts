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

function candidates(kind: RevealKind, root: Document): Element[] {
  const selector = TAGS[kind];
  const found = [...root.querySelectorAll(selector)];
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot) found.push(...host.shadowRoot.querySelectorAll(selector));
  }
  return found;
}

/** Which items can be revealed now: `(kind, id) => boolean` over the upgraded targets on the page. */
export function revealableItems(root: Document = document): (kind: RevealKind, id: string) => boolean {
  const found = {} as Record<RevealKind, Revealer[]>;
  for (const kind of Object.keys(TAGS) as RevealKind[]) found[kind] = candidates(kind, root).filter(canReveal);
  return (kind, id) => found[kind].some((el) => el.has?.(id) ?? true);
}

/** Asks each target of this kind to reveal `id` until one does; returns whether one did. */
export function revealItem(kind: RevealKind, id: string, root: Document = document): boolean {
  return candidates(kind, root)
    .filter(canReveal)
    .some((el) => el.reveal(id));
}
