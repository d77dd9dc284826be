import { defineElement } from '../../shared/define.js';
import { UseCasePicker } from './use-case-picker.component.js';

export { UseCasePicker };
export default UseCasePicker;

defineElement('use-case-picker', UseCasePicker);

declare global {
  interface HTMLElementTagNameMap {
    'use-case-picker': UseCasePicker;
  }
}
