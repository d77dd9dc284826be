/**
 * Shows and hides the matrix's rows in place (no re-render): filtered-out rows and emptied groups
 * get `hidden`, which the table styles turn into a collapsed, skipped box, and each group's size
 * estimate (used while it is offscreen, see the table styles) follows its count of shown rows.
 */
import type { MatrixModel } from './feature-matrix.model.js';

export class RowVisibility {
  private rows: HTMLElement[] = [];
  private groups: HTMLElement[] = [];
  /** Shown rows per group, as last written to the groups' size estimates. */
  private counts: number[] = [];
  private pinned: HTMLElement[] = [];

  /** Takes the freshly rendered rows (`tr.feature`) and groups (`tbody`). */
  reset(root: ParentNode): void {
    this.rows = [...root.querySelectorAll<HTMLElement>('tr.feature')];
    this.groups = [...root.querySelectorAll<HTMLElement>('tbody')];
    this.counts = [];
    this.pinned = [];
  }

  /**
   * The row element of the row with this index, laid out (with its group) even while offscreen:
   * Firefox does not scroll to a row whose group it skips. Only the last pinned row stays so.
   */
  pin(index: number): HTMLElement | undefined {
    for (const el of this.pinned) delete el.dataset.pinned;
    const row = this.rows[index];
    this.pinned = row?.parentElement ? [row, row.parentElement] : [];
    for (const el of this.pinned) el.dataset.pinned = '';
    return row;
  }

  apply(matrix: MatrixModel, shown: boolean[]): void {
    if (this.rows.length !== matrix.rows.length) return;
    const counts = this.groups.map(() => 0);
    for (const row of matrix.rows) {
      const show = shown[row.index];
      const el = this.rows[row.index];
      if (el.hidden === show) el.hidden = !show;
      if (show) counts[row.group] += 1;
    }
    this.groups.forEach((el, i) => {
      const count = counts[i];
      if (el.hidden === count > 0) el.hidden = count === 0;
      // A group that is not laid out (offscreen, never shown yet) takes this estimate of its shown
      // rows' height, so the scroll range stays about right as filters change.
      if (this.counts[i] !== count) el.style.containIntrinsicBlockSize = `calc(var(--_group-head) + ${count} * var(--_row-height))`;
    });
    this.counts = counts;
  }
}
