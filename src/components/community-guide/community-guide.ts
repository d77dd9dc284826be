import { defineElement } from '../../shared/define.js';
import { CommunityGuide } from './community-guide.component.js';

export { CommunityGuide };
export default CommunityGuide;

defineElement('community-guide', CommunityGuide);

declare global {
  interface HTMLElementTagNameMap {
    'community-guide': CommunityGuide;
  }
}
