/** Helpers the element tests share. */

/** The text a reader sees in `node`, whitespace collapsed. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
