/** Small DOM and colour helpers for the <pros-cons-table> tests. */

/** Rendered (not display: none anywhere up the tree, and taking up space). */
export function shown(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

export function texts(nodes: Iterable<Element>): string[] {
  return [...nodes].map((n) => n.textContent!.trim());
}

function rgb(color: string): [number, number, number] {
  const parts = color.match(/[\d.]+/g)!.map(Number);
  // `color(srgb r g b)` uses 0..1; `rgb()` uses 0..255.
  return color.startsWith('color(') ? [parts[0] * 255, parts[1] * 255, parts[2] * 255] : [parts[0], parts[1], parts[2]];
}

function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast of `node`'s text colour against `background`'s (default: its own) background. */
export function contrast(node: Element, background: Element = node): number {
  const a = luminance(getComputedStyle(node).color);
  const b = luminance(getComputedStyle(background).backgroundColor);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
