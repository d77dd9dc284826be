import { intlFor, isUsEnglish } from './intl.js';

/** `unit` is a plain list without "and" ("a, b, c"), with the language's own separator. */
type ListType = 'conjunction' | 'disjunction' | 'unit';

/** The formatter is kept per language, since a filter keystroke re-renders the caption that uses it. */
const listFormat = (lang: string | undefined, type: ListType) =>
  intlFor(`list ${type}`, lang || 'en', (l) => new Intl.ListFormat(l, { type, style: type === 'unit' ? 'short' : 'long' }));

/**
 * The list as parts: the items and the words between them. US English is written as Intl writes
 * it ("A and B", "A, B, and C", "A, B, or C", "A, B, C"), without Intl (see isUsEnglish).
 */
function partsOf(items: string[], lang: string | undefined, type: ListType): { type: string; value: string }[] {
  if (!isUsEnglish(lang)) return listFormat(lang, type).formatToParts(items);
  const last = type === 'unit' ? ', ' : `${items.length > 2 ? ',' : ''} ${type === 'conjunction' ? 'and' : 'or'} `;
  return items.flatMap((value, i) => [...(i ? [{ type: 'literal', value: i === items.length - 1 ? last : ', ' }] : []), { type: 'element', value }]);
}

/** "Flask and Django", "React, Vue, and Svelte" (or "… or …") in the dataset's language. */
export function formatList(items: string[], lang: string | undefined, type: ListType = 'conjunction'): string {
  return partsOf(items, lang, type)
    .map((part) => part.value)
    .join('');
}

/**
 * The items with what `lang` writes between them, each word kept with the item it is written
 * against: "Flask and " + "Django" in English, but "A " + "وB" in Arabic, where "و" joins the
 * next word. A word after the last space goes with the next item; the rest (all of it when there
 * is no space, as in "、") with the one before.
 */
export function listParts(items: string[], lang: string | undefined): { before: string; item: string; after: string }[] {
  const parts = partsOf(items, lang, 'conjunction');
  const out: { before: string; item: string; after: string }[] = [];
  let pending = '';
  for (const part of parts) {
    if (part.type === 'element') {
      out.push({ before: pending, item: part.value, after: '' });
      pending = '';
    } else if (out.length) {
      const leading = /\s(\S+)$/.exec(part.value);
      out[out.length - 1].after += leading ? part.value.slice(0, leading.index + 1) : part.value;
      pending = leading ? leading[1] : '';
    }
  }
  return out;
}
