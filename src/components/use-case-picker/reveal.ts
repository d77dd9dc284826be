/**
 * Finds the elements a reason can point to: `<faq-accordion>` for `faq` ids and `<feature-matrix>`
 * for `feature` ids, in the document and in open shadow roots at any depth (an app shell of
 * components, a `<comparison-article>` inside one). Both implement `reveal(id): boolean`.
 * Browser-only: call from handlers or lifecycle methods, never at module level or in `render()`.
 * A search walks the whole page, so callers run it when targets may have changed, not per render.
 */

export type RevealKind = 'faq' | 'feature';

interface Revealer extends Element {
  reveal(id: string): boolean;
  /** Whether the element shows that item (both elements have it; one without is trusted). */
  has?(id: string): boolean;
}

const TAGS: Record<RevealKind, string> = { faq: 'faq-accordion', feature: 'feature-matrix' };

const canReveal = (el: Element): el is Revealer => typeof (el as Partial<Revealer>).reveal === 'function';

/** Shadow roots nested deeper than this are not searched: a bound on a page of runaway nesting. */
const MAX_DEPTH = 16;

/** Targets in `root`, then in the open shadow roots under it, depth first. */
function collect(root: Document | ShadowRoot, selector: string, depth: number, found: Element[]): void {
  found.push(...root.querySelectorAll(selector));
  if (depth >= MAX_DEPTH) return;
  for (const host of root.querySelectorAll('*')) {
    if (host.shadowRoot) collect(host.shadowRoot, selector, depth + 1, found);
  }
}

/** The upgraded targets of every kind, from the document and every open shadow root, in one pass. */
function targets(root: Document): Record<RevealKind, Revealer[]> {
  const found: Element[] = [];
  collect(root, Object.values(TAGS).join(', '), 0, found);
  const byKind = { faq: [], feature: [] } as Record<RevealKind, Revealer[]>;
  for (const el of found.filter(canReveal)) byKind[el.localName === TAGS.faq ? 'faq' : 'feature'].push(el);
  return byKind;
}

/**
 * Which items can be revealed: `(kind, id) => boolean` over the upgraded targets on the page now.
 * Their items are asked at each call, so it stays right while they load other data; a target that
 * left the page since no longer counts.
 */
export function revealableItems(root: Document = document): (kind: RevealKind, id: string) => boolean {
  const found = targets(root);
  return (kind, id) => found[kind].some((el) => el.isConnected && (el.has?.(id) ?? true));
}

/** Asks each target of this kind to reveal `id` until one does; returns whether one did. */
export function revealItem(kind: RevealKind, id: string, root: Document = document): boolean {
  return targets(root)[kind].some((el) => el.reveal(id));
}

const waitingForTargets = new Set<() => void>();
let watching = false;

/**
 * Calls `listener` when `<faq-accordion>` or `<feature-matrix>` gets defined; returns the way to
 * stop. One `whenDefined` per tag for the page: one per picker would hold every picker ever
 * mounted for as long as a tag is never defined.
 */
export function onTargetDefined(listener: () => void): () => void {
  if (!watching) {
    watching = true;
    for (const tag of Object.values(TAGS)) void customElements.whenDefined(tag).then(() => waitingForTargets.forEach((notify) => notify()));
  }
  waitingForTargets.add(listener);
  return () => waitingForTargets.delete(listener);
}
