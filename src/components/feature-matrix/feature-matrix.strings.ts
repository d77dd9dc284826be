// The UI text of <feature-matrix>: only this element's strings ship with it (translate with
// `setVersusStrings` for the page or the element's `strings` property).
export const featureMatrixStrings = {
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
  featuresVisible: '{visible} of {total, plural, one {# feature} other {# features}} shown',
  noFeatures: 'No feature matches these filters.',
  detailsFor: 'Details for {feature}: {subject}',
  via: 'via {name}',
};
