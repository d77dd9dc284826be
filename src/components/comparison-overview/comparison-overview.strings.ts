// The UI text of <comparison-overview>: only this element's strings ship with it (translate with
// `setVersusStrings` for the page or the element's `strings` property).
export const comparisonOverviewStrings = {
  website: '{subject} website',
};
