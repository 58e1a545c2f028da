/**
 * Which rows of a long table are in view, for a scroll container whose table has a sticky header
 * of `head` pixels over rows of one height. Pure numbers, so the math is tested without layout.
 */

export type RowRange = { start: number; end: number };

/** Rows [start, end) that meet the view, plus `overscan` rows either side so a fast scroll shows no gap. */
export function rowsInView(scrollTop: number, view: number, rowHeight: number, total: number, head = 0, overscan = 8): RowRange {
  if (total <= 0) return { start: 0, end: 0 };
  const h = Math.max(1, rowHeight);
  const first = Math.floor(Math.max(0, scrollTop) / h);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, view - head)) / h);
  const start = Math.min(total - 1, Math.max(0, first - overscan));
  return { start, end: Math.max(start + 1, Math.min(total, last + overscan)) };
}

/** The scrollTop that shows row `index` whole below the sticky header, moving as little as it can. */
export function revealRow(index: number, scrollTop: number, view: number, rowHeight: number, head = 0): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  const bottom = head + top + rowHeight;
  if (bottom > scrollTop + view) return bottom - view;
  return scrollTop;
}

const MOVES: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

/** The row a key moves to from row `at` of `total`, or null for a key that does not move. */
export function keyMove(key: string, at: number, total: number): number | null {
  if (key === 'Home') return 0;
  if (key === 'End') return total - 1;
  const by = MOVES[key];
  return by === undefined ? null : Math.min(total - 1, Math.max(0, at + by));
}
