// The UI text of <use-case-picker>: only this element's strings ship with it (translate with
// `setVersusStrings` for the page or the element's `strings` property).
export const useCasePickerStrings = {
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
  /** Announced in the form layout, where focus stays on the button: `recommendation`, then the strength. */
  recommendationSpoken: '{recommendation}. {strength}.',
  whyThis: 'Why {subject}',
  forRunnerUp: 'What speaks for {subject}',
  browseLabel: 'Project type',
  suggests: 'The article suggests {subject}',
  revealFaq: 'Read the FAQ answer',
  revealFeature: 'See it in the feature table',
  scores: 'Scores',
  scoreOf: '{subject}: {score}',
  basedOn: 'Based on {answered} of {total, plural, one {# question} other {# questions}}.',
  pickerNoQuestions: 'This comparison has no questions for the picker (decision.questions is missing).',
  pickerNoUseCases: 'This comparison has no use cases to browse (useCases is missing).',
  pickerUnknownAnswer: 'Unknown answer "{pair}" in the {attribute} attribute. Questions: {known}.',
};
