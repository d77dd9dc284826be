import type { FeatureMatrix } from '../../src/components/feature-matrix/feature-matrix.component.js';

export const $ = <T extends Element = HTMLElement>(el: FeatureMatrix, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
export const $$ = <T extends Element = HTMLElement>(el: FeatureMatrix, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/**
 * Whether a user can see this part: it has a height and is not invisible. (Filtered-out rows and
 * groups keep a collapsed, `visibility: hidden` box, so having client rects is not enough.)
 */
export const isShown = (part: Element) => part.getBoundingClientRect().height > 0 && part.checkVisibility({ visibilityProperty: true });

/** A row header's name, without the description under it. */
export const headerName = (th: Element) =>
  [...th.childNodes]
    .filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent)
    .join('')
    .trim();

/** The names of the feature rows a user can see. */
export const visibleFeatures = (el: FeatureMatrix) =>
  $$(el, 'tr.feature')
    .filter(isShown)
    .map((tr) => headerName(tr.querySelector('th')!));

export const status = (el: FeatureMatrix) => $(el, '[part="count"]').textContent!.replace(/\s+/g, ' ').trim();

/** A generated dataset: `count` features over `subjects` subjects, every third one the same for all. */
export function generated(count: number, subjects: number) {
  const levels = ['built-in', 'extension', 'partial', 'none'] as const;
  const ids = Array.from({ length: subjects }, (_, i) => `s${i}`);
  return {
    title: 'Generated',
    subjects: ids.map((id, i) => ({ id, name: `Subject ${i + 1}` })),
    featureCategories: Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, name: `Category ${i + 1}` })),
    features: Array.from({ length: count }, (_, f) => ({
      id: `f${f}`,
      name: `Feature ${f + 1}`,
      category: `c${f % 10}`,
      support: ids.map((subject, s) => ({
        subject,
        level: f % 3 === 0 ? 'built-in' : levels[(f + s) % 4],
        ...(s % 2 ? { note: `Note ${f} for ${subject}` } : { via: `lib-${f}` }),
      })),
    })),
  };
}

/** Runs `run` with the page URL's query set to `search`, then puts the URL back. */
export async function withUrl(search: string, run: () => Promise<void>): Promise<void> {
  const original = location.href;
  history.replaceState(null, '', `${location.pathname}${search}`);
  try {
    await run();
  } finally {
    history.replaceState(null, '', original);
  }
}
