/** Small DOM and colour helpers for the <pros-cons-table> tests. */
import { luminance } from '../shared/dom.js';

/** Rendered (not display: none anywhere up the tree, and taking up space). */
export function shown(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

export function texts(nodes: Iterable<Element>): string[] {
  return [...nodes].map((n) => n.textContent!.trim());
}

/** WCAG contrast of `node`'s text colour against `background`'s (default: its own) background. */
export function contrast(node: Element, background: Element = node): number {
  const a = luminance(getComputedStyle(node).color);
  const b = luminance(getComputedStyle(background).backgroundColor);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
