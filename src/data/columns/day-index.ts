/**
 * The rows a window shows, found without looking at every row: built once, the in-period rows
 * (no context, no undated) sorted by first day, so the rows starting inside a window are one
 * contiguous run. A row that starts before the window but reaches into it started at most `SHORT`
 * days earlier, unless it is one of the few long rows, which are checked one by one. A step then
 * costs O(rows near the window + long rows), not O(all rows); an "as of" window at the end still
 * holds every row, and costs what windowIndex does.
 *
 * @example const rows = rowsInWindow(dayIndex(cols), 19240, 19250, groupMask(new Set([0]), cols.groups.length));
 */
import { type EventColumns, FLAG_CONTEXT, FLAG_UNDATED } from './store.ts';
import { type PerColumns, perColumns } from './per-columns.ts';

/** Rows spanning more days than this are kept apart (a year-long claim must not widen every search). */
export const SHORT = 31;

export type DayIndex = {
  cols: EventColumns;
  /** Relative first day of `byDay[0]`; `starts[d]` is where rows starting on day `lo + d` begin in `byDay`. */
  lo: number;
  starts: Uint32Array;
  /** Short in-period rows by first day (then row order). */
  byDay: Uint32Array;
  /** Long in-period rows, in row order. */
  long: Uint32Array;
};

/** The index for a set of columns; built on first use and kept with them. */
export const dayIndex: PerColumns<DayIndex> = perColumns((cols) => build(cols));

function build(cols: EventColumns): DayIndex {
  const { flags } = cols;
  const skip = FLAG_CONTEXT | FLAG_UNDATED;
  return { cols, ...sortByDay(cols.count, cols.day, cols.dayEnd, (i) => (flags[i] & skip) === 0) };
}

/** The rows `keep` takes, short ones by first day and long ones apart: the day index's parts, for any rows. */
export type DaySort = Omit<DayIndex, 'cols'>;

/** Counting sort by day: stable, so rows of one day stay in row order. Also cell-steps.ts's index of its rows. */
export function sortByDay(
  n: number,
  day: ArrayLike<number>,
  dayEnd: ArrayLike<number>,
  keep: (i: number) => boolean = () => true,
): DaySort {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let longs = 0;
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    if ((dayEnd[i] as number) - (day[i] as number) > SHORT) longs++;
    else {
      lo = Math.min(lo, day[i] as number);
      hi = Math.max(hi, day[i] as number);
    }
  }
  const days = Number.isFinite(lo) ? hi - lo + 1 : 0;
  const starts = new Uint32Array(days + 1);
  const long = new Uint32Array(longs);
  let l = 0;
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    if ((dayEnd[i] as number) - (day[i] as number) > SHORT) long[l++] = i;
    else starts[(day[i] as number) - lo + 1]++;
  }
  for (let d = 1; d <= days; d++) starts[d] += starts[d - 1] as number;
  const byDay = new Uint32Array(days ? (starts[days] as number) : 0);
  const next = starts.slice(0, days);
  for (let i = 0; i < n; i++) {
    if (!keep(i) || (dayEnd[i] as number) - (day[i] as number) > SHORT) continue;
    byDay[next[(day[i] as number) - lo]++] = i;
  }
  return { lo: days ? lo : 0, starts, byDay, long };
}

/** Where the short rows starting on relative day `d` begin in `byDay` (clamped: before the first day, 0; after the last, the end). */
export function dayStart(ix: DaySort, d: number): number {
  const { starts, lo } = ix;
  return starts[Math.max(0, Math.min(starts.length - 1, d - lo))] as number;
}

/**
 * Row indices whose days overlap [from, to] (absolute days, inclusive) and whose group is chosen
 * (`mask`: one byte per group, filter.ts groupMask): the short rows by first day, then the long
 * ones. The same set as windowIndex's 'range' mode, in another order.
 */
export function rowsInWindow(ix: DayIndex, from: number, to: number, mask: Uint8Array): Uint32Array {
  const { cols, byDay, long } = ix;
  const { dayEnd, group } = cols;
  const f = from - cols.firstDay;
  const t = to - cols.firstDay;
  const a = dayStart(ix, f - SHORT);
  const b = dayStart(ix, t + 1);
  const out = new Uint32Array(Math.max(0, b - a) + long.length);
  let m = 0;
  if (f <= t) {
    for (let k = a; k < b; k++) {
      const i = byDay[k] as number;
      if (dayEnd[i] >= f && mask[group[i]] === 1) out[m++] = i;
    }
    const { day } = cols;
    for (let k = 0; k < long.length; k++) {
      const i = long[k] as number;
      if (day[i] <= t && dayEnd[i] >= f && mask[group[i]] === 1) out[m++] = i;
    }
  }
  return out.subarray(0, m);
}

/**
 * The runs of `byDay` holding every short row that can come into or go out of a window moving from
 * [wasFrom, wasTo] to [from, to] (relative days): those whose first day passes the end's move, and
 * (a short row starts at most SHORT days before it ends) those whose last day may pass the start's.
 * The long rows can change too; the caller checks them one by one. Sorted, not overlapping.
 */
export function edgeRuns(ix: DaySort, from: number, to: number, wasFrom: number, wasTo: number): [number, number][] {
  const at = (d: number) => dayStart(ix, d);
  const runs: [number, number][] = [];
  if (to !== wasTo) runs.push([at(Math.min(to, wasTo) + 1), at(Math.max(to, wasTo) + 1)]);
  if (from !== wasFrom) runs.push([at(Math.min(from, wasFrom) - SHORT), at(Math.max(from, wasFrom))]);
  runs.sort((x, y) => x[0] - y[0]);
  if (runs.length === 2 && (runs[1] as [number, number])[0] <= (runs[0] as [number, number])[1]) {
    const [[p, q], [, r]] = runs as [[number, number], [number, number]];
    runs.splice(0, 2, [p, Math.max(q, r)]);
  }
  return runs;
}
