/** `unit` is a plain list without "and" ("a, b, c"), with the language's own separator. */
type ListType = 'conjunction' | 'disjunction' | 'unit';

const formatters = new Map<string, Intl.ListFormat>();

function formatter(lang: string, type: ListType): Intl.ListFormat {
  const key = `${type} ${lang}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.ListFormat(lang, { type, style: type === 'unit' ? 'short' : 'long' });
    } catch {
      // A dataset's `lang` is free text: one that is not a valid language tag reads in English.
      format = new Intl.ListFormat('en', { type, style: type === 'unit' ? 'short' : 'long' });
    }
    formatters.set(key, format);
  }
  return format;
}

/**
 * "Flask and Django", "React, Vue, and Svelte" (or "… or …") in the dataset's language. The formatter
 * is kept per language, since a filter keystroke re-renders the caption that uses it.
 */
export function formatList(items: string[], lang: string | undefined, type: ListType = 'conjunction'): string {
  return formatter(lang ?? 'en', type).format(items);
}
