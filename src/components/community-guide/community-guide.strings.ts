// The UI text of <community-guide>: only this element's strings ship with it (translate with
// `setVersusStrings` for the page or the element's `strings` property).
export const communityGuideStrings = {
  whatYouGet: 'What you get',
};
