import { defineElement } from '../../shared/define.js';
import { ComparisonOverview } from './comparison-overview.component.js';

export { ComparisonOverview };
export default ComparisonOverview;

defineElement('comparison-overview', ComparisonOverview);

declare global {
  interface HTMLElementTagNameMap {
    'comparison-overview': ComparisonOverview;
  }
}
