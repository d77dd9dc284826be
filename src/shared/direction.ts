/** The direction a dataset's language is written in, so content in it lays out right to left on any page. */

/** Scripts written right to left (ISO 15924), and languages whose usual script is one of them. */
const RTL_SCRIPTS = /^(Adlm|Arab|Hebr|Mand|Nkoo|Rohg|Samr|Syrc|Thaa|Yezi)$/;
const RTL_LANGUAGES = /^(ar|arc|ckb|dv|fa|he|iw|ks|ps|sd|syr|ug|ur|yi)(-|$)/i;
const directions = new Map<string, boolean>();

/** Whether text in `lang` runs right to left: by its script subtag (`pa-Arab`), else its language's usual script. */
export function isRightToLeft(lang: string): boolean {
  let rtl = directions.get(lang);
  if (rtl === undefined) {
    try {
      const locale = new Intl.Locale(lang);
      const script = locale.script ?? locale.maximize().script;
      rtl = script ? RTL_SCRIPTS.test(script) : RTL_LANGUAGES.test(lang);
    } catch {
      // A dataset's `lang` is free text: what is not a language tag is read by its first subtag.
      rtl = RTL_LANGUAGES.test(lang);
    }
    directions.set(lang, rtl);
  }
  return rtl;
}
