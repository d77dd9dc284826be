const cache = new Map<string, string>();
const NON_ASCII = /[^\0-\x7f]/;

/** Turns a heading or question into a stable, URL-safe id: "Can I use X?" -> "can-i-use-x". */
export function slugify(value: string): string {
  let slug = cache.get(value);
  if (slug !== undefined) return slug;
  // The validator and the FAQ slug the same questions; Unicode normalisation is the costly step
  // and plain ASCII has nothing to decompose.
  const text = NON_ASCII.test(value) ? value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : value;
  slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  if (cache.size >= 5000) cache.clear();
  cache.set(value, slug);
  return slug;
}
