/**
 * The claims table's date order of a set of columns (ui/table-order.ts), when the column worker
 * (load-columns/) has already found it: at a million rows even checking that a file is in date
 * order is a long task on the page. Seeded by the loader, read by the table. Worker-safe.
 */
export type DateOrder = {
  /** dateRank[row]: the row's place in the date order; rowAt is its inverse (the same array when the file is in order). */
  dateRank: Uint32Array;
  rowAt: Uint32Array;
};

const seeded = new WeakMap<object, DateOrder>();

export function seedDateOrder(cols: object, order: DateOrder): void {
  seeded.set(cols, order);
}

export function seededDateOrder(cols: object): DateOrder | undefined {
  return seeded.get(cols);
}
