import { defineElement } from '../../shared/define.js';
import { SimilarityList } from './similarity-list.component.js';

export { SimilarityList };
export default SimilarityList;

defineElement('similarity-list', SimilarityList);

declare global {
  interface HTMLElementTagNameMap {
    'similarity-list': SimilarityList;
  }
}
