import { defineElement } from '../../shared/define.js';
import { ProsConsTable } from './pros-cons-table.component.js';

export { ProsConsTable };
export default ProsConsTable;

defineElement('pros-cons-table', ProsConsTable);

declare global {
  interface HTMLElementTagNameMap {
    'pros-cons-table': ProsConsTable;
  }
}
