/**
 * UI text. Each element ships only its own table (`<tag>.strings.ts`, named by the class's static
 * `defaultStrings`) on top of these shared ones, so one element does not carry every element's text.
 * A page can translate any of them once (`setVersusStrings`), and a single element through its
 * `strings` property. `{name}` placeholders are filled by `format`.
 */
import type { UiStrings } from './default-strings.js';
import { intlFor } from './intl.js';

export type { UiStrings };
export type UiStringKey = keyof UiStrings;

/** The strings of the states every element has (loading, error, retry) and those several elements use. */
export const sharedStrings = {
  /**
   * The language these strings are written in (BCP 47, e.g. "fr"): it picks plural forms, and
   * marks interface text with `lang` where the content around it is in another language. Left
   * empty it is English for the shipped strings; a translation without it is taken to be in the
   * page's `<html lang>` for plurals, and is not marked.
   */
  language: '',
  loading: 'Loading the comparison…',
  errorTitle: 'This comparison could not be shown',
  errorMoreProblems: 'and {count} more',
  // What failed, above the error box's list of problems. {reason} is the browser's or the JSON
  // parser's own words, which stay as they are. The loader's messages (versus-error) are these, in English.
  errorBadUrl: 'The src "{url}" is not a valid URL.',
  errorUnreachable: 'Could not reach {url} ({reason}).',
  errorHttp: 'Loading {url} failed: HTTP {reason}',
  errorNotJson: '{url} is not valid JSON: {reason}',
  errorHtmlPage: 'an HTML page came back (is the address right?)',
  errorInlineNotJson: 'The inline dataset is not valid JSON: {reason}',
  errorProblemsAt: 'The dataset from {url} has {count, plural, one {# problem} other {# problems}}:',
  errorProblems: 'The dataset has {count, plural, one {# problem} other {# problems}}:',
  retry: 'Try again',
  featured: 'Featured',
  example: 'Example',
  /** What follows a label before its text ("Example: …"); French, say, writes " :". */
  labelSuffix: ':',
  unknownSubject: 'Unknown subject "{id}" in the {attribute} attribute. Known subjects: {known}.',
};

interface PageStrings {
  strings: Partial<UiStrings>;
  listeners: Set<() => void>;
  /** Watching `<html lang>`: the language of a translation that does not name its own. */
  watchingLang?: boolean;
}

// One store per page, shared by every copy of the library on it: when two plugins each load a copy,
// the elements are the first copy's, while the page may call the second copy's setVersusStrings.
const STORE = Symbol.for('versus-elements.page-strings');
const page = ((globalThis as unknown as Record<symbol, PageStrings | undefined>)[STORE] ??= { strings: {}, listeners: new Set() });

/** Overrides UI strings for every versus element on the page (e.g. to translate them). */
export function setVersusStrings(strings: Partial<UiStrings>): void {
  // A key set to undefined goes back to its default.
  page.strings = defined({ ...page.strings, ...strings })!;
  for (const listener of page.listeners) listener();
}

/** Calls `listener` whenever page-wide strings or `<html lang>` (the language of a translation without its own) change; returns the unsubscribe function. */
export function onStringsChange(listener: () => void): () => void {
  if (!page.watchingLang && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    page.watchingLang = true;
    new MutationObserver(() => page.listeners.forEach((notify) => notify())).observe(document.documentElement, { attributeFilter: ['lang'] });
  }
  page.listeners.add(listener);
  return () => page.listeners.delete(listener);
}

/**
 * The strings in force for one element: shared defaults, the element's own defaults, page-wide
 * overrides, then the element's overrides. Keys of other elements are absent at run time; an
 * element only reads its own.
 */
export function resolveStrings(elementDefaults: Partial<UiStrings>, own?: Partial<UiStrings>, contentLang?: string): UiText {
  const ownStrings = defined(own);
  const shipped: Partial<UiStrings> = { ...sharedStrings, ...elementDefaults };
  const ui: UiText = { ...shipped, ...page.strings, ...ownStrings } as UiStrings;
  // A string set to its shipped English text (a reset to defaultStrings) is not a translation.
  const translates = (strings?: Partial<UiStrings>) =>
    !!strings && Object.keys(strings).some((key) => key !== 'language' && key in shipped && strings[key as UiStringKey] !== shipped[key as UiStringKey]);
  const known = !!ui.language || !(translates(page.strings) || translates(ownStrings));
  ui.language ||= known ? 'en' : pageLanguage();
  // Interface text says its language where the content's differs or is not given (WCAG 3.1.2): the
  // same on the server, which knows no page. A translation that does not name its language is not marked.
  if (known && !(contentLang && sameLanguage(ui.language, contentLang))) ui.langAttr = ui.language;
  ui.textLang = ui.langAttr ?? contentLang;
  // A translation that leaves a count in English: its forms are English ones, whatever the
  // translation's rules say (Russian's "one" takes 21, French's takes 0).
  if (!sameLanguage('en', ui.language)) {
    for (const key in shipped) {
      const text = shipped[key as UiStringKey]!;
      if (ui[key as UiStringKey] === text && text.includes('plural')) ui[key as UiStringKey] = englishCounts(text);
    }
  }
  return ui;
}

/** English plural forms that hold under any language's rules: "one" is exactly 1. */
const englishCounts = (template: string) => template.replace(PLURAL, (block) => block.replace(/([,}]\s*)one(\s*\{)/g, '$1=1$2'));

/** The strings in force, with the `lang` their text needs where the content around it is in another language. */
export interface UiText extends UiStrings {
  langAttr?: string;
  /** The language interface sentences are read in (marked, or the content's): names listed and dates in them follow it. */
  textLang?: string;
}

const pageLanguage = () => (typeof document === 'undefined' ? '' : document.documentElement.lang);

/** "en" text reads right inside "en-GB" content; "en-GB" inside "en-US" is marked. */
function sameLanguage(text: string, content: string): boolean {
  const a = text.toLowerCase();
  const b = content.toLowerCase();
  return a === b || b.startsWith(`${a}-`);
}

/** The strings that have a value: a key left undefined (missing from a translation file) keeps its default. */
function defined(strings: Partial<UiStrings> | undefined): Partial<UiStrings> | undefined {
  if (!strings) return strings;
  for (const key in strings) {
    if (strings[key as keyof UiStrings] === undefined) return Object.fromEntries(Object.entries(strings).filter(([, value]) => value !== undefined));
  }
  return strings;
}

/** `{total, plural, one {# question} other {# questions}}`: a form per plural category, `#` the number. */
const PLURAL = /\{\s*(\w+)\s*,\s*plural\s*,((?:\s*(?:=\d+|\w+)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
/** The plural category of `count` in `lang`, the language of the strings. */
function pluralOf(count: number, lang: string): string {
  return intlFor('plural', lang || 'en', (l) => new Intl.PluralRules(l)).select(count);
}

/**
 * Fills `{name}` placeholders: format('{count} more', { count: 3 }) -> '3 more'. A number may pick
 * a plural form by the rules of `lang`, the language of the strings (`ui.language`; the page's by
 * default), as in ICU messages: `{count, plural, =0 {none} one {# item} other {# items}}`.
 */
export function format(template: string, values: Record<string, string | number>, lang = pageLanguage()): string {
  return formatParts(template, values, lang)
    .map((part) => part.text)
    .join('');
}

/** `format`, in parts: the template's own words, and each value with the `key` it filled (for markup of its own). */
export function formatParts(template: string, values: Record<string, string | number>, lang = pageLanguage()): { text: string; key?: string }[] {
  // Numbers are written plainly ("1000"): Intl.NumberFormat's first use on a page costs 20-40 ms,
  // which would land on the first search keystroke. String(-0) (a sum of weights) is "0".
  const chosen = template.replace(PLURAL, (whole, key: string, cases: string) => {
    const count = values[key];
    if (typeof count !== 'number') return whole;
    const forms = new Map([...cases.matchAll(/(=\d+|\w+)\s*\{((?:[^{}]|\{\w+\})*)\}/g)].map((m) => [m[1], m[2]]));
    const form = forms.get(`=${count}`) ?? forms.get(pluralOf(count, lang)) ?? forms.get('other');
    return form === undefined ? whole : form.replace(/#/g, String(count));
  });
  // Split on a capture group: odd entries are the placeholders' names.
  return chosen.split(/\{(\w+)\}/).map((text, i) => (i % 2 === 0 ? { text } : text in values ? { text: String(values[text]), key: text } : { text: `{${text}}` }));
}
