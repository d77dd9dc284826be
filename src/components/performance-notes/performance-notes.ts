import { defineElement } from '../../shared/define.js';
import { PerformanceNotes } from './performance-notes.component.js';

export { PerformanceNotes };
export default PerformanceNotes;

defineElement('performance-notes', PerformanceNotes);

declare global {
  interface HTMLElementTagNameMap {
    'performance-notes': PerformanceNotes;
  }
}
