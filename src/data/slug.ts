const cache = new Map<string, string>();
/** Any character beyond ASCII: text without one needs no Unicode-aware (and costly) handling. */
export const NON_ASCII = /[^\0-\x7f]/;

/** Turns a heading or question into a stable, URL-safe id: "Can I use X?" -> "can-i-use-x". */
export function slugify(value: string): string {
  let slug = cache.get(value);
  if (slug !== undefined) return slug;
  // The validator and the FAQ slug the same questions; Unicode normalisation is the costly step
  // and plain ASCII has nothing to decompose.
  // Latin letters lose their accents; letters and digits of other scripts (Cyrillic, Greek, CJK…)
  // stay, so questions in those languages get ids of their own instead of empty ones.
  const unicode = NON_ASCII.test(value);
  const text = unicode ? value.normalize('NFKD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC') : value;
  slug = text
    .toLowerCase()
    // Marks stay: in Devanagari or Thai a vowel sign is part of the word ("हिन्दी", not "ह-न-द").
    .replace(unicode ? /[^\p{L}\p{M}\p{N}]+/gu : /[^a-z0-9]+/g, '-')
    .replace(unicode ? /^[-\p{M}]+|-+$/gu : /^-+|-+$/g, '');
  // 80 characters, not UTF-16 units: a cut inside a character (𠮷) would leave half of it.
  slug = unicode ? Array.from(slug).slice(0, 80).join('') : slug.slice(0, 80);
  if (cache.size >= 5000) cache.clear();
  cache.set(value, slug);
  return slug;
}
