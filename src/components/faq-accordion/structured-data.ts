/**
 * One schema.org FAQPage JSON-LD block in the document head, shared by every accordion that opts
 * in with `structured-data`: search engines read one FAQPage per page, so entries are merged.
 */
import type { FaqEntry } from './faq-entries.js';

const published = new Map<object, FaqEntry[]>();
const MARKER = 'data-versus-faq';

/** A Trusted Types policy: what it returns is a TrustedScript, which `textContent` takes as it takes a string. */
interface ScriptPolicy {
  createScript(text: string): string;
}
/** The policy that lets us write JSON-LD on a page that enforces Trusted Types; null when the page forbids it. */
let policy: ScriptPolicy | null | undefined;

/**
 * `text` as a script's text may be set: as is, or through our Trusted Types policy, which only
 * ever lets JSON through. Undefined when the page's `trusted-types` directive does not allow
 * the policy's name.
 */
function scriptText(text: string): string | undefined {
  const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes;
  if (!types) return text;
  if (policy === undefined) {
    try {
      policy = types.createPolicy('versus-elements', {
        createScript: (json) => {
          JSON.parse(json); // throws on anything that is not JSON
          return json;
        },
      });
    } catch {
      policy = null;
      console.warn("versus-elements: this page's Trusted Types policy list forbids 'versus-elements', so <faq-accordion structured-data> writes no JSON-LD.");
    }
  }
  return policy?.createScript(text);
}

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
  if (policy === null) return script?.remove();
  // textContent never parses markup; escaping "<" keeps a serialised page from ending the script early.
  const text = mainEntity.length ? scriptText(JSON.stringify({ '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity }).replace(/</g, '\\u003c')) : undefined;
  if (text === undefined) return script?.remove();
  if (!script) {
    script = document.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.setAttribute(MARKER, '');
    document.head.append(script);
  }
  script.textContent = text;
}
