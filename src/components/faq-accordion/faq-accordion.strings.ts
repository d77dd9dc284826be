// The UI text of <faq-accordion>: only this element's strings ship with it (translate with
// `setVersusStrings` for the page or the element's `strings` property).
export const faqAccordionStrings = {
  faqSearchLabel: 'Search the questions',
  faqMatches: '{count} of {total, plural, one {# question matches} other {# questions match}}',
  faqNoMatches: 'No question matches "{query}".',
  expandAll: 'Expand all questions',
  collapseAll: 'Collapse all questions',
  showAll: 'Show all',
};
