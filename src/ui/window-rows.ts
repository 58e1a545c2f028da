/**
 * The claims table's rows for a window, in its order, without listing them all on a slider step. A
 * narrow window is found (day-index.ts) and sorted (table-order.ts) as before. A wide one (a large
 * share of a million rows) is a lazy view of the whole table's order, cached per sort: its length
 * comes from the day counts (O(days × groups)) and a row is found by walking the order from the
 * nearest row looked up before, testing each against the window. The table reads only the rows in
 * view, so a step costs O(rows up to the view), not O(all rows). Either way the same rows in the
 * same order as `TableOrder.sort(rowsInWindow(…))` (tests/unit/window-rows.test.ts).
 */
import { dayCountsOf, windowCounts } from '../data/columns/day-counts.ts';
import { dayIndex, rowsInWindow } from '../data/columns/day-index.ts';
import { type EventColumns, FLAG_CONTEXT, FLAG_UNDATED } from '../data/columns/store.ts';
import type { SortSpec, TableOrder } from './table-order.ts';

/** What the table reads of its rows: a Uint32Array is one. */
export type RowList = {
  readonly length: number;
  /** The dataset index of the row at position k (0 ≤ k < length). */
  at(k: number): number | undefined;
  /** The position of a dataset row, -1 when it is not in the list. */
  indexOf(row: number): number;
};

/** The rows of [from, to] (absolute days, inclusive) in chosen groups (`mask`: one byte per group), in the table's order. */
export function windowRows(
  order: TableOrder,
  cols: EventColumns,
  window: { from: number; to: number },
  mask: Uint8Array,
  spec: SortSpec,
  language: string,
): RowList {
  const { from, to } = window;
  const m = from <= to ? windowCounts(dayCountsOf(cols), from, to, 'range', mask).total : 0;
  if (!order.usesFullOrder(m)) return order.sort(rowsInWindow(dayIndex(cols), from, to, mask), spec, language);
  return new OrderedWindow(order.fullOrder(spec, language), cols, from - cols.firstDay, to - cols.firstDay, mask, m);
}

/** The rows of a whole-table order that pass the window's test (rowsInWindow's rule), read on demand. */
export class OrderedWindow implements RowList {
  /** The last row found: order[r] is the window's k-th row (k = -1, r = -1: before the first). */
  private k = -1;
  private r = -1;

  constructor(
    private readonly order: Uint32Array,
    private readonly cols: Pick<EventColumns, 'day' | 'dayEnd' | 'flags' | 'group'>,
    /** Days relative to the columns' first day, as the day columns hold them. */
    private readonly from: number,
    private readonly to: number,
    private readonly mask: Uint8Array,
    readonly length: number,
  ) {}

  /** rowsInWindow's rule: in the period, a chosen group, and its days meet [from, to] (none when from > to). */
  has(row: number): boolean {
    const { day, dayEnd, flags, group } = this.cols;
    return (
      this.from <= this.to &&
      !((flags[row] as number) & (FLAG_CONTEXT | FLAG_UNDATED)) &&
      this.mask[group[row] as number] === 1 &&
      (day[row] as number) <= this.to &&
      (dayEnd[row] as number) >= this.from
    );
  }

  at(k: number): number | undefined {
    if (!Number.isInteger(k) || k < 0 || k >= this.length) return undefined;
    const { order } = this;
    // From the last row found, forward or back: the table reads rows near each other.
    // (Bounded by the order's end, so a wrong length cannot loop.)
    while (this.k < k && this.r < order.length - 1) {
      this.r++;
      if (this.has(order[this.r] as number)) this.k++;
    }
    while (this.k > k) {
      this.r--;
      if (this.has(order[this.r] as number)) this.k--;
    }
    return this.k === k ? order[this.r] : undefined;
  }

  indexOf(row: number): number {
    if (!this.has(row)) return -1;
    let k = 0;
    for (let r = 0; r < this.order.length; r++) {
      const at = this.order[r] as number;
      if (at === row) return k;
      if (this.has(at)) k++;
    }
    return -1;
  }
}
