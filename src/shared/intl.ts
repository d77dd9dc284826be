const made = new Map<string, unknown>();

/**
 * Whether `lang` is US English (or not given), which we write ourselves exactly as Intl would: a
 * page's first Intl list or date formatter costs 20-50 ms (ICU's data), on a widget's first render.
 */
export const isUsEnglish = (lang: string | undefined): boolean => /^(en(-us)?)?$/i.test(lang ?? '');

/**
 * One Intl object per kind and language, made once: making one costs time a keystroke cannot
 * spare. A language that is not a valid tag (a dataset's `lang` is free text) gets English.
 */
export function intlFor<T>(kind: string, lang: string, make: (lang: string) => T): T {
  const key = `${kind} ${lang}`;
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    try {
      value = make(lang);
    } catch {
      value = make('en');
    }
    made.set(key, value);
  }
  return value;
}
