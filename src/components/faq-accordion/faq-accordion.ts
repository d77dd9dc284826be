import { defineElement } from '../../shared/define.js';
import { FaqAccordion } from './faq-accordion.component.js';

export { FaqAccordion };
export default FaqAccordion;

defineElement('faq-accordion', FaqAccordion);

declare global {
  interface HTMLElementTagNameMap {
    'faq-accordion': FaqAccordion;
  }
}
