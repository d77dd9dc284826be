import type { FaqAccordion } from '../../src/components/faq-accordion/faq-accordion.component.js';

export const questions = (el: FaqAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) [part="question"]')];
export const answers = (el: FaqAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.item:not([hidden]) [part="answer"]')];
export const focused = (el: FaqAccordion) => el.shadowRoot!.activeElement;
export const status = (el: FaqAccordion) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();

/** A two-subject dataset with just these FAQ entries. */
export const faqDataset = (faq: { question: string; answer: string; id?: string }[], title = 'T') => ({
  title,
  subjects: [
    { id: 'a', name: 'Alpha' },
    { id: 'b', name: 'Beta' },
  ],
  faq,
});

/** A dataset with `count` generated FAQ entries. */
export function generated(count: number) {
  return faqDataset(
    Array.from({ length: count }, (_, i) => ({
      question: `Generated question number ${i + 1}?`,
      answer: `Answer ${i + 1}: ${i % 2 ? 'odd' : 'even'} entry about ${i % 3 ? 'routing' : 'templates'}.`,
    })),
    'Generated',
  );
}

/** The text of every search highlight on the page, as written in the page. */
export const marked = () => [...(CSS.highlights.get('versus-faq-match') ?? [])].map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));

/** Sets the search box's text as typing does (one input event) and waits for the update. */
export async function search(el: Element & { updateComplete: Promise<unknown> }, value: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}
