import { defineElement } from '../../shared/define.js';
import '../community-guide/community-guide.js';
import '../comparison-overview/comparison-overview.js';
import '../faq-accordion/faq-accordion.js';
import '../feature-matrix/feature-matrix.js';
import '../performance-notes/performance-notes.js';
import '../pros-cons-table/pros-cons-table.js';
import '../similarity-list/similarity-list.js';
import '../use-case-picker/use-case-picker.js';
import { ComparisonArticle } from './comparison-article.component.js';

export { ComparisonArticle };
export default ComparisonArticle;

defineElement('comparison-article', ComparisonArticle);

declare global {
  interface HTMLElementTagNameMap {
    'comparison-article': ComparisonArticle;
  }
}
