import { intlFor } from './intl.js';

/** `unit` is a plain list without "and" ("a, b, c"), with the language's own separator. */
type ListType = 'conjunction' | 'disjunction' | 'unit';

/**
 * "Flask and Django", "React, Vue, and Svelte" (or "… or …") in the dataset's language. The formatter
 * is kept per language, since a filter keystroke re-renders the caption that uses it.
 */
export function formatList(items: string[], lang: string | undefined, type: ListType = 'conjunction'): string {
  const style = type === 'unit' ? 'short' : 'long';
  return intlFor(`list ${type}`, lang || 'en', (l) => new Intl.ListFormat(l, { type, style })).format(items);
}
