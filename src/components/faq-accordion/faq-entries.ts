/** The FAQ as the accordion uses it: stable ids, search text, match highlights and scrolling. */
import { slugify } from '../../data/slug.js';
import type { Dataset } from '../../data/types.js';
import { fold } from '../../shared/fold.js';

export interface FaqEntry {
  /** The entry's `id`, or a slug of its question: the ids decision reasons use in `faq`. */
  id: string;
  question: string;
  answer: string;
  /** Question and answer folded (see `fold`), searched on every keystroke. */
  text: string;
}

const cache = new WeakMap<Dataset, FaqEntry[]>();

export function faqEntries(data: Dataset): FaqEntry[] {
  let entries = cache.get(data);
  if (!entries) {
    entries = (data.faq ?? []).map(({ id, question, answer }) => ({
      id: id ?? slugify(question),
      question,
      answer,
      text: fold(`${question}\n${answer}`),
    }));
    cache.set(data, entries);
  }
  return entries;
}

/**
 * `text` folded, with where each folded character came from: folding drops marks (harakat,
 * accents in decomposed text) and expands or merges characters, so a match's offsets in the folded
 * text are not those in the text. Each letter is folded with its marks; text whose folding keeps
 * its length (most) maps one to one.
 */
function foldWithOffsets(text: string): { folded: string; start: (i: number) => number; end: (i: number) => number } {
  const folded = fold(text);
  if (folded.length === text.length) return { folded, start: (i) => i, end: (i) => i + 1 };
  const starts: number[] = [];
  const ends: number[] = [];
  let pieces = '';
  for (const cluster of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const piece = cluster[0].length === 1 && cluster[0] < '\x80' ? cluster[0].toLowerCase() : fold(cluster[0]);
    for (let k = 0; k < piece.length; k++) {
      starts.push(cluster.index);
      ends.push(cluster.index + cluster[0].length);
    }
    pieces += piece;
  }
  return { folded: pieces, start: (i) => starts[i], end: (i) => ends[i] };
}

export const HIGHLIGHT = 'versus-faq-match';
const owned = new WeakMap<object, AbstractRange[]>();

/**
 * Marks `query` in the text of `elements` with the CSS Custom Highlight API: no DOM is added, so
 * data stays text and a keystroke over a thousand entries stays cheap. Ranges of all accordions on
 * a page share one registry entry; each owner replaces only its own.
 */
export function highlightMatches(owner: object, elements: Iterable<Element>, query: string): void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!registry || typeof Highlight === 'undefined') return;
  const shared = registry.get(HIGHLIGHT) ?? new Highlight();
  // Changed while unregistered: the page repaints once, not once per range.
  registry.delete(HIGHLIGHT);
  for (const range of owned.get(owner) ?? []) shared.delete(range);
  const ranges: AbstractRange[] = [];
  if (query) {
    for (const element of elements) {
      for (const node of element.childNodes) {
        if (!(node instanceof Text)) continue;
        const { folded, start, end } = foldWithOffsets(node.data);
        for (let at = folded.indexOf(query); at >= 0; at = folded.indexOf(query, at + query.length)) {
          ranges.push(new StaticRange({ startContainer: node, startOffset: start(at), endContainer: node, endOffset: end(at + query.length - 1) }));
        }
      }
    }
  }
  for (const range of ranges) shared.add(range);
  owned.set(owner, ranges);
  if (shared.size) registry.set(HIGHLIGHT, shared);
}

/** Scrolls `target` to the top of the viewport, then below a fixed or sticky header that covers it. */
export function scrollIntoViewBelowHeader(target: Element, host: Element): void {
  // Firefox ignores scrollIntoView on a first, not yet laid out render: reading a box lays it out.
  target.getBoundingClientRect();
  target.scrollIntoView({ block: 'start' });
  const { top, left, width } = target.getBoundingClientRect();
  let hit = document.elementFromPoint(left + width / 2, Math.max(top, 0) + 1);
  let outer: Element = host;
  while (outer.getRootNode() instanceof ShadowRoot) outer = (outer.getRootNode() as ShadowRoot).host;
  for (; hit && !hit.contains(outer); hit = hit.parentElement) {
    if (/fixed|sticky/.test(getComputedStyle(hit).position)) {
      window.scrollBy(0, top - hit.getBoundingClientRect().bottom - 8);
      return;
    }
  }
}
