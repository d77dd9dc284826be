/**
 * One schema.org FAQPage JSON-LD block in the document head, shared by every accordion that opts
 * in with `structured-data`: search engines read one FAQPage per page, so entries are merged.
 */
import type { FaqEntry } from './faq-entries.js';

const published = new Map<object, FaqEntry[]>();
const MARKER = 'data-versus-faq';

/** Adds (or with `entries` undefined, removes) `owner`'s entries and rewrites the shared block. */
export function publishFaq(owner: object, entries: FaqEntry[] | undefined): void {
  if (entries) published.set(owner, entries);
  else if (!published.delete(owner)) return;
  const seen = new Set<string>();
  const mainEntity = [];
  for (const list of published.values()) {
    for (const { question, answer } of list) {
      if (seen.has(question)) continue;
      seen.add(question);
      mainEntity.push({ '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: answer } });
    }
  }
  let script = document.head.querySelector(`script[${MARKER}]`);
  if (!mainEntity.length) return script?.remove();
  if (!script) {
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute(MARKER, '');
    document.head.append(script);
  }
  // textContent never parses markup; escaping "<" keeps a serialised page from ending the script early.
  script.textContent = JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity }).replace(/</g, '\\u003c');
}
