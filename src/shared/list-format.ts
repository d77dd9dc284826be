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

/** The items with what `lang` writes between them: "Flask", " and ", "Django" in English. */
export function listParts(items: string[], lang: string | undefined): { item: string; after: string }[] {
  const parts = intlFor('list conjunction', lang || 'en', (l) => new Intl.ListFormat(l, { type: 'conjunction', style: 'long' })).formatToParts(items);
  const out: { item: string; after: string }[] = [];
  for (const part of parts) {
    if (part.type === 'element') out.push({ item: part.value, after: '' });
    else if (out.length) out[out.length - 1].after += part.value;
  }
  return out;
}
