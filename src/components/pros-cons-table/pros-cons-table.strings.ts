// The UI text of <pros-cons-table>: only this element's strings ship with it (translate with
// `setVersusStrings` for the page or the element's `strings` property).
export const prosConsTableStrings = {
  pros: 'Pros',
  cons: 'Cons',
  pro: 'Pro',
  con: 'Con',
  prosConsCaption: 'Pros and cons of {subjects}',
  prosCaption: 'Pros of {subjects}',
  consCaption: 'Cons of {subjects}',
  /** A table cell of a subject the data gives no pros (or no cons): said, not left blank. */
  prosConsNone: 'None given',
};
