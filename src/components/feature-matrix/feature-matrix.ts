import { defineElement } from '../../shared/define.js';
import { FeatureMatrix } from './feature-matrix.component.js';

export { FeatureMatrix };
export default FeatureMatrix;

defineElement('feature-matrix', FeatureMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'feature-matrix': FeatureMatrix;
  }
}
