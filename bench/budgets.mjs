// The budgets of issue 10, in one place: the size test enforces the sizes, `npm run bench -- --check`
// the times and memory (shared machines are too noisy for timed unit tests).

export const SIZE_BUDGETS = {
  /** Every element, Lit and the article, brotli -q 11, bytes. */
  whole: 30 * 1024,
  /** `<faq-accordion>` alone with Lit, brotli -q 11, bytes. */
  faqAccordion: 9 * 1024,
};

export const TIME_BUDGETS = {
  /** FAQ render time over native `<details name>` (at most). */
  faqOverNative: 1.5,
  /** sl-details render time over the FAQ's (at least). */
  peerOverFaq: 4,
  /** One keystroke or toggle, ms (one frame). */
  frame: 16,
};
