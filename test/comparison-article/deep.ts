/** Text and queries that go through every nested shadow root, as a reader sees the page. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    const root = (n as Element).shadowRoot;
    for (const child of root ? root.childNodes : n.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The headings (h2–h6) of an element's shadow root and of the elements inside it, in order. */
export function deepHeadings(host: Element): { level: number; text: string }[] {
  const out: { level: number; text: string }[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (/^H[2-6]$/.test(el.tagName)) out.push({ level: Number(el.tagName[1]), text: deepText(el).trim() });
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot!);
  return out;
}
