// Every element's UI strings in one table, for translators and for the type of `strings`.
// Only the library's index imports it at run time; each element imports just its own table.
import { prosConsTableStrings } from '../components/pros-cons-table/pros-cons-table.strings.js';
import { featureMatrixStrings } from '../components/feature-matrix/feature-matrix.strings.js';
import { faqAccordionStrings } from '../components/faq-accordion/faq-accordion.strings.js';
import { useCasePickerStrings } from '../components/use-case-picker/use-case-picker.strings.js';
import { communityGuideStrings } from '../components/community-guide/community-guide.strings.js';
import { comparisonArticleStrings } from '../components/comparison-article/comparison-article.strings.js';
import { comparisonOverviewStrings } from '../components/comparison-overview/comparison-overview.strings.js';
import { sharedStrings } from './strings.js';

export const defaultStrings = {
  ...sharedStrings,
  ...prosConsTableStrings,
  ...featureMatrixStrings,
  ...faqAccordionStrings,
  ...useCasePickerStrings,
  ...communityGuideStrings,
  ...comparisonArticleStrings,
  ...comparisonOverviewStrings,
};

export type UiStrings = typeof defaultStrings;
