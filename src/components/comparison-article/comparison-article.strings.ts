// The UI text of <comparison-article>: only this element's strings ship with it (translate with
// `setVersusStrings` for the page or the element's `strings` property).
export const comparisonArticleStrings = {
  tableOfContents: 'Contents',
  overview: 'Overview',
  prosAndCons: 'Pros and cons',
  features: 'Features',
  performance: 'Performance',
  similarities: 'Similarities',
  useCases: 'Use cases',
  communities: 'Communities',
  faq: 'Frequently asked questions',
  decision: 'Decision',
  examples: 'Examples',
  useCasesFor: '{subject}: best suited for…',
  source: 'Source: {title}, by {author} ({publisher}, {date})',
  sourceUndated: 'Source: {title}, by {author} ({publisher})',
  authorWithRole: '{author}, {role}',
  unknownSection: 'Unknown section "{name}" in the sections attribute. Known sections: {known}.',
};
