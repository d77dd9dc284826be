/**
 * Every piece of UI text in one table. A page can translate it once (`setVersusStrings`), and a
 * single element through its `strings` property. `{name}` placeholders are filled by `format`.
 */
export const defaultStrings = {
  // shared
  loading: 'Loading the comparison…',
  errorTitle: 'This comparison could not be shown',
  errorMoreProblems: 'and {count} more',
  retry: 'Try again',
  unknownSubject: 'Unknown subject "{id}" in the {attribute} attribute. Known subjects: {known}.',
  featured: 'Featured',
  source: 'Source: {title}, by {author} ({publisher}, {date})',
  // pros and cons
  pros: 'Pros',
  cons: 'Cons',
  pro: 'Pro',
  con: 'Con',
  example: 'Example',
  prosConsCaption: 'Pros and cons of {subjects}',
  prosCaption: 'Pros of {subjects}',
  consCaption: 'Cons of {subjects}',
  // features
  featureCaption: 'Features of {subjects}',
  feature: 'Feature',
  levelBuiltIn: 'Built-in',
  levelExtension: 'Extension',
  levelPartial: 'Partly',
  levelNone: 'Not available',
  levelUnknown: 'Not stated',
  legend: 'Legend',
  filterLabel: 'Filter features',
  categoryLabel: 'Category',
  allCategories: 'All categories',
  onlyDifferences: 'Only differences',
  featuresVisible: '{visible} of {total} features shown',
  noFeatures: 'No feature matches these filters.',
  detailsFor: 'Details for {feature}: {subject}',
  via: 'via {name}',
  // FAQ
  faqSearchLabel: 'Search the questions',
  faqMatches: '{count} of {total} questions match',
  faqNoMatches: 'No question matches "{query}".',
  expandAll: 'Expand all questions',
  collapseAll: 'Collapse all questions',
  showAll: 'Show all',
  // use-case picker
  next: 'Next',
  back: 'Back',
  skip: 'Skip',
  restart: 'Start over',
  showResult: 'Show my recommendation',
  questionProgress: 'Question {current} of {total}',
  strengthClearFit: 'Clear fit',
  strengthLeaning: 'Leaning',
  strengthEitherFits: 'Either fits',
  recommendation: 'Recommendation: {subject}',
  whyThis: 'Why {subject}',
  forRunnerUp: 'What speaks for {subject}',
  browseLabel: 'Project type',
  suggests: 'The article suggests {subject}',
  seeMore: 'See more',
  revealFaq: 'Read the FAQ answer',
  revealFeature: 'See it in the feature table',
  scores: 'Scores',
  scoreOf: '{subject}: {score}',
  basedOn: 'Based on {answered} of {total} questions.',
  pickerNoQuestions: 'This comparison has no questions for the picker (decision.questions is missing).',
  pickerNoUseCases: 'This comparison has no use cases to browse (useCases is missing).',
  pickerUnknownAnswer: 'Unknown answer "{pair}" in the {attribute} attribute. Questions: {known}.',
  // other sections
  tableOfContents: 'Contents',
  similarities: 'Similarities',
  performance: 'Performance',
  communities: 'Communities',
  broaderCommunities: 'Broader communities',
  whatYouGet: 'What you get',
  overview: 'Overview',
  useCases: 'Use cases',
  faq: 'Frequently asked questions',
  decision: 'Decision',
  // comparison-article
  prosAndCons: 'Pros and cons',
  features: 'Features',
  examples: 'Examples',
  useCasesFor: '{subject}',
  unknownSection: 'Unknown section "{name}" in the sections attribute. Known sections: {known}.',
};

export type UiStrings = typeof defaultStrings;
export type UiStringKey = keyof UiStrings;

let pageStrings: Partial<UiStrings> = {};
const listeners = new Set<() => void>();

/** Overrides UI strings for every versus element on the page (e.g. to translate them). */
export function setVersusStrings(strings: Partial<UiStrings>): void {
  pageStrings = { ...pageStrings, ...strings };
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever page-wide strings change; returns the unsubscribe function. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function resolveStrings(own?: Partial<UiStrings>): UiStrings {
  return { ...defaultStrings, ...pageStrings, ...own };
}

/** Fills `{name}` placeholders: format('{count} more', { count: 3 }) -> '3 more'. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
